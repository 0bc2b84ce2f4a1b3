#!/bin/sh
# Starts the museum kiosk: the local web server (nginx with the shipped config, kept running by
# systemd), then, once it answers, Chromium full screen on the kiosk.
# Chromium's profile lives in ~/.korean-war-kiosk, so the offline cache survives a reboot.
cd "$(dirname "$0")" || exit 1
BUNDLE="$(pwd)"
PORT="${PORT:-8080}"
URL="http://127.0.0.1:$PORT/"
UNIT=korean-war-kiosk-server.service
READY_SECONDS="${READY_SECONDS:-30}"

if systemctl --user show-environment >/dev/null 2>&1; then
  # A user session manager: it restarts the server on failure (Restart=on-failure).
  mkdir -p "$HOME/.config/systemd/user"
  sed -e "s|@BUNDLE@|$BUNDLE|g" -e "s|@PORT@|$PORT|g" "$UNIT" >"$HOME/.config/systemd/user/$UNIT"
  systemctl --user daemon-reload
  systemctl --user restart "$UNIT"
else
  # No systemd user manager (a container, a bare X session): the same restart, by a loop.
  (while :; do node nginx/serve.mjs app --port "$PORT"; sleep 1; done) &
fi

# Wait until the server answers (any HTTP status), polling every 200 ms, for READY_SECONDS.
if ! node -e '
  const [url, seconds] = process.argv.slice(1);
  const deadline = Date.now() + Number(seconds) * 1000;
  const poll = () =>
    require("http")
      .get(url, (r) => { r.resume(); process.exit(0); })
      .on("error", () => (Date.now() > deadline ? process.exit(1) : setTimeout(poll, 200)));
  poll();' "$URL" "$READY_SECONDS"; then
  echo "kiosk: the server at $URL did not answer within $READY_SECONDS s" >&2
  # After a first start the service worker has the whole app: Chromium shows it without a server.
  [ -d "$HOME/.korean-war-kiosk" ] || exit 1
  echo "kiosk: starting Chromium anyway, on its offline copy" >&2
fi

CHROMIUM="$(command -v chromium || command -v chromium-browser)"
# --disable-pinch: a two-finger pinch does not zoom the page, so a stray one cannot leave the screen
# zoomed for the next visitor (the page still gets the touches: the map's own pinch works). The
# page's viewport meta leaves zoom on, for WCAG; the kiosk offers a "Larger text" switch instead.
# Debian's chromium carries Google API keys (/etc/chromium.d): with them it signs in and looks for
# component updates by itself, seen within seconds of a start. An offline kiosk calls no one: those
# services point at a closed loopback port (the discard port), as in the tests (chromiumArgs.ts).
exec "$CHROMIUM" \
  --kiosk \
  --disable-background-networking \
  --google-base-url=http://127.0.0.1:9 \
  --gaia-url=http://127.0.0.1:9 \
  --lso-url=http://127.0.0.1:9 \
  --google-apis-url=http://127.0.0.1:9 \
  --component-updater=url-source=http://127.0.0.1:9/ \
  --noerrdialogs \
  --disable-session-crashed-bubble \
  --disable-infobars \
  --disable-pinch \
  --overscroll-history-navigation=0 \
  --disable-features=Translate \
  --no-first-run \
  --user-data-dir="$HOME/.korean-war-kiosk" \
  "${URL}?mode=kiosk"

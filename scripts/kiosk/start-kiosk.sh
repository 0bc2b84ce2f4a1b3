#!/bin/sh
# Starts the museum kiosk: the local server, then Chromium full screen on the kiosk.
# Chromium's profile lives in ~/.korean-war-kiosk, so the offline cache survives a reboot.
cd "$(dirname "$0")" || exit 1
PORT="${PORT:-8080}"
node serve.mjs --port "$PORT" &
sleep 1
CHROMIUM="$(command -v chromium || command -v chromium-browser)"
exec "$CHROMIUM" \
  --kiosk \
  --noerrdialogs \
  --disable-session-crashed-bubble \
  --disable-infobars \
  --disable-pinch \
  --overscroll-history-navigation=0 \
  --disable-features=Translate \
  --no-first-run \
  --user-data-dir="$HOME/.korean-war-kiosk" \
  "http://127.0.0.1:$PORT/?mode=kiosk"

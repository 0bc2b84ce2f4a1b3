#!/usr/bin/env bash
# Extracts the rivers of Korea from GSHHG/WDBII (via GMT) into geo/sources/, where the build
# (geo/scripts/build.ts) reads them. Run only to refresh the extract; the build itself needs no GMT.
#   apt-get install -y --no-install-recommends gmt   # Debian 12: GMT 6.4.0; gmt-common carries GSHHG 2.3.7 (LGPL)
set -euo pipefail
cd "$(dirname "$0")/.."
command -v gmt >/dev/null || { echo "needs GMT: apt-get install -y --no-install-recommends gmt" >&2; exit 1; }
# GMT writes a gmt.history file wherever it runs: run it from a scratch folder.
here=$PWD
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
gshhg=$(dpkg-query -W -f='${Version}' gmt-common 2>/dev/null || echo '?')
out=$here/sources/gshhg-rivers.txt
cd "$scratch"
{
  echo "# WDBII permanent rivers (levels 1-4) from GSHHG (gmt-common $gshhg), full resolution,"
  echo "# extracted with GMT $(gmt --version): gmt coast -R123.5/131.5/33/43.2 -Ir -Df -M --FORMAT_FLOAT_OUT=%.5f"
  gmt coast -R123.5/131.5/33/43.2 -Ir -Df -M --FORMAT_FLOAT_OUT=%.5f
} > "$out"
echo "wrote $out ($(grep -c '^>' "$out") segments)"

# Full-resolution shoreline round Inchon, where the story's camera goes close (Natural Earth 1:10m
# has no Flying Fish Channel). The box must match DETAIL_BOX in geo/scripts/coast.ts.
coast=$here/sources/gshhg-coast-inchon.txt
{
  echo "# GSHHG (gmt-common $gshhg) full-resolution shoreline (level 1),"
  echo "# extracted with GMT $(gmt --version): gmt coast -R125.9/127.3/36.8/37.95 -Df -W1 -M --FORMAT_FLOAT_OUT=%.5f"
  gmt coast -R125.9/127.3/36.8/37.95 -Df -W1 -M --FORMAT_FLOAT_OUT=%.5f
} > "$coast"
echo "wrote $coast ($(grep -c '^>' "$coast") segments)"

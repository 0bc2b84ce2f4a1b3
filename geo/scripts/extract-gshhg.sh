#!/usr/bin/env bash
# Extracts the rivers of Korea from GSHHG/WDBII (via GMT) into geo/sources/, where the build
# (geo/scripts/build.ts) reads them. Run only to refresh the extract; the build itself needs no GMT.
#   apt-get install -y gmt gmt-gshhg-full      # Debian 12: GMT 6.4.0, GSHHG 2.3.7 (LGPL)
set -euo pipefail
cd "$(dirname "$0")/.."
command -v gmt >/dev/null || { echo "needs GMT: apt-get install -y gmt gmt-gshhg-full" >&2; exit 1; }
out=sources/gshhg-rivers.txt
{
  echo "# WDBII permanent rivers (levels 1-4) from GSHHG $(dpkg-query -W -f='${Version}' gmt-gshhg-full 2>/dev/null || echo '?'), full resolution,"
  echo "# extracted with GMT $(gmt --version): gmt coast -R123.5/131.5/33/43.2 -Ir -Df -M --FORMAT_FLOAT_OUT=%.5f"
  gmt coast -R123.5/131.5/33/43.2 -Ir -Df -M --FORMAT_FLOAT_OUT=%.5f
} > "$out"
echo "wrote $out ($(grep -c '^>' "$out") segments)"

#!/usr/bin/env bash
# How long a report page of 20,000 lines takes to open in headless Chromium: from navigation start to
# the end of the load event, read from the page's own timing. The page is copied without its policy (which
# lets no script run) and with a script that logs the timing. Needs chromium and a built CLI (./winnow).
#   benchmarks/report-open.sh [RUNS]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
runs=${1:-3}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
awk 'BEGIN { for (i = 0; i < 20000; i++) print (i % 7 == 3 ? "" : (i % 5 == 0 ? "Related: more stories " i : "Line " i " of a long document holds enough words to be read as a sentence of prose.")) }' > "$work/long.txt"
"$root/winnow" report -o "$work/site" "$work/long.txt" > /dev/null
sed -e 's/<meta http-equiv="Content-Security-Policy"[^>]*>//' \
    -e 's#</body>#<script>addEventListener("load",function(){setTimeout(function(){var t=performance.timing;console.log("opened-ms="+(t.loadEventEnd-t.navigationStart)+" dom-ms="+(t.domInteractive-t.navigationStart))},0)})</script></body>#' \
    "$work/site/pages/00001.html" > "$work/timed.html"
echo "page: $(wc -c < "$work/site/pages/00001.html") bytes, 20,000 lines"
for _ in $(seq "$runs"); do
  chromium --headless --no-sandbox --disable-gpu --user-data-dir="$work/profile" --enable-logging=stderr --v=0 \
    --window-size=1400,1000 --screenshot="$work/shot.png" "file://$work/timed.html" 2>&1 | grep -o 'opened-ms=[0-9]* dom-ms=[0-9]*' || true
done

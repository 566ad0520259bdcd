#!/bin/sh
# Screenshot of a .glb/.gltf rendered by three.js in headless Chromium, posed at time T of its animation:
#   tools/gltf-preview/render.sh MODEL.glb OUT.png [T] [palm|back|side]
# Needs chromium and three.js installed here once: npm install --prefix tools/gltf-preview three@0.160.0
set -eu
here=$(cd "$(dirname "$0")" && pwd)
model=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
out=$2
t=${3:-0}
view=${4:-palm}
[ -d "$here/node_modules/three" ] || { echo "three.js missing: npm install --prefix $here three@0.160.0" >&2; exit 1; }
dir=$(mktemp -d)
trap 'kill $server 2>/dev/null; rm -rf "$dir"' EXIT
ln -s "$here/preview.html" "$dir/preview.html"
ln -s "$here/node_modules" "$dir/node_modules"
ln -s "$(dirname "$model")" "$dir/model"
port=$((20000 + $$ % 20000))
(cd "$dir" && exec python3 -m http.server "$port" --bind 127.0.0.1 >/dev/null 2>&1) &
server=$!
sleep 1
chromium --headless=new --no-sandbox --use-gl=angle --use-angle=swiftshader --enable-unsafe-swiftshader \
  --hide-scrollbars --window-size=800,800 --virtual-time-budget=15000 --screenshot="$out" \
  "http://127.0.0.1:$port/preview.html?file=model/$(basename "$model")&t=$t&view=$view" 2>/dev/null
echo "wrote $out"

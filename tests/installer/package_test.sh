#!/usr/bin/env bash
# Builds the Debian package with CPack from a built tree, unpacks it into a temporary root and runs the
# installed programs from there: the package holds what `make package` promises and it starts.
#   package_test.sh BUILD_DIR
set -euo pipefail
build="$1"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

if ! cpack --config "$build/CPackConfig.cmake" -G DEB -B "$work/out" > "$work/cpack.log" 2>&1; then
  cat "$work/cpack.log"
  echo "package_test: cpack failed" >&2
  exit 1
fi
deb="$(ls "$work"/out/*.deb | head -n 1)"
echo "package: $(basename "$deb") ($(du -k "$deb" | cut -f1) KiB)"

# Control data: name, version, dependencies that are real Debian packages (installed here, where the
# project builds and runs).
dpkg-deb -f "$deb" Package Version Depends Recommends | tee "$work/control"
test "$(dpkg-deb -f "$deb" Package)" = "palma-studio"
depends="$(dpkg-deb -f "$deb" Depends)"
IFS=',' read -ra packages <<< "$depends"
for p in "${packages[@]}"; do
  p="$(echo "$p" | sed 's/(.*)//; s/ //g')"
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    echo "package_test: Depends names '$p', which is not an installed Debian package" >&2
    exit 1
  fi
done

# The files, then the installed programs run from the unpacked root.
dpkg-deb -x "$deb" "$work/root"
for f in usr/bin/palma usr/bin/palma-studio usr/share/applications/palma-studio.desktop \
         usr/share/metainfo/palma-studio.metainfo.xml usr/share/icons/hicolor/scalable/apps/palma.svg; do
  if [ ! -e "$work/root/$f" ]; then
    echo "package_test: the package lacks /$f" >&2
    exit 1
  fi
done
grep -q '^Exec=palma-studio' "$work/root/usr/share/applications/palma-studio.desktop"
grep -q '^Icon=palma$' "$work/root/usr/share/applications/palma-studio.desktop"
grep -q '<launchable type="desktop-id">palma-studio.desktop</launchable>' \
  "$work/root/usr/share/metainfo/palma-studio.metainfo.xml"
python3 -c 'import sys, xml.dom.minidom; xml.dom.minidom.parse(sys.argv[1])' \
  "$work/root/usr/share/metainfo/palma-studio.metainfo.xml"

"$work/root/usr/bin/palma" --help > "$work/help.txt"
grep -q "prepare" "$work/help.txt"
grep -q "export" "$work/help.txt"
version="$(env -u DISPLAY "$work/root/usr/bin/palma-studio" --version)"
echo "$version"
case "$version" in
  "palma-studio "*) ;;
  *) echo "package_test: unexpected 'palma-studio --version' output: $version" >&2; exit 1 ;;
esac
echo "package_test: ok"

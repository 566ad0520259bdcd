#!/usr/bin/env bash
# Every user-visible string of the studio is translated in every shipped language: runs lupdate (the
# command docs/studio.md gives) over copies of translations/*.ts and fails, naming the strings, when a
# source text is new or an entry is unfinished. The source tree is not changed.
#   translations_test.sh SOURCE_DIR LUPDATE
set -euo pipefail
src="$1"
lupdate="$2"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

[ -x "$lupdate" ] || { echo "translations_test: lupdate not found at '$lupdate' (qt6-l10n-tools)" >&2; exit 1; }
shopt -s nullglob
files=("$src"/translations/palma_*.ts)
[ ${#files[@]} -gt 0 ] || { echo "translations_test: no translations/palma_*.ts in $src" >&2; exit 1; }
mkdir -p "$work/translations"
cp "${files[@]}" "$work/translations/"
cd "$src"
copies=("$work"/translations/palma_*.ts)
"$lupdate" -I . -no-obsolete -locations none app/studio widgets -ts "${copies[@]}" >"$work/lupdate.log" 2>&1 || {
  cat "$work/lupdate.log" >&2
  echo "translations_test: lupdate failed" >&2
  exit 1
}
status=0
for ts in "${copies[@]}"; do
  name="$(basename "$ts")"
  count="$(grep -c 'type="unfinished"' "$ts" || true)"
  if [ "$count" -gt 0 ]; then
    status=1
    echo "translations_test: $name: $count untranslated string(s):" >&2
    # The <source> line before each unfinished <translation>.
    grep -B1 'type="unfinished"' "$ts" | grep '<source>' | sed 's/^ *<source>/  /; s/<\/source>$//' | head -20 >&2
  fi
  if ! cmp -s "$ts" "$src/translations/$name"; then
    status=1
    echo "translations_test: $name is not up to date with the sources; update it with" >&2
    echo "  /usr/lib/qt6/bin/lupdate -I . -no-obsolete -locations none app/studio widgets -ts translations/palma_*.ts" >&2
    diff "$src/translations/$name" "$ts" | head -20 >&2 || true
  fi
done
[ $status -eq 0 ] && echo "translations_test: ${#copies[@]} languages, every string translated, files up to date"
exit $status

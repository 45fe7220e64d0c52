#!/usr/bin/env bash
# Builds the .deb from the build tree into a scratch folder and checks what a
# distribution would: the package's files, its computed Depends, the .desktop file and
# the AppStream metainfo.   packaging-check.sh BUILD_DIR APP_ID
set -euo pipefail
build=$1
app_id=$2
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

(cd "$build" && cpack -G DEB -B "$scratch" >"$scratch/cpack.log" 2>&1) || { cat "$scratch/cpack.log" >&2; exit 1; }
deb=$(ls "$scratch"/consentric_*.deb)
dpkg-deb -c "$deb" >"$scratch/contents"
dpkg-deb -f "$deb" Depends >"$scratch/depends"
for path in ./usr/bin/consentric "./usr/share/applications/$app_id.desktop" "./usr/share/metainfo/$app_id.metainfo.xml" \
            "./usr/share/icons/hicolor/scalable/apps/$app_id.svg"; do
  grep -q " $path\$" "$scratch/contents" || { echo "the package lacks $path" >&2; exit 1; }
done
# dpkg-shlibdeps computed the library dependencies.
grep -q 'libqt6widgets6' "$scratch/depends" || { echo "Depends was not computed: $(cat "$scratch/depends")" >&2; exit 1; }
mkdir "$scratch/root"
dpkg-deb -x "$deb" "$scratch/root"
desktop-file-validate "$scratch/root/usr/share/applications/$app_id.desktop"
appstreamcli validate --no-net --pedantic "$scratch/root/usr/share/metainfo/$app_id.metainfo.xml" >"$scratch/as.log" 2>&1 \
  || { cat "$scratch/as.log" >&2; exit 1; }
echo "$(basename "$deb") is valid: $(wc -l <"$scratch/contents") entries; Depends: $(cat "$scratch/depends")"

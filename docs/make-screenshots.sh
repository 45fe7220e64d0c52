#!/usr/bin/env bash
# Regenerates the README's screenshots (docs/screenshots/) from the demo company, with
# the real program in a real X server (Xvfb).   docs/make-screenshots.sh [BUILD_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
app="$build/app/consentric"
[ -x "$app" ] || { echo "build first: ./dev build" >&2; exit 1; }
out=docs/screenshots
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-/tmp/runtime-$(id -u)}
mkdir -p "$XDG_RUNTIME_DIR" && chmod 0700 "$XDG_RUNTIME_DIR"
# A fresh home: no remembered window size or page.
export HOME="$work/home" XDG_CONFIG_HOME="$work/config"
mkdir -p "$HOME"

shot() { QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1280x800x24" "$app" "$@"; }

"$app" demo --database "$work/demo.sqlite" >/dev/null
# Every demo account opens with "demo"; the screenshots sign in as the owner unless --as.
printf 'demo\n' >"$work/passphrase"
demo=(--database "$work/demo.sqlite" --passphrase-file "$work/passphrase")
sam=(--as sam.rivera@demo.example)
shot --database "$work/empty.sqlite" --screenshot "$out/welcome.png"
shot "${demo[@]}" --screenshot "$out/team.png" --page team
shot "${demo[@]}" --lang de --screenshot "$out/team-de.png" --page team
shot "${demo[@]}" --screenshot "$out/audit.png" --page audit
shot "${demo[@]}" --screenshot "$out/discover.png" --page discover --discover "Acme Inc."
shot "${demo[@]}" --screenshot "$out/map-owner.png" --page map --discover "Acme Inc."
shot "${demo[@]}" "${sam[@]}" --screenshot "$out/map-employee.png" --page map
# The referral program: the owner's pipeline, the templates, and Sam writing the introduction
# he accepted at the end of the demo's history.
shot "${demo[@]}" --screenshot "$out/referrals.png" --page referrals
shot "${demo[@]}" --screenshot "$out/templates.png" --page templates
shot "${demo[@]}" "${sam[@]}" --screenshot "$out/inbox.png" --page inbox
shot "${demo[@]}" --screenshot "$out/concerns.png" --page concerns
shot "${demo[@]}" "${sam[@]}" --screenshot "$out/report-concern.png" --page report-concern
shot "${demo[@]}" "${sam[@]}" --screenshot "$out/recognition.png" --page recognition
shot "${demo[@]}" --screenshot "$out/metrics.png" --page metrics
shot "${demo[@]}" --screenshot "$out/policy-review.png" --page policy-review
shot "${demo[@]}" --screenshot "$out/reports.png" --page reports
shot "${demo[@]}" "${sam[@]}" --screenshot "$out/pulse.png" --page pulse
# One-to-ones: the owner's page opens on the plan for a round today, then (the page reopens
# the tab and the quarter it showed last, kept in the settings) on the silo map of the
# quarter of the demo's round, 14 September 2026; and Sam's own page.
shot "${demo[@]}" --screenshot "$out/oneonones-round.png" --page oneonones
mkdir -p "$XDG_CONFIG_HOME/consentric"
printf '\n[oneonones]\ntab=silo-map\nsiloQuarter=2026-Q3\n' >>"$XDG_CONFIG_HOME/consentric/consentric.conf"
shot "${demo[@]}" --screenshot "$out/oneonones-silo-map.png" --page oneonones
shot "${demo[@]}" "${sam[@]}" --screenshot "$out/oneonones-employee.png" --page oneonones
# The quarterly report, headless, and two of its pages as pictures.
"$app" report "${demo[@]}" --quarter 2026-Q3 --output "$work/report.pdf" --paper a4 >/dev/null
pdftoppm -r 60 -png -f 1 -l 1 "$work/report.pdf" "$work/report-cover"
pdftoppm -r 60 -png -f 4 -l 4 "$work/report.pdf" "$work/report-participation"
mv "$work"/report-cover*.png "$out/report-cover.png"
mv "$work"/report-participation*.png "$out/report-participation.png"
shot "${demo[@]}" "${sam[@]}" --screenshot "$out/my-connections.png" --page connections
shot "${demo[@]}" "${sam[@]}" --screenshot "$out/what-the-business-sees.png" --page business
shot "${demo[@]}" "${sam[@]}" --screenshot "$out/policy.png" --page policy
# The import wizard over Sam's connections, on a copy of the demo (the summary imports):
# docs/sample-import/Connections.csv has one contact Sam already has, one to merge, one
# possible duplicate, a bad date and a row that names nobody.
for step in preview summary; do
  cp "$work/demo.sqlite" "$work/import-$step.sqlite"
  shot --database "$work/import-$step.sqlite" --passphrase-file "$work/passphrase" "${sam[@]}" --page connections \
    --import docs/sample-import/Connections.csv --import-step "$step" --screenshot "$out/import-$step.png"
done
ls -la "$out"

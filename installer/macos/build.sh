#!/usr/bin/env bash
# Builds Warmline's macOS disk image on a Mac with a JDK 17 (jlink, jpackage) and Maven:
#   installer/macos/build.sh [--skip-jar]
# Produces target/installer/Warmline-<version>.dmg holding Warmline.app (client and
# "Warmline Server" launchers). Same steps and option files as installer/build.sh on Linux.
# jpackage on macOS refuses versions whose first number is 0: set MAC_APP_VERSION (e.g. 1.0.0)
# while the pom's version is 0.x.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
OUT="$ROOT/target/installer"
SKIP_JAR=0
[ "${1:-}" = "--skip-jar" ] && SKIP_JAR=1
# shellcheck source=installer/common.sh
. "$ROOT/installer/common.sh"

require_tools java jlink jpackage jdeps
build_jar
mkdir -p "$OUT"
make_icons
stage_input
make_runtime
rm -f "$OUT"/Warmline-*.dmg
say "jpackage dmg"
(cd "$ROOT" && jpackage --type dmg \
    @installer/jpackage/identity.args @installer/jpackage/launcher.args \
    @installer/macos/image.args @installer/jpackage/package.args @installer/macos/package.args \
    --input "$OUT/input" --runtime-image "$OUT/runtime" \
    --app-version "${MAC_APP_VERSION:-$(numeric_version)}" --dest "$OUT")
ls -1 "$OUT"/Warmline-*.dmg

#!/usr/bin/env bash
# Builds Warmline's Linux installers from a clean checkout:
#   installer/build.sh [--skip-jar] [--image-only]
# Produces, under target/installer/:
#   image/warmline/             app image (bin/warmline, bin/warmline-server, bundled runtime)
#   warmline_<version>_amd64.deb  the Debian/Ubuntu package (and an .rpm where rpmbuild exists)
# --skip-jar    use the existing target/warmline.jar and target/lib (Maven built them)
# --image-only  stop after the app image (no package)
# MAVEN_ARGS is passed to Maven (e.g. MAVEN_ARGS=-o for an offline build).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
OUT="$ROOT/target/installer"
SKIP_JAR=0
IMAGE_ONLY=0
for arg in "$@"; do
    case "$arg" in
        --skip-jar) SKIP_JAR=1 ;;
        --image-only) IMAGE_ONLY=1 ;;
        *) echo "usage: installer/build.sh [--skip-jar] [--image-only]" >&2; exit 2 ;;
    esac
done
# shellcheck source=installer/common.sh
. "$ROOT/installer/common.sh"

# Starts the app image once under a display, recording the classes a start loads: the class
# list behind the start-up archive (lib/app/class-data.sh). Without a display there is no list
# and Warmline simply starts without the archive.
make_class_list () {
    local image="$OUT/image/warmline" data="$OUT/class-list-data" display=()
    if [ -z "${DISPLAY:-}" ]; then
        if ! command -v xvfb-run >/dev/null 2>&1; then
            say "no display and no xvfb-run: no start-up archive"
            return 0
        fi
        display=(xvfb-run -a -s "-screen 0 1440x900x24")
    fi
    say "recording the classes a start loads"
    rm -rf "$data"
    "$image/bin/warmline" demo --data-dir "$data" --candidates 300 --seed 1 >/dev/null
    JAVA_TOOL_OPTIONS="-XX:DumpLoadedClassList=$image/lib/app/warmline.classlist" \
        "${display[@]}" "$image/bin/warmline" --data-dir "$data" --smoke-test >/dev/null 2>&1 \
        || fail "the app image did not start (warmline --smoke-test)"
    rm -rf "$data"
}

# The packages are built from the staged jars and runtime (not from the app image) so that each
# launcher keeps its own options: only the client gets a menu entry.
make_packages () {
    local version types=(deb)
    version=$(numeric_version)
    rm -f "$OUT"/warmline_*.deb "$OUT"/warmline-*.rpm
    if command -v rpmbuild >/dev/null 2>&1; then
        types+=(rpm)
    fi
    cp "$OUT/image/warmline/lib/app/warmline.classlist" "$OUT/input/" 2>/dev/null || true
    for type in "${types[@]}"; do
        say "jpackage $type"
        (cd "$ROOT" && jpackage --type "$type" \
            @installer/jpackage/identity.args @installer/jpackage/launcher.args \
            @installer/linux/image.args @installer/jpackage/package.args \
            @installer/linux/package.args \
            --input "$OUT/input" --runtime-image "$OUT/runtime" \
            --app-version "$version" --dest "$OUT")
    done
}

require_tools java jlink jpackage jdeps
build_jar
mkdir -p "$OUT"
make_icons
stage_input
cp "$ROOT/installer/linux/class-data.sh" "$OUT/input/"
make_runtime
make_app_image linux
make_class_list
if [ "$IMAGE_ONLY" != 1 ]; then
    require_tools fakeroot dpkg-deb
    make_packages
fi
# The app image is also run in place (benchmark, trying a build): give it its archive too,
# after packaging, because an archive is only valid where it was made.
"$OUT/image/warmline/lib/app/class-data.sh" "$OUT/image/warmline" \
    || say "start-up archive for the app image not made"
ls -1 "$OUT"/warmline_*.deb "$OUT"/warmline-*.rpm 2>/dev/null || true
say "app image: $OUT/image/warmline"

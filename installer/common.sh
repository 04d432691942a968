# Steps shared by the Linux and macOS builds (installer/build.sh, installer/macos/build.sh).
# Sourced, not run. Expects ROOT (the repository) and OUT (the output directory) to be set.
# Windows does the same steps in installer/windows/build.ps1 from the same option files.

say () {
    printf 'installer: [%3ss] %s\n' "${SECONDS:-0}" "$*" >&2
}

fail () {
    say "$*"
    exit 1
}

# The project version from pom.xml (the first <version> after the artifactId).
warmline_version () {
    awk '/<artifactId>warmline<\/artifactId>/ { found = 1 }
         found && /<version>/ { sub(/.*<version>/, ""); sub(/<\/version>.*/, ""); print; exit }' \
        "$ROOT/pom.xml"
}

# Installers want a plain dotted number: 1.2.3-SNAPSHOT becomes 1.2.3.
numeric_version () {
    warmline_version | sed 's/[^0-9.].*$//'
}

# target/warmline.jar and target/lib/*.jar, built by Maven unless SKIP_JAR=1.
build_jar () {
    if [ "${SKIP_JAR:-0}" != 1 ]; then
        say "building target/warmline.jar"
        # shellcheck disable=SC2086 # MAVEN_ARGS holds several options on purpose
        (cd "$ROOT" && mvn -q ${MAVEN_ARGS:-} -DskipTests package)
    fi
    [ -f "$ROOT/target/warmline.jar" ] || fail "target/warmline.jar is missing"
    [ -d "$ROOT/target/lib" ] || fail "target/lib is missing"
}

require_tools () {
    for tool in "$@"; do
        command -v "$tool" >/dev/null 2>&1 || fail "$tool is needed (a full JDK 17 provides jlink and jpackage)"
    done
}

make_icons () {
    say "drawing icons"
    java "$ROOT/installer/icons/MakeIcons.java" "$OUT/icons"
}

# The jars jpackage copies into the app (lib/app): warmline.jar and its libraries.
stage_input () {
    rm -rf "$OUT/input"
    mkdir -p "$OUT/input"
    cp "$ROOT/target/warmline.jar" "$OUT/input/"
    cp -r "$ROOT/target/lib" "$OUT/input/lib"
}

# installer/jpackage/modules.txt plus whatever jdeps finds in warmline.jar itself.
runtime_modules () {
    {
        grep -v -e '^#' -e '^[[:space:]]*$' "$ROOT/installer/jpackage/modules.txt"
        jdeps --multi-release 17 --ignore-missing-deps --print-module-deps \
            --class-path "$ROOT/target/lib/*" "$ROOT/target/warmline.jar" | tr ',' '\n'
    } | sort -u | paste -sd, -
}

# A Java runtime with only Warmline's modules, with the JDK's default class-data archive.
make_runtime () {
    local modules
    modules=$(runtime_modules)
    say "jlink runtime: $modules"
    rm -rf "$OUT/runtime"
    jlink --add-modules "$modules" --strip-debug --no-header-files --no-man-pages \
        --generate-cds-archive --output "$OUT/runtime" >/dev/null
    # Only for heaps over 32 GB, which Warmline never uses.
    rm -f "$OUT/runtime/lib/server/classes_nocoops.jsa"
}

# jpackage app image for one OS ($1: linux, macos), into $OUT/image.
make_app_image () {
    rm -rf "$OUT/image"
    say "jpackage app image"
    (cd "$ROOT" && jpackage --type app-image \
        @installer/jpackage/identity.args @installer/jpackage/launcher.args \
        @"installer/$1/image.args" \
        --input "$OUT/input" --runtime-image "$OUT/runtime" \
        --app-version "$(numeric_version)" --dest "$OUT/image")
}

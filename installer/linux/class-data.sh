#!/bin/sh
# Makes Warmline's class-data sharing archive (AppCDS) for one installation:
#   class-data.sh APP_DIR      (e.g. /opt/warmline, or an app image built by installer/build.sh)
# Java maps the archive at start-up instead of loading and verifying thousands of classes.
# The archive is tied to the exact paths and jar files of the installation, so it is made
# where Warmline is installed (the package's postinst runs this script) and never shipped.
# Exit 0 with the archive made, 1 when it could not be made (Warmline then starts normally).
set -u
app="$1/lib/app"
[ -f "$app/warmline.classlist" ] || exit 1
cp=$(sed -n 's/^app\.classpath=//p' "$app/warmline.cfg" | sed 's|^\$APPDIR|'"$app"'|' | paste -sd: -)
rm -f "$app/warmline.jsa"
if ! "$1/lib/runtime/bin/java" -Xshare:dump -XX:SharedClassListFile="$app/warmline.classlist" \
        -XX:SharedArchiveFile="$app/warmline.jsa" -cp "$cp" >/dev/null 2>&1; then
    rm -f "$app/warmline.jsa"
    exit 1
fi

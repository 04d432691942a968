# Builds Warmline's Windows installer on Windows with a JDK 17 (jlink, jpackage), Maven and
# WiX Toolset 3.x (candle.exe and light.exe on the PATH):
#   powershell -ExecutionPolicy Bypass -File installer\windows\build.ps1 [-SkipJar]
# Produces target\installer\Warmline-<version>.msi (client and "Warmline Server" launchers).
# Same steps and option files as installer/build.sh on Linux.
param([switch]$SkipJar)
$ErrorActionPreference = 'Stop'

$Root = (Resolve-Path (Join-Path $PSScriptRoot '..\..')).Path
$Out = Join-Path $Root 'target\installer'
Set-Location $Root

function Invoke-Tool {
    param([string]$Tool, [string[]]$Arguments)
    & $Tool @Arguments
    if ($LASTEXITCODE -ne 0) { throw "$Tool failed with exit code $LASTEXITCODE" }
}

if (-not $SkipJar) {
    Invoke-Tool 'mvn' @('-q', '-DskipTests', 'package')
}
if (-not (Test-Path 'target\warmline.jar')) { throw 'target\warmline.jar is missing' }

$version = ([xml](Get-Content 'pom.xml')).project.version -replace '[^0-9.].*$', ''
New-Item -ItemType Directory -Force $Out | Out-Null

Write-Host 'installer: drawing icons'
Invoke-Tool 'java' @('installer\icons\MakeIcons.java', "$Out\icons")

Write-Host 'installer: staging jars'
Remove-Item -Recurse -Force "$Out\input", "$Out\runtime" -ErrorAction SilentlyContinue
New-Item -ItemType Directory -Force "$Out\input" | Out-Null
Copy-Item 'target\warmline.jar' "$Out\input\"
Copy-Item -Recurse 'target\lib' "$Out\input\lib"

$listed = Get-Content 'installer\jpackage\modules.txt' | Where-Object { $_ -and -not $_.StartsWith('#') }
$found = (& jdeps --multi-release 17 --ignore-missing-deps --print-module-deps `
    --class-path 'target\lib\*' 'target\warmline.jar').Split(',')
$modules = (($listed + $found) | ForEach-Object { $_.Trim() } | Sort-Object -Unique) -join ','
Write-Host "installer: jlink runtime: $modules"
Invoke-Tool 'jlink' @('--add-modules', $modules, '--strip-debug', '--no-header-files',
    '--no-man-pages', '--generate-cds-archive', '--output', "$Out\runtime")

Write-Host 'installer: jpackage msi'
Get-ChildItem "$Out\Warmline-*.msi" -ErrorAction SilentlyContinue | Remove-Item
Invoke-Tool 'jpackage' @('--type', 'msi',
    '@installer/jpackage/identity.args', '@installer/jpackage/launcher.args',
    '@installer/windows/image.args', '@installer/jpackage/package.args',
    '@installer/windows/package.args',
    '--input', "$Out\input", '--runtime-image', "$Out\runtime",
    '--app-version', $version, '--dest', $Out)
Get-ChildItem "$Out\Warmline-*.msi"

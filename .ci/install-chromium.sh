#!/usr/bin/env bash
# Installs Debian's Chromium, ChromeDriver and CJK fonts for the HTML report's browser test
# (appraisal-report: io.appraisal.report.HtmlReportBrowserTest). Idempotent: installs only what is missing.
# The test uses /usr/bin/chromium and /usr/bin/chromedriver; with CI=true it fails when they are absent.
set -euo pipefail

packages=()
[[ -x /usr/bin/chromium ]] || packages+=(chromium)
[[ -x /usr/bin/chromedriver ]] || packages+=(chromium-driver)
# Chinese unit names render as boxes without a CJK font.
dpkg-query -W -f='${Status}' fonts-noto-cjk 2>/dev/null | grep -q 'install ok installed' || packages+=(fonts-noto-cjk)

if ((${#packages[@]} == 0)); then
  exit 0
fi

sudo=()
if [[ $(id -u) -ne 0 ]]; then
  sudo=(sudo)
fi
echo "install-chromium.sh: installing ${packages[*]}"
"${sudo[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${packages[@]}"

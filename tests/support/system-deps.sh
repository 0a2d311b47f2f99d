#!/usr/bin/env bash
# Makes sure the system programs the real-browser tests need are present: installs them with apt-get when
# run as root (CI, fresh machines), otherwise stops with a one-line instruction.
set -euo pipefail

need=()
[ -x /usr/bin/chromium ] || need+=(chromium)
[ -x /usr/bin/firefox-esr ] || need+=(firefox-esr)
command -v espeak-ng >/dev/null || need+=(espeak-ng)
command -v speech-dispatcher >/dev/null || need+=(speech-dispatcher)
[ -e /usr/lib/speech-dispatcher-modules/sd_espeak-ng ] || need+=(speech-dispatcher-espeak-ng)
lean=()
command -v pulseaudio >/dev/null || lean+=(pulseaudio)
command -v parec >/dev/null || lean+=(pulseaudio-utils)
command -v sox >/dev/null || lean+=(sox)

if [ ${#need[@]} -eq 0 ] && [ ${#lean[@]} -eq 0 ]; then
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "Missing system packages. Run: sudo apt-get install -y ${need[*]} && sudo apt-get install -y --no-install-recommends ${lean[*]}" >&2
  exit 1
fi
echo "Installing system packages for the real-browser tests: ${need[*]} ${lean[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
if [ ${#need[@]} -gt 0 ]; then apt-get install -y -qq "${need[@]}" >/dev/null; fi
# PulseAudio without recommends: no desktop session bits, just the server and its tools.
if [ ${#lean[@]} -gt 0 ]; then apt-get install -y -qq --no-install-recommends "${lean[@]}" >/dev/null; fi

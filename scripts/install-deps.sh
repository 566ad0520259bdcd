#!/usr/bin/env bash
# Installs the Debian 12 packages Palma Studio builds and runs with (docs/ARCHITECTURE list).
# Idempotent: packages already installed are skipped; apt-get runs only when something is missing.
# Uses sudo when not run as root.
set -euo pipefail

PACKAGES=(
  build-essential cmake ninja-build ccache pkg-config git
  qt6-base-dev qt6-base-dev-tools qt6-multimedia-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-translations-l10n
  libqt6opengl6-dev libgl-dev libqt6svg6
  libvtk9-dev
  libtorch-dev
  libopenblas0-openmp
  libopencv-dev
  libeigen3-dev
  libassimp-dev
  nlohmann-json3-dev
  zlib1g-dev
  xvfb xauth
  gstreamer1.0-plugins-good gstreamer1.0-plugins-base gstreamer1.0-libav
  clang-format
)

missing=()
for p in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#PACKAGES[@]} packages present"
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then
    SUDO="sudo"
  else
    echo "install-deps: not root and sudo is missing; install these packages as root: ${missing[*]}" >&2
    exit 1
  fi
fi

echo "install-deps: installing ${#missing[@]} packages: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
echo "install-deps: done"

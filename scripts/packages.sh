#!/usr/bin/env bash
# install_missing PACKAGE...: installs with apt-get the Debian packages that are not installed yet.
# Sourced by setup.sh (what building and testing needs) and ci.sh (what the maintainers' checks add).
install_missing() {
    local missing=() p
    for p in "$@"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    if ((${#missing[@]})); then
        echo "Installing: ${missing[*]}"
        local sudo=
        if [ "$(id -u)" -ne 0 ]; then
            sudo=sudo
        fi
        $sudo apt-get update -qq
        DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
    fi
}

# The engines scripts/engine can run, and the exact Debian packages of the newer ones.
# Sourced by scripts/engine; the one place where engine versions are pinned.
#
# 20.10 and podman come from the machine's own Debian 12 (bookworm) archive and are
# installed with apt-get like any other package. The newer Docker engines are never
# installed: their docker.io and containerd are fetched with `apt-get download` from a
# newer suite through a private sources list, unpacked into a cache directory, and run
# with Debian 12's runc (the newer suites' runc needs a newer glibc).
#
# Policy when the archive moves on (docs/engines.md says the same):
#   1. the exact pinned version, from the first suite below that offers it;
#   2. else the newest version of the same upstream release (e.g. any 28.5.x) in those
#      suites: used, with a notice naming the pin and the version used;
#   3. else the engine is unavailable: `start` names what the archive offers now and
#      exits with status 3, which .ci/run reports as a skipped engine (a fresh machine
#      cannot fetch what the archive dropped); update the pin to follow.
# Packages already unpacked in the cache are used without asking the archive again.

# shellcheck disable=SC2034  # read by scripts/engine

#: Every engine name scripts/engine accepts, in slot order (the slot picks the bridge
#: name, address range and registry port; see engine_settings in scripts/engine).
ENGINES=(20.10 26.1 28.5 podman)

#: name -> "suites | docker.io version | containerd version" for the fetched engines.
#: Suites are tried in order; "X-security" suites live under debian-security.
declare -A ENGINE_PINS=(
    [26.1]="trixie trixie-updates trixie-security | 26.1.5+dfsg1-9+deb13u1+b1 | 1.7.24~ds1-6+deb13u1"
    [28.5]="sid forky | 28.5.2+dfsg4-5 | 2.1.9+ds1-5"
)

#: Debian 12 packages every engine needs (the ssh transport tests run their own sshd).
BASE_PACKAGES=(docker.io containerd runc tini busybox-static docker-registry iptables iproute2 curl python3 openssh-client openssh-server)

#: Debian 12 packages the podman engine adds.
PODMAN_PACKAGES=(podman conmon catatonit netavark aardvark-dns golang-github-containers-common)

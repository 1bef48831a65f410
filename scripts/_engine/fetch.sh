# Fetching a newer Docker engine (docker.io + containerd of a newer Debian suite) into
# the cache, without touching the machine's own apt sources, lists or dpkg database.
# Sourced by scripts/engine; uses log/die and ENGINE_PINS from there.

#: Where fetched engines, their .debs and the private apt state live.
ENGINE_CACHE=${DOCKERAPI_ENGINE_CACHE:-/var/cache/dockerapi-engines}
DEBIAN_MIRROR=${DOCKERAPI_DEBIAN_MIRROR:-http://deb.debian.org/debian}
DEBIAN_SECURITY_MIRROR=${DOCKERAPI_DEBIAN_SECURITY_MIRROR:-http://deb.debian.org/debian-security}
#: Exit status of `start` when the archive no longer offers an engine (see pins.sh).
EXIT_ENGINE_UNAVAILABLE=3

# The unpacked engine's root directory (usr/sbin/dockerd, usr/bin/containerd, ...).
fetched_root() { echo "$ENGINE_CACHE/$1/root"; }

# private_apt NAME apt-get|apt-cache ARGS...: apt with sources, lists and cache of our own.
private_apt() {
    local name=$1 tool=$2
    shift 2
    local dir=$ENGINE_CACHE/apt/$name
    "$tool" -q -o Dir::Etc::SourceList="$dir/sources.list" -o Dir::Etc::SourceParts=/dev/null \
        -o Dir::Etc::Preferences=/dev/null -o Dir::Etc::PreferencesParts=/dev/null \
        -o Dir::State::Lists="$dir/lists" -o Dir::State::Status=/dev/null \
        -o Dir::Cache="$dir/cache" -o APT::Sandbox::User=root "$@"
}

write_sources() { # write_sources NAME SUITE...
    local name=$1 suite uri
    shift
    local dir=$ENGINE_CACHE/apt/$name
    mkdir -p "$dir/lists/partial" "$dir/cache/archives/partial"
    : >"$dir/sources.list"
    for suite in "$@"; do
        uri=$DEBIAN_MIRROR
        [[ $suite == *-security ]] && uri=$DEBIAN_SECURITY_MIRROR
        echo "deb [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] $uri $suite main" >>"$dir/sources.list"
    done
}

# offered NAME PACKAGE: every version of PACKAGE the private sources offer, one a line.
offered() {
    private_apt "$1" apt-cache madison "$2" 2>/dev/null | awk -F'|' '{gsub(/ /, "", $2); print $2}' | sort -u
}

# pick_version NAME PACKAGE PIN: the pin when offered, else the newest of the pin's
# upstream release (same MAJOR.MINOR), else nothing.
pick_version() {
    local name=$1 package=$2 pin=$3 versions release
    versions=$(offered "$name" "$package")
    if grep -qxF -- "$pin" <<<"$versions"; then
        echo "$pin"
        return 0
    fi
    release=$(sed -E 's/^([0-9]+\.[0-9]+)\..*/\1/' <<<"$pin")
    grep -E "^${release//./\\.}\." <<<"$versions" | sort -V | tail -n 1
}

# fetch_engine NAME: make sure $(fetched_root NAME) holds the pinned (or policy-picked)
# docker.io and containerd; a no-op when the cache already has them.
fetch_engine() {
    local name=$1 spec suites docker_pin containerd_pin
    spec=${ENGINE_PINS[$name]:-}
    [[ -n $spec ]] || die "no pinned packages for engine $name"
    IFS='|' read -r suites docker_pin containerd_pin <<<"$spec"
    suites=$(echo $suites)
    docker_pin=$(echo $docker_pin)
    containerd_pin=$(echo $containerd_pin)
    local root stamp
    root=$(fetched_root "$name")
    stamp=$ENGINE_CACHE/$name/installed
    # the cache holds what the current pins asked for: nothing to do
    if [[ -x $root/usr/sbin/dockerd && -f $stamp ]] && grep -qxF "pins=$spec" "$stamp"; then
        return 0
    fi
    command -v apt-get >/dev/null || die "fetching engine $name needs apt-get (Debian)"
    log "fetching Docker $name (docker.io $docker_pin, containerd $containerd_pin) from Debian ${suites// /, }"
    # shellcheck disable=SC2086
    write_sources "$name" $suites
    private_apt "$name" apt-get update >/dev/null ||
        die "could not read the package lists of ${suites// /, } (see $ENGINE_CACHE/apt/$name)"
    local docker_version containerd_version current
    docker_version=$(pick_version "$name" docker.io "$docker_pin")
    if [[ -z $docker_version ]]; then
        current=$(offered "$name" docker.io | sort -V | tail -n 1)
        log "error: Debian ${suites// /, } no longer offers docker.io $docker_pin (nor any ${docker_pin%%+*} release); it offers ${current:-no docker.io at all}"
        log "update ENGINE_PINS in scripts/_engine/pins.sh to follow (docs/engines.md: pins)"
        exit "$EXIT_ENGINE_UNAVAILABLE"
    fi
    if [[ $docker_version != "$docker_pin" ]]; then
        log "notice: docker.io $docker_pin is no longer offered; using $docker_version of the same release (update the pin)"
    fi
    containerd_version=$(pick_version "$name" containerd "$containerd_pin")
    if [[ -z $containerd_version ]]; then
        containerd_version=$(offered "$name" containerd | sort -V | tail -n 1)
        [[ -n $containerd_version ]] || die "Debian ${suites// /, } offers no containerd"
        log "notice: containerd $containerd_pin is no longer offered; using $containerd_version"
    elif [[ $containerd_version != "$containerd_pin" ]]; then
        log "notice: containerd $containerd_pin is no longer offered; using $containerd_version (update the pin)"
    fi
    local debs=$ENGINE_CACHE/$name/debs
    rm -rf "$debs" "$root" "$stamp"
    mkdir -p "$debs" "$root"
    (cd "$debs" && private_apt "$name" apt-get download "docker.io=$docker_version" "containerd=$containerd_version" >/dev/null) ||
        die "downloading docker.io $docker_version / containerd $containerd_version failed"
    local deb
    for deb in "$debs"/*.deb; do
        dpkg -x "$deb" "$root"
    done
    [[ -x $root/usr/sbin/dockerd && -x $root/usr/bin/containerd ]] || die "the fetched packages have no dockerd/containerd"
    printf 'docker.io=%s\ncontainerd=%s\npins=%s\n' "$docker_version" "$containerd_version" "$spec" >"$stamp"
}

# fetched_versions NAME: what the cache holds ("docker.io=... containerd=..."), if anything.
fetched_versions() {
    local stamp=$ENGINE_CACHE/$1/installed
    [[ -f $stamp ]] && grep -v '^pins=' "$stamp" | tr '\n' ' ' 
}

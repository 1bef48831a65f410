# The Docker engines (20.10 from Debian 12, 26.1 and 28.5 fetched from newer suites):
# a private dockerd on the machine's network stack, on a bridge and address range of
# its own. Sourced by scripts/engine, which calls these through "${KIND}_...".

docker_settings() {
    SOCKET=$RUN_DIR/docker.sock
    SERVICE_PID=$RUN_DIR/dockerd.pid
    NETNS=
    if [[ $ENGINE == 20.10 ]]; then
        DOCKERD_ROOT=
    else
        DOCKERD_ROOT=$(fetched_root "$ENGINE")
    fi
}

# Commands on the engine's network need no prefix: dockerd shares the machine's.
docker_net_prefix() { NET_PREFIX=(); }

docker_install() {
    install_packages "${BASE_PACKAGES[@]}"
    [[ $ENGINE == 20.10 ]] || fetch_engine "$ENGINE"
}

docker_network_up() {
    if ! ip link show "$BRIDGE" >/dev/null 2>&1; then
        ip link add "$BRIDGE" type bridge
        ip addr add "$BRIDGE_CIDR" dev "$BRIDGE"
    fi
    ip link set "$BRIDGE" up
    add_guard
}

docker_start() {
    mkdir -p "$STATE_DIR/data" "$RUN_DIR/exec"
    # dockerd deletes any link named docker0 when it starts with default address pools
    # and finds its previous default network in its store (moby's "Clear stale bridge
    # network", unconditionally on docker0 whatever --bridge says), so it would delete
    # the bridge of another engine on this machine. Starting from an empty network store
    # skips that path: the default bridge is recreated as usual; networks created on this
    # engine do not survive a restart (test engines keep nothing there that needs to).
    rm -f "$STATE_DIR/data/network/files/local-kv.db"
    # our own (empty) configuration file: never a system engine's /etc/docker/daemon.json
    [[ -f $STATE_DIR/daemon.json ]] || echo '{}' >"$STATE_DIR/daemon.json"
    local dockerd=dockerd path=$PATH
    local args=(
        --config-file "$STATE_DIR/daemon.json"
        --data-root "$STATE_DIR/data"
        --exec-root "$RUN_DIR/exec"
        --pidfile "$SERVICE_PID"
        --host "unix://$SOCKET"
        --bridge "$BRIDGE"
        --default-address-pool "base=$POOL_BASE,size=24"
        --iptables=false --ip-forward=false --ip-masq=false
        --ip 127.0.0.1
        --insecure-registry "$(registry_addr)"
        --log-level warn
    )
    if [[ -n $DOCKERD_ROOT ]]; then
        # The fetched dockerd finds its own containerd, shim and docker-proxy first on
        # PATH; runc and docker-init (tini) are the machine's Debian 12 ones, named
        # explicitly: the newer suites' runc needs a newer glibc.
        dockerd=$DOCKERD_ROOT/usr/sbin/dockerd
        path=$DOCKERD_ROOT/usr/sbin:$DOCKERD_ROOT/usr/bin:/usr/sbin:/usr/bin:/sbin:/bin
        args+=(--ip6tables=false --add-runtime "debian-runc=$(command -v runc)" --default-runtime debian-runc --init-path "$(command -v docker-init)")
    fi
    log "starting dockerd $ENGINE on unix://$SOCKET"
    # A swarm task's image is never pulled (by default each task asks Docker Hub first,
    # then falls back to the local image): the test images are local, and nothing may
    # leave the machine.
    PATH=$path DOCKER_SERVICE_PREFER_OFFLINE_IMAGE=1 setsid "$dockerd" "${args[@]}" \
        </dev/null >>"$STATE_DIR/dockerd.log" 2>&1 &
    wait_for_ping "$STATE_DIR/dockerd.log"
}

docker_stop() {
    stop_pid "$SERVICE_PID" dockerd
    # dockerd makes its data root a private bind mount of itself and leaves that behind
    if ! alive "$SERVICE_PID"; then
        unmount_under "$STATE_DIR/data" "$RUN_DIR/exec"
    fi
    remove_guard
    # the bridge is ours (start made it); nothing else may be attached to it now. So is
    # the docker_gwbridge bridge of a swarm on this engine, when its network was not
    # removed (dockerd leaves bridges behind when it stops).
    local link
    for link in "$BRIDGE" "$GWBRIDGE"; do
        if ip link show "$link" >/dev/null 2>&1; then
            ip link del "$link" 2>/dev/null || log "could not remove the bridge $link"
        fi
    done
}

docker_status() {
    echo "network: bridge $BRIDGE ($BRIDGE_CIDR), pools $POOL_BASE, guard $FW_CHAIN drops $ENGINE_RANGE -> elsewhere"
    if [[ -n $DOCKERD_ROOT ]]; then
        echo "packages: $(fetched_versions "$ENGINE")(cache $(dirname "$DOCKERD_ROOT")), runc $(command -v runc)"
    fi
}

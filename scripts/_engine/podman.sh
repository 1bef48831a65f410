# Podman (Debian 12's 4.3) serving the Docker-compatible API: rootful `podman system
# service` on a socket of its own, with its own storage (--root/--runroot), libpod
# state, configuration files and network namespace. Sourced by scripts/engine.
#
# Why a network namespace: netavark, podman's network backend, turns on IP forwarding
# (net.ipv4.ip_forward, which is machine-wide) and adds NAT rules for every network it
# sets up. Inside a namespace of its own that reaches nothing but its own loopback,
# those stay there: no route off the machine exists, and no other engine's devices,
# rules or forwarding setting are touched. Its local registry runs in the same
# namespace (so it is the engine's 127.0.0.1); the API socket is a file, reached from
# anywhere on the machine.

podman_settings() {
    SOCKET=$RUN_DIR/podman.sock
    SERVICE_PID=$RUN_DIR/podman.pid
    NETNS=dkapi-podman
    ((INSTANCE > 0)) && NETNS+=-$INSTANCE
    PODMAN_CONF=$STATE_DIR/conf
}

# Commands on the engine's network: inside its namespace (when it exists).
podman_net_prefix() {
    NET_PREFIX=()
    [[ -e /run/netns/$NETNS ]] && NET_PREFIX=(nsenter --net="/run/netns/$NETNS")
    return 0
}

# podman with this engine's storage, configuration and network (service and CLI alike)
podman_argv() {
    PODMAN_ARGV=(
        env CONTAINERS_CONF="$PODMAN_CONF/containers.conf"
        CONTAINERS_STORAGE_CONF="$PODMAN_CONF/storage.conf"
        CONTAINERS_REGISTRIES_CONF="$PODMAN_CONF/registries.conf"
        nsenter --net="/run/netns/$NETNS"
        podman --root "$STATE_DIR/storage" --runroot "$RUN_DIR/storage" --tmpdir "$RUN_DIR/libpod"
    )
}

engine_podman() {
    podman_argv
    "${PODMAN_ARGV[@]}" "$@"
}

podman_install() {
    install_packages "${BASE_PACKAGES[@]}" "${PODMAN_PACKAGES[@]}"
}

podman_network_up() {
    if [[ ! -e /run/netns/$NETNS ]]; then
        ip netns add "$NETNS"
    fi
    ip -n "$NETNS" link set lo up
    # nothing in the namespace leads off the machine; the guard says so once more
    add_guard ip netns exec "$NETNS"
}

write_podman_config() {
    mkdir -p "$PODMAN_CONF" "$STATE_DIR/networks" "$RUN_DIR/libpod"
    local registry nofile nproc
    registry=$(registry_addr)
    # Podman asks for nofile=1048576 per container, and lowers its own nproc limit to
    # kernel.pid_max and asks that per container; a machine (or a sandbox without
    # CAP_SYS_RESOURCE) may allow less, and then no container starts ("setrlimit:
    # Operation not permitted"): pin both to what this machine allows podman.
    nofile=$(ulimit -Hn)
    nproc=$(ulimit -Hu)
    [[ $nofile == unlimited ]] && nofile=1048576
    [[ $nproc == unlimited ]] && nproc=4194304
    local pid_max
    pid_max=$(cat /proc/sys/kernel/pid_max)
    ((nproc > pid_max)) && nproc=$pid_max
    cat >"$PODMAN_CONF/containers.conf" <<EOF
# written by scripts/engine for the project's podman engine
[containers]
init_path = "$(command -v catatonit)"
default_ulimits = ["nofile=$nofile:$nofile", "nproc=$nproc:$nproc"]
log_driver = "k8s-file"

[engine]
# Debian 12's runc, like the Docker engines: crun 1.8 refuses hybrid cgroup setups
runtime = "runc"
cgroup_manager = "cgroupfs"
events_logger = "file"
events_logfile_path = "$RUN_DIR/events.log"
tmp_dir = "$RUN_DIR/libpod"
# an exec session's conmon lingers this long after it ends (podman's default: 300 s)
exit_command_delay = 5
volume_path = "$STATE_DIR/storage/volumes"

[network]
network_backend = "netavark"
network_config_dir = "$STATE_DIR/networks"
default_network = "podman"
default_subnet = "$BRIDGE_SUBNET"
default_subnet_pools = [{"base" = "$POOL_BASE", "size" = 24}]
EOF
    cat >"$PODMAN_CONF/storage.conf" <<EOF
[storage]
driver = "overlay"
runroot = "$RUN_DIR/storage"
graphroot = "$STATE_DIR/storage"
EOF
    cat >"$PODMAN_CONF/registries.conf" <<EOF
# only the engine's own registry; short names are Docker Hub's, as Docker has them
unqualified-search-registries = ["docker.io"]
short-name-mode = "disabled"

[[registry]]
location = "$registry"
insecure = true
EOF
    # the default network, on the engine's own bridge name and range
    cat >"$STATE_DIR/networks/podman.json" <<EOF
{
  "name": "podman",
  "id": "2f259bab93aaaaa2542ba43ef33eb990d0999ee1b9924b557b7be53c0b7a1bb9",
  "driver": "bridge",
  "network_interface": "$BRIDGE",
  "created": "2024-01-01T00:00:00Z",
  "subnets": [{"subnet": "$BRIDGE_SUBNET", "gateway": "${BRIDGE_CIDR%/*}"}],
  "ipv6_enabled": false,
  "internal": false,
  "dns_enabled": false,
  "ipam_options": {"driver": "host-local"}
}
EOF
}

podman_start() {
    write_podman_config
    log "starting podman $(podman --version | awk '{print $3}') on unix://$SOCKET"
    podman_argv
    spawn "$SERVICE_PID" "${PODMAN_ARGV[@]}" system service --time 0 "unix://$SOCKET" \
        </dev/null >>"$STATE_DIR/podman.log" 2>&1
    wait_for_ping "$STATE_DIR/podman.log"
}

podman_stop() {
    # Podman's containers outlive its service (each has its own conmon): end them first,
    # through this engine's own storage, then the service.
    if [[ -d $STATE_DIR/storage && -e /run/netns/$NETNS ]]; then
        engine_podman rm --all --force --time 2 >/dev/null 2>&1 || log "could not remove podman's containers"
        engine_podman pod rm --all --force >/dev/null 2>&1 || true
    fi
    stop_pid "$SERVICE_PID" podman
    # conmons of ended exec sessions linger a while (exit_command_delay): those of this
    # engine's storage, found by their command line, go too
    local pid
    for pid in $(pgrep -f "^/usr/bin/conmon .* -b $STATE_DIR/storage/" || true); do
        kill -TERM "$pid" 2>/dev/null || true
    done
    unmount_under "$STATE_DIR/storage" "$RUN_DIR/storage"
    # the namespace goes, and with it every device and rule podman made in it
    if [[ -e /run/netns/$NETNS ]]; then
        ip netns del "$NETNS" || log "could not remove the network namespace $NETNS"
    fi
}

podman_status() {
    echo "network: namespace $NETNS, bridge $BRIDGE ($BRIDGE_CIDR), pools $POOL_BASE, guard $FW_CHAIN drops $ENGINE_RANGE -> elsewhere"
}

"""dockerapi.types against docker-py's types (the oracle) for a wide table of inputs.

Every case builds the same type with the same arguments in both libraries and compares
the resulting dicts; deliberate differences have their own tests that say why.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import docker.errors as dp_errors
import docker.types as dp
import pytest
from dockerapi import errors, types

VERSION = "1.41"

# ------------------------------------------------------------------ HostConfig

HOST_CONFIG_CASES: dict[str, dict[str, Any]] = {
    "empty": {},
    "binds-list": {"binds": ["/host:/c:ro", "vol:/data"]},
    "binds-dict": {
        "binds": {
            "/home/user1/": {"bind": "/mnt/vol2", "mode": "rw"},
            "/var/www": {"bind": "/mnt/vol1", "mode": "ro"},
            "/autofs/user1": {"bind": "/mnt/vol3", "mode": "rw", "propagation": "shared"},
            "/plain": "/mnt/plain",
            "/flag": {"bind": "/mnt/flag", "ro": True},
        }
    },
    "port-bindings": {
        "port_bindings": {
            1111: 4567,
            2222: None,
            "3333/udp": ("127.0.0.1", 3333),
            4444: ("127.0.0.1",),
            5555: [1234, ("::1", 1235)],
            6666: "7000-7010",
        }
    },
    "lxc-conf-dict": {"lxc_conf": {"lxc.utsname": "x", "lxc.n": 5}},
    "lxc-conf-list": {"lxc_conf": [{"Key": "k", "Value": "v"}]},
    "publish-all": {"publish_all_ports": True},
    "links-dict": {"links": {"db": "database", "cache": None}},
    "links-pairs": {"links": [("db", "database")]},
    "privileged": {"privileged": True},
    "dns": {"dns": ["8.8.8.8"], "dns_search": ["example.com"], "dns_opt": ["ndots:2"]},
    "dns-empty": {"dns": [], "dns_search": [], "dns_opt": []},
    "volumes-from-list": {"volumes_from": ["a", "b:ro"]},
    "volumes-from-str": {"volumes_from": "a,b:ro"},
    "network-mode": {"network_mode": "bridge"},
    "network-host": {"network_mode": "host"},
    "restart-policy": {"restart_policy": {"Name": "on-failure", "MaximumRetryCount": 3}},
    "caps": {"cap_add": ["SYS_ADMIN", "MKNOD"], "cap_drop": ["NET_RAW"]},
    "devices": {"devices": ["/dev/sda:/dev/xvda:rwm", "/dev/null", "/dev/zero:/dev/z"]},
    "extra-hosts-dict": {"extra_hosts": {"db": "10.0.0.2", "gw": "host-gateway"}},
    "extra-hosts-list": {"extra_hosts": ["db:10.0.0.2"]},
    "read-only": {"read_only": True},
    "read-only-false": {"read_only": False},
    "namespaces": {"pid_mode": "host", "ipc_mode": "shareable", "userns_mode": "host"},
    "uts": {"uts_mode": "host"},
    "security-opt": {"security_opt": ["no-new-privileges", "seccomp=unconfined"]},
    "ulimits-dicts": {"ulimits": [{"name": "nofile", "soft": 1024, "hard": 2048}]},
    "ulimits-objects": {"ulimits": "objects"},
    "log-config-dict": {"log_config": {"type": "json-file", "config": {"max-size": "1m"}}},
    "log-config-object": {"log_config": "object"},
    "memory-ints": {
        "mem_limit": 64 * 1024 * 1024,
        "memswap_limit": -1,
        "mem_reservation": 1024,
        "kernel_memory": 4096,
        "mem_swappiness": 10,
        "shm_size": 1024,
    },
    "memory-strings": {
        "mem_limit": "128m",
        "memswap_limit": "256m",
        "mem_reservation": "64m",
        "kernel_memory": "50m",
        "shm_size": "1G",
    },
    "memory-zeroes": {
        "mem_limit": 0,
        "mem_reservation": 0,
        "kernel_memory": 0,
        "mem_swappiness": 0,
    },
    "cgroup-parent": {"cgroup_parent": "/mygroup", "cgroupns": "private"},
    "group-add": {"group_add": ["audio", 1000]},
    "cpu": {
        "cpu_quota": 50000,
        "cpu_period": 100000,
        "cpu_shares": 512,
        "cpuset_cpus": "0-1",
        "cpuset_mems": "0",
        "nano_cpus": 500_000_000,
        "cpu_count": 2,
        "cpu_percent": 50,
        "cpu_rt_period": 1000000,
        "cpu_rt_runtime": 950000,
    },
    "cpu-zeroes": {"cpu_quota": 0, "cpu_shares": 0, "nano_cpus": 0},
    "blkio": {
        "blkio_weight": 300,
        "blkio_weight_device": [{"Path": "/dev/sda", "Weight": 200}],
        "device_read_bps": [{"Path": "/dev/sda", "Rate": 1024}],
        "device_write_bps": [{"Path": "/dev/sda", "Rate": 2048}],
        "device_read_iops": [{"Path": "/dev/sda", "Rate": 100}],
        "device_write_iops": [{"Path": "/dev/sda", "Rate": 200}],
    },
    "oom": {"oom_kill_disable": True, "oom_score_adj": 500},
    "sysctls": {"sysctls": {"net.ipv4.ip_forward": 1, "kernel.msgmax": "65536"}},
    "tmpfs-dict": {"tmpfs": {"/mnt/vol2": "", "/mnt/vol1": "size=3G,uid=1000"}},
    "tmpfs-list": {"tmpfs": ["/run", "/tmp:size=64m"]},
    "pids-isolation": {"pids_limit": 100, "isolation": "default"},
    "auto-remove-init": {"auto_remove": True, "init": True},
    "init-false": {"init": False},
    "storage-opt": {"storage_opt": {"size": "10G"}},
    "volume-driver-runtime": {"volume_driver": "local", "runtime": "runc"},
    "mounts-dicts": {"mounts": [{"Target": "/data", "Source": "vol", "Type": "volume"}]},
    "mounts-objects": {"mounts": "objects"},
    "device-cgroup-rules": {"device_cgroup_rules": ["c 1:3 mr", "a 7:* rmw"]},
    "device-requests-dicts": {"device_requests": [{"count": -1, "capabilities": [["gpu"]]}]},
    "device-requests-objects": {"device_requests": "objects"},
}


def _materialise(kwargs: dict[str, Any], lib: Any) -> dict[str, Any]:
    """Replace the "objects" placeholders with each library's own type instances."""
    out = dict(kwargs)
    if out.get("ulimits") == "objects":
        out["ulimits"] = [lib.Ulimit(name="nproc", soft=512), lib.Ulimit(name="core", hard=0)]
    if out.get("log_config") == "object":
        out["log_config"] = lib.LogConfig(type=lib.LogConfig.types.SYSLOG, config={"tag": "x"})
    if out.get("mounts") == "objects":
        out["mounts"] = [
            lib.Mount("/data", "vol", read_only=True),
            lib.Mount("/host", "/srv", type="bind", propagation="rslave"),
            lib.Mount("/scratch", None, type="tmpfs", tmpfs_size="64m", tmpfs_mode=0o1777),
        ]
    if out.get("device_requests") == "objects":
        out["device_requests"] = [
            lib.DeviceRequest(driver="nvidia", device_ids=["0", "1"], capabilities=[["gpu"]])
        ]
    return out


@pytest.mark.parametrize("case", sorted(HOST_CONFIG_CASES))
def test_host_config_matches_docker_py(case: str) -> None:
    kwargs = HOST_CONFIG_CASES[case]
    ours = types.HostConfig(version=VERSION, **_materialise(kwargs, types))
    theirs = dp.HostConfig(version=VERSION, **_materialise(kwargs, dp))
    assert ours == theirs
    assert isinstance(ours, dict)


def test_host_config_all_groups_at_once_matches_docker_py() -> None:
    merged: dict[str, Any] = {}
    for name, kwargs in HOST_CONFIG_CASES.items():
        if not name.endswith(("-list", "-false", "-zeroes", "-empty", "-str", "-host", "-pairs")):
            merged.update(kwargs)
    ours = types.HostConfig(VERSION, **_materialise(merged, types))
    assert ours == dp.HostConfig(VERSION, **_materialise(merged, dp))
    assert len(ours) > 60


def test_host_config_positional_order_matches_docker_py() -> None:
    # APIClient.create_host_config passes positional arguments straight through.
    args = (["/a:/b"], {80: 8080}, None, True, {"db": "x"}, True, ["1.1.1.1"])
    assert types.HostConfig(VERSION, *args) == dp.HostConfig(VERSION, *args)


def test_host_config_shapes() -> None:
    host_config = types.HostConfig(
        port_bindings={"53/udp": ("127.0.0.1", 5353)},
        binds={"/srv": {"bind": "/data", "ro": True}},
        mem_limit="64m",
        restart_policy={"Name": "always"},
        ulimits=[{"name": "nofile", "soft": 10, "hard": 20}],
    )
    assert host_config == {
        "NetworkMode": "default",
        "PortBindings": {"53/udp": [{"HostIp": "127.0.0.1", "HostPort": "5353"}]},
        "Binds": ["/srv:/data:ro"],
        "Memory": 64 * 1024 * 1024,
        "RestartPolicy": {"Name": "always"},
        "Ulimits": [{"Name": "nofile", "Soft": 10, "Hard": 20}],
    }
    assert isinstance(host_config["Ulimits"][0], types.Ulimit)
    assert types.HostConfig() == {"NetworkMode": "default"}


TYPE_ERRORS: list[tuple[str, Any]] = [
    ("mem_swappiness", "10"),
    ("oom_score_adj", "5"),
    ("restart_policy", "always"),
    ("security_opt", "no-new-privileges"),
    ("sysctls", [("a", "b")]),
    ("ulimits", {"name": "nofile"}),
    ("log_config", "json-file"),
    ("cpu_quota", 1.5),
    ("cpu_period", "1"),
    ("cpu_shares", "512"),
    ("cpuset_mems", 0.5),
    ("cpu_rt_period", "1"),
    ("cpu_rt_runtime", "1"),
    ("blkio_weight", "300"),
    ("blkio_weight_device", {"Path": "x"}),
    ("device_read_bps", {"Path": "x"}),
    ("device_write_bps", {"Path": "x"}),
    ("device_read_iops", {"Path": "x"}),
    ("device_write_iops", {"Path": "x"}),
    ("pids_limit", "100"),
    ("isolation", 1),
    ("cpu_count", "2"),
    ("cpu_percent", "2"),
    ("nano_cpus", 1.5),
    ("device_cgroup_rules", "c 1:3 mr"),
    ("device_requests", {"count": 1}),
]


@pytest.mark.parametrize(("param", "value"), TYPE_ERRORS)
def test_host_config_type_errors_match_docker_py(param: str, value: Any) -> None:
    with pytest.raises(TypeError):
        dp.HostConfig(VERSION, **{param: value})
    with pytest.raises(TypeError, match=param):
        types.HostConfig(VERSION, **{param: value})


@pytest.mark.parametrize(
    "kwargs",
    [
        {"ulimits": [{"name": 5}]},
        {"ulimits": [{"name": "nofile", "soft": "10"}]},
        {"ulimits": [{"name": "nofile", "hard": 1.5}]},
        {"log_config": {"type": "json-file", "config": "max-size=1m"}},
        {"device_requests": [{"driver": 1}]},
        {"device_requests": [{"count": "all"}]},
        {"device_requests": [{"device_ids": "0"}]},
        {"device_requests": [{"capabilities": "gpu"}]},
        {"device_requests": [{"options": ["a"]}]},
    ],
)
def test_host_config_nested_value_errors_match_docker_py(kwargs: dict[str, Any]) -> None:
    with pytest.raises(ValueError):
        dp.HostConfig(VERSION, **kwargs)
    with pytest.raises(ValueError):
        types.HostConfig(VERSION, **kwargs)


def test_host_network_with_port_bindings_is_refused() -> None:
    with pytest.raises(dp_errors.InvalidArgument):
        dp.HostConfig(VERSION, network_mode="host", port_bindings={80: 80})
    with pytest.raises(errors.InvalidArgument, match="host"):
        types.HostConfig(VERSION, network_mode="host", port_bindings={80: 80})


def test_host_config_bad_sizes_raise_invalid_argument() -> None:
    with pytest.raises(errors.InvalidArgument):
        types.HostConfig(mem_limit="lots")
    with pytest.raises(errors.InvalidArgument):
        types.HostConfig(shm_size="1x")


def test_init_path_is_refused_from_api_1_29() -> None:
    # The one version rule kept client-side: the specs still document InitPath later.
    with pytest.raises(dp_errors.InvalidVersion):
        dp.HostConfig("1.29", init_path="/usr/bin/init")
    with pytest.raises(errors.InvalidVersion, match="init_path"):
        types.HostConfig("1.29", init_path="/usr/bin/init")
    assert types.HostConfig("1.28", init_path="/x")["InitPath"] == "/x"
    assert types.HostConfig("1.28", init_path="/x") == dp.HostConfig("1.28", init_path="/x")
    assert types.HostConfig(init_path="/x")["InitPath"] == "/x"  # unknown version: the core decides


@pytest.mark.parametrize("version", ["1.25", "1.30", "1.41", "1.55", None])
def test_host_config_does_no_other_version_checks(version: str | None) -> None:
    # Fields newer than the version are kept; the core gates them at send time.
    host_config = types.HostConfig(
        version, device_requests=[{"count": 1}], mounts=[], cgroupns="host", annotations={"a": "b"}
    )
    assert {"DeviceRequests", "Mounts", "CgroupnsMode", "Annotations"} <= host_config.keys()


def test_host_config_newer_options() -> None:
    host_config = types.HostConfig(
        annotations={"io.kubernetes.cri.id": "x"},
        console_size=(24, 80),
        masked_paths=["/proc/kcore"],
        readonly_paths=["/proc/sys"],
    )
    assert host_config == {
        "NetworkMode": "default",
        "Annotations": {"io.kubernetes.cri.id": "x"},
        "ConsoleSize": [24, 80],
        "MaskedPaths": ["/proc/kcore"],
        "ReadonlyPaths": ["/proc/sys"],
    }
    for bad in ((24,), (24, "80"), "2480", (1, 2, 3)):
        with pytest.raises(ValueError, match="console_size"):
            types.HostConfig(console_size=bad)
    with pytest.raises(TypeError):
        types.HostConfig(annotations=["a=b"])  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        types.HostConfig(masked_paths="/proc")  # type: ignore[arg-type]


def test_userns_and_uts_values_are_left_to_the_daemon() -> None:
    # Deliberate difference: docker-py refuses anything but "host"; Podman accepts more.
    with pytest.raises(ValueError):
        dp.HostConfig(VERSION, userns_mode="keep-id")
    host_config = types.HostConfig(userns_mode="keep-id", uts_mode="private")
    assert host_config["UsernsMode"] == "keep-id"
    assert host_config["UTSMode"] == "private"


def test_mount_strings_in_mounts() -> None:
    # Deliberate difference: docker-py sends strings unchanged, which the daemon rejects.
    host_config = types.HostConfig(mounts=["/srv:/data:ro", "cache:/cache"])
    assert host_config["Mounts"] == [
        {"Target": "/data", "Source": "/srv", "Type": "bind", "ReadOnly": True},
        {"Target": "/cache", "Source": "cache", "Type": "volume", "ReadOnly": False},
    ]


def test_port_range_keys_are_expanded() -> None:
    host_config = types.HostConfig(port_bindings={"8000-8001/udp": "9000-9001"})
    assert host_config["PortBindings"] == {
        "8000/udp": [{"HostIp": "", "HostPort": "9000"}],
        "8001/udp": [{"HostIp": "", "HostPort": "9001"}],
    }


# ------------------------------------------------------------------ ContainerConfig

CONTAINER_CONFIG_CASES: dict[str, dict[str, Any]] = {
    "minimal": {},
    "command-str": {"command": "sh -c 'echo hello; sleep 1'"},
    "command-list": {"command": ["echo", "hi"]},
    "entrypoint": {"entrypoint": "/bin/sh -c", "command": "true"},
    "entrypoint-list": {"entrypoint": ["/bin/sh", "-c"]},
    "names": {"hostname": "box", "domainname": "example.com", "working_dir": "/tmp"},
    "user-str": {"user": "nobody"},
    "user-int": {"user": 1000},
    "user-zero": {"user": 0},
    "detach": {"detach": True},
    "stdin": {"stdin_open": True, "tty": True},
    "stdin-detached": {"stdin_open": True, "detach": True},
    "ports-ints": {"ports": [1111, 2222]},
    "ports-tuples": {"ports": [(1111, "udp"), (2222,), 3333]},
    "ports-dict": {"ports": {"80/tcp": {}}},
    "environment-dict": {"environment": {"A": "1", "FLAG": None}},
    "environment-list": {"environment": ["A=1", "B=2"]},
    "volumes-str": {"volumes": "/data"},
    "volumes-list": {"volumes": ["/mnt/vol1", "/mnt/vol2"]},
    "volumes-dict": {"volumes": {"/data": {}}},
    "network-disabled": {"network_disabled": True},
    "host-config": {"host_config": {"NetworkMode": "none"}},
    "mac": {"mac_address": "02:42:ac:11:00:02"},
    "labels-dict": {"labels": {"a": "1", "b": ""}},
    "labels-list": {"labels": ["a", "b"]},
    "stop": {"stop_signal": "SIGINT", "stop_timeout": 3},
    "networking-config": {"networking_config": {"EndpointsConfig": {"net": {"Aliases": ["x"]}}}},
    "healthcheck-dict": {
        "healthcheck": {"test": "true", "interval": 10**9, "retries": 2, "start_period": 10**9}
    },
    "healthcheck-api-keys": {"healthcheck": {"Test": ["CMD", "true"], "Timeout": 10**9}},
    "healthcheck-none": {"healthcheck": {"test": ["NONE"]}},
}


@pytest.mark.parametrize("case", sorted(CONTAINER_CONFIG_CASES))
def test_container_config_matches_docker_py(case: str) -> None:
    kwargs = {"command": None, **CONTAINER_CONFIG_CASES[case]}
    ours = types.ContainerConfig(VERSION, "busybox:latest", **kwargs)
    theirs = dp.ContainerConfig(VERSION, "busybox:latest", **kwargs)
    assert ours == theirs


def test_container_config_positional_order_matches_docker_py() -> None:
    args = ("busybox", "echo hi", "host", "root", False, True, True, [80], {"A": "1"}, ["/v"])
    assert types.ContainerConfig(VERSION, *args) == dp.ContainerConfig(VERSION, *args)


def test_container_config_shapes() -> None:
    config = types.ContainerConfig(
        None,
        "busybox:latest",
        "sh -c 'echo a b'",
        ports=[80, (53, "udp")],
        environment={"A": "1"},
        labels=["x"],
        volumes="/data",
    )
    assert config["Cmd"] == ["sh", "-c", "echo a b"]
    assert config["ExposedPorts"] == {"80/tcp": {}, "53/udp": {}}
    assert config["Env"] == ["A=1"]
    assert config["Labels"] == {"x": ""}
    assert config["Volumes"] == {"/data": {}}
    assert config["AttachStdout"] is True
    assert config["AttachStdin"] is False
    assert config["HostConfig"] is None


def test_container_config_port_strings_and_ranges() -> None:
    # Deliberate difference: docker-py turns "80/udp" into "80/udp/tcp" and keeps
    # ranges as one key, which the daemon rejects.
    config = types.ContainerConfig(
        None, "busybox", ports=["80/udp", "8000-8002", "9000-9001/udp", "443"]
    )
    assert config["ExposedPorts"] == {
        "80/udp": {},
        "8000/tcp": {},
        "8001/tcp": {},
        "8002/tcp": {},
        "9000/udp": {},
        "9001/udp": {},
        "443/tcp": {},
    }
    with pytest.raises(ValueError):
        types.ContainerConfig(None, "busybox", ports=[(1, "tcp", "x")])


def test_container_config_healthcheck_becomes_healthcheck() -> None:
    config = types.ContainerConfig(None, "busybox", healthcheck={"test": "true", "interval": 10**9})
    assert isinstance(config["Healthcheck"], types.Healthcheck)
    assert config["Healthcheck"]["Test"] == ["CMD-SHELL", "true"]


def test_container_config_runtime_reaches_host_config() -> None:
    # Deliberate difference: the daemon ignores a top-level "Runtime"; it reads HostConfig's.
    config = types.ContainerConfig(None, "busybox", runtime="runc", host_config=types.HostConfig())
    assert config["HostConfig"] == {"NetworkMode": "default", "Runtime": "runc"}
    assert config["Runtime"] == "runc"
    assert types.ContainerConfig(None, "busybox", runtime="runc")["HostConfig"] == {
        "Runtime": "runc"
    }
    explicit = types.HostConfig(runtime="other")
    assert (
        types.ContainerConfig(None, "busybox", runtime="runc", host_config=explicit)["HostConfig"]
        is explicit
    )


# ------------------------------------------------------------------ small types


@pytest.mark.parametrize(
    "kwargs",
    [
        {"type": "json-file"},
        {"type": "json-file", "config": {"max-size": "10m", "max-file": "3"}},
        {"Type": "syslog", "Config": {"tag": "x"}},
        {"type": "none", "config": None},
        {},
        {"type": "awslogs-plugin", "config": {}},
    ],
)
def test_log_config_matches_docker_py(kwargs: dict[str, Any]) -> None:
    assert types.LogConfig(**kwargs) == dp.LogConfig(**kwargs)


def test_log_config_accessors() -> None:
    log_config = types.LogConfig(type=types.LogConfig.types.JSON)
    assert log_config == {"Type": "json-file", "Config": {}}
    log_config.set_config_value("max-size", "1m")
    assert log_config.config == {"max-size": "1m"}
    log_config.unset_config("max-size")
    log_config.unset_config("absent")
    log_config.type = types.LogConfigTypesEnum.NONE
    assert log_config == {"Type": "none", "Config": {}}
    assert types.LogConfigTypesEnum._values == dp.LogConfig.types._values
    with pytest.raises(ValueError):
        types.LogConfig(type="json-file", config=[("a", "b")])


@pytest.mark.parametrize(
    "kwargs",
    [
        {"name": "nofile"},
        {"name": "nofile", "soft": 1024, "hard": 2048},
        {"Name": "nproc", "Soft": 10},
        {"name": "core", "soft": 0, "hard": 0},
        {"name": "memlock", "soft": -1, "hard": -1},
    ],
)
def test_ulimit_matches_docker_py(kwargs: dict[str, Any]) -> None:
    ours = types.Ulimit(**kwargs)
    assert ours == dp.Ulimit(**kwargs)
    assert ours.name == ours["Name"]
    assert (ours.soft, ours.hard) == (ours["Soft"], ours["Hard"])


def test_ulimit_setters_and_errors() -> None:
    ulimit = types.Ulimit(name="nofile")
    ulimit.soft, ulimit.hard, ulimit.name = 1, 2, "nproc"
    assert ulimit == {"Name": "nproc", "Soft": 1, "Hard": 2}
    for bad in ({"soft": 1}, {"name": 1}, {"name": "x", "soft": "1"}, {"name": "x", "hard": "1"}):
        with pytest.raises(ValueError):
            types.Ulimit(**bad)


@pytest.mark.parametrize(
    "kwargs",
    [
        {},
        {"count": -1, "capabilities": [["gpu"]]},
        {"driver": "nvidia", "device_ids": ["0", "GPU-abc"], "capabilities": [["gpu", "utility"]]},
        {"Driver": "cdi", "DeviceIDs": ["vendor.com/gpu=0"], "Options": {"a": "b"}},
    ],
)
def test_device_request_matches_docker_py(kwargs: dict[str, Any]) -> None:
    ours = types.DeviceRequest(**kwargs)
    assert ours == dp.DeviceRequest(**kwargs)
    assert ours.driver == ours["Driver"] and ours.count == ours["Count"]
    assert ours.device_ids == ours["DeviceIDs"] and ours.capabilities == ours["Capabilities"]
    assert ours.options == ours["Options"]


def test_device_request_setters() -> None:
    request = types.DeviceRequest()
    request.driver, request.count, request.device_ids = "nvidia", 2, ["0"]
    request.capabilities, request.options = [["gpu"]], {"k": "v"}
    assert request == {
        "Driver": "nvidia",
        "Count": 2,
        "DeviceIDs": ["0"],
        "Capabilities": [["gpu"]],
        "Options": {"k": "v"},
    }


@pytest.mark.parametrize(
    "kwargs",
    [
        {},
        {"test": "curl -f http://localhost/ || exit 1"},
        {"test": ["CMD", "true"], "interval": 30 * 10**9, "timeout": 10**9, "retries": 3},
        {"test": ["NONE"]},
        {"test": [], "start_period": 5 * 10**9},
        {"Test": "true", "Interval": 10**9, "Timeout": 10**9, "Retries": 1, "StartPeriod": 0},
    ],
)
def test_healthcheck_matches_docker_py(kwargs: dict[str, Any]) -> None:
    assert types.Healthcheck(**kwargs) == dp.Healthcheck(**kwargs)


def test_healthcheck_durations_and_start_interval() -> None:
    healthcheck = types.Healthcheck(
        test="true",
        interval=timedelta(seconds=30),
        timeout=timedelta(milliseconds=1500),
        start_period=timedelta(minutes=1),
        start_interval=timedelta(seconds=2),
    )
    assert healthcheck == {
        "Test": ["CMD-SHELL", "true"],
        "Interval": 30 * 10**9,
        "Timeout": 1_500_000_000,
        "Retries": None,
        "StartPeriod": 60 * 10**9,
        "StartInterval": 2 * 10**9,
    }
    assert "StartInterval" not in types.Healthcheck(test="true")
    healthcheck.test = "false"
    healthcheck.interval = timedelta(microseconds=1)
    healthcheck.start_interval = 5
    healthcheck.timeout, healthcheck.retries, healthcheck.start_period = 1, 2, 3
    assert healthcheck.test == ["CMD-SHELL", "false"]
    assert (healthcheck.interval, healthcheck.timeout, healthcheck.retries) == (1000, 1, 2)
    assert (healthcheck.start_period, healthcheck.start_interval) == (3, 5)


# ------------------------------------------------------------------ networks


@pytest.mark.parametrize(
    "kwargs",
    [
        {},
        {"aliases": ["web", "app"]},
        {"links": {"app_db": "db", "another": None}},
        {"ipv4_address": "10.0.0.5", "ipv6_address": "fd00::5"},
        {"link_local_ips": ["169.254.0.5"]},
        {"link_local_ips": []},
        {"driver_opt": {"com.docker.network.endpoint.ifname": "eth5"}},
        {"mac_address": "02:42:ac:11:00:09"},
    ],
)
def test_endpoint_config_matches_docker_py(kwargs: dict[str, Any]) -> None:
    assert types.EndpointConfig(VERSION, **kwargs) == dp.EndpointConfig(VERSION, **kwargs)


def test_endpoint_config_extras_and_errors() -> None:
    assert types.EndpointConfig(gw_priority=10) == {"GwPriority": 10}
    with pytest.raises(TypeError):
        types.EndpointConfig(driver_opt=["a"])  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        types.EndpointConfig(gw_priority="1")  # type: ignore[arg-type]


def test_networking_config_matches_docker_py() -> None:
    endpoints = {"net1": types.EndpointConfig(aliases=["x"])}
    assert types.NetworkingConfig(endpoints) == dp.NetworkingConfig(endpoints)
    assert types.NetworkingConfig() == dp.NetworkingConfig() == {}


@pytest.mark.parametrize(
    "kwargs",
    [
        {},
        {"driver": "custom"},
        {"pool_configs": [{"Subnet": "10.1.0.0/16"}], "options": {"a": "b"}},
    ],
)
def test_ipam_config_matches_docker_py(kwargs: dict[str, Any]) -> None:
    assert types.IPAMConfig(**kwargs) == dp.IPAMConfig(**kwargs)
    with pytest.raises(TypeError):
        types.IPAMConfig(options=["a"])  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "kwargs",
    [
        {},
        {"subnet": "124.42.0.0/16", "iprange": "124.42.0.0/24", "gateway": "124.42.0.254"},
        {"aux_addresses": {"reserved1": "124.42.1.1"}},
    ],
)
def test_ipam_pool_matches_docker_py(kwargs: dict[str, Any]) -> None:
    assert types.IPAMPool(**kwargs) == dp.IPAMPool(**kwargs)


# ------------------------------------------------------------------ services: Mount & co

MOUNT_CASES: list[dict[str, Any]] = [
    {"target": "/data", "source": "vol"},
    {"target": "/data", "source": "vol", "read_only": True, "consistency": "cached"},
    {"target": "/data", "source": "vol", "no_copy": True, "labels": {"a": "b"}},
    {"target": "/data", "source": "vol", "driver_config": {"Name": "local"}, "subpath": "sub"},
    {"target": "/h", "source": "/srv", "type": "bind"},
    {"target": "/h", "source": "/srv", "type": "bind", "propagation": "rshared"},
    {"target": "/h", "source": "/srv", "type": "bind", "propagation": ""},
    {"target": "/t", "source": None, "type": "tmpfs"},
    {"target": "/t", "source": None, "type": "tmpfs", "tmpfs_size": "1g", "tmpfs_mode": 0o700},
    {"target": "/t", "source": None, "type": "tmpfs", "tmpfs_size": 4096},
    {"target": "//./pipe/x", "source": "//./pipe/y", "type": "npipe"},
]


@pytest.mark.parametrize("kwargs", MOUNT_CASES)
def test_mount_matches_docker_py(kwargs: dict[str, Any]) -> None:
    assert types.Mount(**kwargs) == dp.Mount(**kwargs)


@pytest.mark.parametrize(
    "kwargs",
    [
        {"type": "bind", "labels": {"a": "b"}},
        {"type": "bind", "no_copy": True},
        {"type": "bind", "subpath": "x"},
        {"type": "bind", "tmpfs_size": 1},
        {"type": "volume", "propagation": "rshared"},
        {"type": "volume", "tmpfs_mode": 0o700},
        {"type": "tmpfs", "labels": {"a": "b"}},
        {"type": "tmpfs", "driver_config": {"Name": "x"}},
        {"type": "tmpfs", "tmpfs_mode": "0700"},
    ],
)
def test_mount_incompatible_options_match_docker_py(kwargs: dict[str, Any]) -> None:
    with pytest.raises(dp_errors.InvalidArgument):
        dp.Mount("/t", "s", **kwargs)
    with pytest.raises(errors.InvalidArgument):
        types.Mount("/t", "s", **kwargs)


def test_mount_passes_newer_types_through() -> None:
    # Deliberate difference: docker-py refuses types outside its fixed list.
    with pytest.raises(dp_errors.InvalidArgument):
        dp.Mount("/img", "alpine:3", type="image")
    assert types.Mount("/img", "alpine:3", type="image", subpath="etc") == {
        "Target": "/img",
        "Source": "alpine:3",
        "Type": "image",
        "ReadOnly": False,
        "ImageOptions": {"Subpath": "etc"},
    }
    assert types.Mount("/c", "vol", type="cluster")["Type"] == "cluster"
    with pytest.raises(errors.InvalidArgument, match="labels"):
        types.Mount("/img", "alpine:3", type="image", labels={"a": "b"})
    with pytest.raises(errors.InvalidArgument, match="no_copy"):
        types.Mount("/p", "//./pipe/x", type="npipe", no_copy=True)


def test_mount_newer_bind_and_tmpfs_options() -> None:
    bind = types.Mount(
        "/h",
        "/srv",
        type="bind",
        non_recursive=True,
        create_mountpoint=True,
        read_only=True,
        read_only_non_recursive=True,
    )
    assert bind["BindOptions"] == {
        "NonRecursive": True,
        "CreateMountpoint": True,
        "ReadOnlyNonRecursive": True,
    }
    assert types.Mount("/h", "/s", type="bind", read_only_force_recursive=True)["BindOptions"] == {
        "ReadOnlyForceRecursive": True
    }
    tmpfs = types.Mount("/t", None, type="tmpfs", tmpfs_options=[["exec"]])
    assert tmpfs["TmpfsOptions"] == {"Options": [["exec"]]}
    with pytest.raises(errors.InvalidArgument, match="create_mountpoint"):
        types.Mount("/d", "vol", create_mountpoint=True)


@pytest.mark.parametrize(
    "spec",
    [
        "/data",
        "vol:/data",
        "vol:/data:rw",
        "vol:/data:ro",
        "/srv:/data",
        "/srv:/data:ro",
        "/srv:/d:rw",
    ],
)
def test_parse_mount_string_matches_docker_py(spec: str) -> None:
    assert types.Mount.parse_mount_string(spec) == dp.Mount.parse_mount_string(spec)


def test_parse_mount_string_options() -> None:
    assert types.Mount.parse_mount_string("/srv:/data:ro,rshared") == {
        "Target": "/data",
        "Source": "/srv",
        "Type": "bind",
        "ReadOnly": True,
        "BindOptions": {"Propagation": "rshared"},
    }
    assert types.Mount.parse_mount_string("vol:/data:nocopy")["VolumeOptions"] == {"NoCopy": True}
    # Deliberate difference: docker-py reads any option but "rw" as read-only.
    for bad in ("vol:/data:rshared", "/srv:/data:nocopy", "vol:/data:bogus"):
        with pytest.raises(errors.InvalidArgument, match="option"):
            types.Mount.parse_mount_string(bad)
    with pytest.raises(errors.InvalidArgument, match="format"):
        types.Mount.parse_mount_string("a:b:c:d")


@pytest.mark.parametrize(
    "kwargs",
    [
        {},
        {"condition": "on-failure", "delay": 5, "max_attempts": 3, "window": 10},
        {"condition": "any"},
    ],
)
def test_restart_policy_matches_docker_py(kwargs: dict[str, Any]) -> None:
    assert types.RestartPolicy(**kwargs) == dp.RestartPolicy(**kwargs)
    assert types.RestartPolicy.condition_types.ON_FAILURE == "on-failure"


def test_restart_policy_rejects_unknown_conditions() -> None:
    with pytest.raises(TypeError):
        dp.RestartPolicy(condition="always")
    with pytest.raises(TypeError, match="always"):
        types.RestartPolicy(condition="always")


@pytest.mark.parametrize("args", [("local",), ("local", {"o": "bind"}), ("x", {})])
def test_driver_config_matches_docker_py(args: tuple[Any, ...]) -> None:
    assert types.DriverConfig(*args) == dp.DriverConfig(*args)

"""Every HostConfig/ContainerConfig translation, checked in the real daemon's inspect output.

Each test builds a config with ``dockerapi.types``, creates a container with plain httpx
(so only the translation is under test, not the client), inspects it and removes it.
Nothing is started: create + inspect shows what the daemon understood.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
from dockerapi.types import (
    ContainerConfig,
    DeviceRequest,
    EndpointConfig,
    Healthcheck,
    HostConfig,
    IPAMConfig,
    IPAMPool,
    LogConfig,
    Mount,
    NetworkingConfig,
    Ulimit,
)

pytestmark = pytest.mark.integration

#: The translations under test are docker-py's for API 1.41, which every engine of the
#: matrix accepts; newer daemons answer such requests as a 1.41 daemon would, with the
#: differences the tests below name.
VERSION = "1.41"
IMAGE = "busybox:latest"


@pytest.fixture(autouse=True)
def _not_on_podman(engine_info: Any) -> None:
    engine_info.not_on_podman(
        "its inspect does not give HostConfig and Config back as created (options it "
        "cannot apply are dropped silently, others reported in its own terms; "
        "docs/engines.md), so the translations are checked on the Docker engines"
    )


@pytest.fixture
def http(docker_socket: str) -> Iterator[httpx.Client]:
    transport = httpx.HTTPTransport(uds=docker_socket)
    base_url = f"http://docker/v{VERSION}"
    with httpx.Client(transport=transport, base_url=base_url, timeout=60) as client:
        yield client


def _name(prefix: str = "hc") -> str:
    return f"dockerapi-test-{prefix}-{uuid.uuid4().hex[:10]}"


class Created:
    """What the daemon made of one create request."""

    def __init__(self, inspect: dict[str, Any], warnings: list[str]) -> None:
        self.inspect = inspect
        self.host_config: dict[str, Any] = inspect["HostConfig"]
        self.config: dict[str, Any] = inspect["Config"]
        self.warnings = warnings

    def reflected_or_discarded(self, key: str, expected: Any, warning_word: str) -> None:
        """The daemon kept ``expected`` under ``key``, or warned that this kernel cannot."""
        if self.host_config[key] != expected:
            assert any(warning_word in w for w in self.warnings), (key, self.warnings)


@contextmanager
def created(
    http: httpx.Client,
    config: ContainerConfig,
    name: str | None = None,
) -> Iterator[Created]:
    # As the client will: top-level keys left as None are not sent.
    body = {key: value for key, value in config.items() if value is not None}
    response = http.post("/containers/create", params={"name": name or _name()}, json=body)
    assert response.status_code == 201, response.text
    container_id = response.json()["Id"]
    try:
        inspect = http.get(f"/containers/{container_id}/json").json()
        yield Created(inspect, response.json().get("Warnings") or [])
    finally:
        http.delete(f"/containers/{container_id}", params={"force": 1, "v": 1})


def _config(host_config: HostConfig | None = None, **kwargs: Any) -> ContainerConfig:
    return ContainerConfig(
        VERSION, IMAGE, kwargs.pop("command", "true"), host_config=host_config, **kwargs
    )


def test_binds_dict_and_list_forms(http: httpx.Client, tmp_path: Path) -> None:
    sources = {name: tmp_path / name for name in ("rw", "ro", "shared", "mode", "plain")}
    for path in sources.values():
        path.mkdir()
    volume = _name("vol")
    host_config = HostConfig(
        VERSION,
        binds={
            str(sources["rw"]): {"bind": "/mnt/rw", "mode": "rw"},
            str(sources["ro"]): {"bind": "/mnt/ro", "ro": True},
            str(sources["shared"]): {"bind": "/mnt/shared", "mode": "ro", "propagation": "rslave"},
            str(sources["mode"]): {"bind": "/mnt/mode", "mode": "z"},
            str(sources["plain"]): "/mnt/plain",
            volume: {"bind": "/mnt/volume", "mode": "ro"},
        },
    )
    try:
        with created(http, _config(host_config, volumes=["/mnt/rw", "/mnt/ro"])) as c:
            assert sorted(c.host_config["Binds"]) == sorted(host_config["Binds"])
            mounts = {m["Destination"]: m for m in c.inspect["Mounts"]}
            assert mounts["/mnt/rw"]["RW"] is True
            assert mounts["/mnt/ro"]["RW"] is False
            assert mounts["/mnt/shared"]["RW"] is False
            assert mounts["/mnt/shared"]["Propagation"] == "rslave"
            assert mounts["/mnt/plain"]["RW"] is True
            assert mounts["/mnt/volume"]["Type"] == "volume"
            assert mounts["/mnt/volume"]["Name"] == volume
            assert mounts["/mnt/volume"]["RW"] is False
    finally:
        http.delete(f"/volumes/{volume}")

    listed = HostConfig(VERSION, binds=[f"{sources['ro']}:/mnt/list:ro"])
    with created(http, _config(listed)) as c:
        assert c.host_config["Binds"] == [f"{sources['ro']}:/mnt/list:ro"]
        assert c.inspect["Mounts"][0]["RW"] is False


def test_port_bindings_all_forms(http: httpx.Client) -> None:
    port_bindings = {
        1111: 4567,
        2222: None,
        "3333/udp": ("127.0.0.1", 3333),
        4444: ("127.0.0.1",),
        5555: [1234, ("127.0.0.1", 1235)],
        6666: "7000-7010",
        "53/udp": 5353,
        "8000-8002": "9000-9002",
        "8100-8101/udp": ("127.0.0.1",),
    }
    host_config = HostConfig(VERSION, port_bindings=port_bindings)
    ports = [1111, 2222, (3333, "udp"), "4444", 5555, 6666, "53/udp", "8000-8002", "8100-8101/udp"]
    with created(http, _config(host_config, ports=ports)) as c:
        assert c.host_config["PortBindings"] == {
            "1111/tcp": [{"HostIp": "", "HostPort": "4567"}],
            "2222/tcp": [{"HostIp": "", "HostPort": ""}],
            "3333/udp": [{"HostIp": "127.0.0.1", "HostPort": "3333"}],
            "4444/tcp": [{"HostIp": "127.0.0.1", "HostPort": ""}],
            "5555/tcp": [
                {"HostIp": "", "HostPort": "1234"},
                {"HostIp": "127.0.0.1", "HostPort": "1235"},
            ],
            "6666/tcp": [{"HostIp": "", "HostPort": "7000-7010"}],
            "53/udp": [{"HostIp": "", "HostPort": "5353"}],
            "8000/tcp": [{"HostIp": "", "HostPort": "9000"}],
            "8001/tcp": [{"HostIp": "", "HostPort": "9001"}],
            "8002/tcp": [{"HostIp": "", "HostPort": "9002"}],
            "8100/udp": [{"HostIp": "127.0.0.1", "HostPort": ""}],
            "8101/udp": [{"HostIp": "127.0.0.1", "HostPort": ""}],
        }
        assert set(c.config["ExposedPorts"]) == set(c.host_config["PortBindings"])

    with created(http, _config(HostConfig(VERSION, publish_all_ports=True), ports=[80])) as c:
        assert c.host_config["PublishAllPorts"] is True
        assert c.config["ExposedPorts"] == {"80/tcp": {}}


def test_memory_options(http: httpx.Client) -> None:
    host_config = HostConfig(
        VERSION,
        mem_limit="64m",
        memswap_limit="128m",
        mem_reservation="32m",
        kernel_memory="50m",
        shm_size="16m",
        mem_swappiness=10,
        oom_kill_disable=True,
        oom_score_adj=500,
    )
    with created(http, _config(host_config)) as c:
        assert c.host_config["Memory"] == 64 * 1024**2
        assert c.host_config["MemorySwap"] == 128 * 1024**2
        assert c.host_config["MemoryReservation"] == 32 * 1024**2
        assert c.host_config["ShmSize"] == 16 * 1024**2
        assert c.host_config["OomScoreAdj"] == 500
        c.reflected_or_discarded("KernelMemory", 50 * 1024**2, "kernel memory")
        c.reflected_or_discarded("MemorySwappiness", 10, "swappiness")
        c.reflected_or_discarded("OomKillDisable", True, "OOM")


def test_cpu_options(http: httpx.Client) -> None:
    host_config = HostConfig(
        VERSION,
        cpu_shares=512,
        cpu_period=100000,
        cpu_quota=50000,
        cpuset_cpus="0",
        cpuset_mems="0",
        cpu_rt_period=1000000,
        cpu_rt_runtime=950000,
        cpu_count=2,
        cpu_percent=50,
    )
    with created(http, _config(host_config)) as c:
        assert c.host_config["CpuShares"] == 512
        assert c.host_config["CpuPeriod"] == 100000
        assert c.host_config["CpuQuota"] == 50000
        assert c.host_config["CpusetCpus"] == "0"
        assert c.host_config["CpusetMems"] == "0"
        assert c.host_config["CpuRealtimePeriod"] == 1000000
        assert c.host_config["CpuRealtimeRuntime"] == 950000
        # CpuCount/CpuPercent are Windows options; Linux daemons may discard them with a warning.
        c.reflected_or_discarded("CpuCount", 2, "CPU count")
        c.reflected_or_discarded("CpuPercent", 50, "CPU percent")

    # NanoCpus conflicts with CpuPeriod/CpuQuota in the daemon, so on its own.
    with created(http, _config(HostConfig(VERSION, nano_cpus=500_000_000))) as c:
        assert c.host_config["NanoCpus"] == 500_000_000


def test_blkio_options(http: httpx.Client) -> None:
    rate = [{"Path": "/dev/null", "Rate": 1024}]
    host_config = HostConfig(
        VERSION,
        blkio_weight=300,
        blkio_weight_device=[{"Path": "/dev/null", "Weight": 200}],
        device_read_bps=rate,
        device_write_bps=[{"Path": "/dev/null", "Rate": 2048}],
        device_read_iops=[{"Path": "/dev/null", "Rate": 100}],
        device_write_iops=[{"Path": "/dev/null", "Rate": 200}],
    )
    with created(http, _config(host_config)) as c:
        c.reflected_or_discarded("BlkioWeight", 300, "Block I/O weight")
        c.reflected_or_discarded(
            "BlkioWeightDevice", [{"Path": "/dev/null", "Weight": 200}], "weight_device"
        )
        c.reflected_or_discarded("BlkioDeviceReadBps", rate, "throttle")
        c.reflected_or_discarded(
            "BlkioDeviceWriteBps", [{"Path": "/dev/null", "Rate": 2048}], "throttle"
        )
        c.reflected_or_discarded(
            "BlkioDeviceReadIOps", [{"Path": "/dev/null", "Rate": 100}], "IOPs"
        )
        c.reflected_or_discarded(
            "BlkioDeviceWriteIOps", [{"Path": "/dev/null", "Rate": 200}], "IOPs"
        )


def test_devices_and_device_requests(http: httpx.Client) -> None:
    host_config = HostConfig(
        VERSION,
        devices=["/dev/null:/dev/mynull:rw", "/dev/zero"],
        device_cgroup_rules=["c 1:3 mr", "a 7:* rmw"],
        device_requests=[DeviceRequest(count=-1, capabilities=[["gpu"]]), {"driver": "cdi"}],
    )
    with created(http, _config(host_config)) as c:
        assert c.host_config["Devices"] == [
            {
                "PathOnHost": "/dev/null",
                "PathInContainer": "/dev/mynull",
                "CgroupPermissions": "rw",
            },
            {"PathOnHost": "/dev/zero", "PathInContainer": "/dev/zero", "CgroupPermissions": "rwm"},
        ]
        assert c.host_config["DeviceCgroupRules"] == ["c 1:3 mr", "a 7:* rmw"]
        assert c.host_config["DeviceRequests"] == [
            {"Driver": "", "Count": -1, "DeviceIDs": [], "Capabilities": [["gpu"]], "Options": {}},
            {"Driver": "cdi", "Count": 0, "DeviceIDs": [], "Capabilities": [], "Options": {}},
        ]


def test_namespaces_and_security(http: httpx.Client) -> None:
    host_config = HostConfig(
        VERSION,
        cap_add=["SYS_ADMIN", "MKNOD"],
        cap_drop=["NET_RAW"],
        security_opt=["no-new-privileges"],
        ipc_mode="shareable",
        pid_mode="host",
        uts_mode="host",
        userns_mode="host",
        cgroupns="private",
        group_add=["audio", 1000],
        read_only=True,
        pids_limit=100,
        init=True,
        masked_paths=["/proc/kcore"],
        readonly_paths=["/proc/sys"],
        cgroup_parent="dockerapi-test",
        isolation="default",
    )
    with created(http, _config(host_config)) as c:
        assert c.host_config["CapAdd"] == ["SYS_ADMIN", "MKNOD"]
        assert c.host_config["CapDrop"] == ["NET_RAW"]
        # The daemon adds "label=disable" for the host PID namespace.
        assert "no-new-privileges" in c.host_config["SecurityOpt"]
        assert c.host_config["IpcMode"] == "shareable"
        assert c.host_config["PidMode"] == "host"
        assert c.host_config["UTSMode"] == "host"
        assert c.host_config["UsernsMode"] == "host"
        assert c.host_config["CgroupnsMode"] == "private"
        assert c.host_config["GroupAdd"] == ["audio", "1000"]
        assert c.host_config["ReadonlyRootfs"] is True
        assert c.host_config["PidsLimit"] == 100
        assert c.host_config["Init"] is True
        assert c.host_config["MaskedPaths"] == ["/proc/kcore"]
        assert c.host_config["ReadonlyPaths"] == ["/proc/sys"]
        assert c.host_config["CgroupParent"] == "dockerapi-test"
        assert c.host_config["Isolation"] == "default"

    with created(http, _config(HostConfig(VERSION, privileged=True))) as c:
        assert c.host_config["Privileged"] is True


def test_dns_hosts_and_network_mode(http: httpx.Client) -> None:
    host_config = HostConfig(
        VERSION,
        dns=["10.0.0.53"],
        dns_opt=["ndots:2", "timeout:1"],
        dns_search=["example.test"],
        extra_hosts={"db": "10.0.0.2", "web": "10.0.0.3"},
        network_mode="none",
    )
    with created(http, _config(host_config)) as c:
        assert c.host_config["Dns"] == ["10.0.0.53"]
        assert c.host_config["DnsOptions"] == ["ndots:2", "timeout:1"]
        assert c.host_config["DnsSearch"] == ["example.test"]
        assert c.host_config["ExtraHosts"] == ["db:10.0.0.2", "web:10.0.0.3"]
        assert c.host_config["NetworkMode"] == "none"

    with created(http, _config(HostConfig(VERSION, extra_hosts=["api:10.0.0.4"]))) as c:
        assert c.host_config["ExtraHosts"] == ["api:10.0.0.4"]
        # 20.10 keeps "default"; newer daemons store the default network by its name
        assert c.host_config["NetworkMode"] in ("default", "bridge")


def test_links_and_volumes_from(http: httpx.Client) -> None:
    target = _name("target")
    with created(http, _config(volumes=["/shared"]), name=target):
        host_config = HostConfig(VERSION, links={target: "alias"}, volumes_from=f"{target}:ro")
        name = _name("linked")
        with created(http, _config(host_config), name=name) as c:
            assert c.host_config["Links"] == [f"/{target}:/{name}/alias"]
            assert c.host_config["VolumesFrom"] == [f"{target}:ro"]
            shared = [m for m in c.inspect["Mounts"] if m["Destination"] == "/shared"]
            assert len(shared) == 1 and shared[0]["RW"] is False


def test_restart_logging_limits_sysctls_tmpfs(http: httpx.Client) -> None:
    host_config = HostConfig(
        VERSION,
        restart_policy={"Name": "on-failure", "MaximumRetryCount": 3},
        log_config=LogConfig(type=LogConfig.types.JSON, config={"max-size": "1m", "max-file": "2"}),
        ulimits=[
            Ulimit(name="nofile", soft=1024, hard=2048),
            {"name": "nproc", "soft": 512, "hard": 512},
        ],
        sysctls={"net.ipv4.ip_forward": 1, "net.core.somaxconn": "1024"},
        tmpfs={"/run": "", "/cache": "size=64m,uid=1000"},
        runtime="runc",
        volume_driver="local",
    )
    with created(http, _config(host_config)) as c:
        assert c.host_config["RestartPolicy"] == {"Name": "on-failure", "MaximumRetryCount": 3}
        assert c.host_config["LogConfig"] == {
            "Type": "json-file",
            "Config": {"max-size": "1m", "max-file": "2"},
        }
        assert c.host_config["Ulimits"] == [
            {"Name": "nofile", "Soft": 1024, "Hard": 2048},
            {"Name": "nproc", "Soft": 512, "Hard": 512},
        ]
        assert c.host_config["Sysctls"] == {
            "net.ipv4.ip_forward": "1",
            "net.core.somaxconn": "1024",
        }
        assert c.host_config["Tmpfs"] == {"/run": "", "/cache": "size=64m,uid=1000"}
        assert c.host_config["Runtime"] == "runc"
        assert c.host_config["VolumeDriver"] == "local"

    listed = HostConfig(VERSION, tmpfs=["/run", "/tmp:size=8m"], auto_remove=True)
    with created(http, _config(listed)) as c:
        assert c.host_config["Tmpfs"] == {"/run": "", "/tmp": "size=8m"}
        assert c.host_config["AutoRemove"] is True


def test_storage_opt_reaches_the_daemon(http: httpx.Client) -> None:
    # The storage driver decides whether it supports per-container sizes; either way
    # the daemon must have read our StorageOpt.
    config = _config(HostConfig(VERSION, storage_opt={"size": "1G"}))
    response = http.post("/containers/create", params={"name": _name()}, json=config)
    if response.status_code == 201:
        container_id = response.json()["Id"]
        try:
            inspect = http.get(f"/containers/{container_id}/json").json()
            assert inspect["HostConfig"]["StorageOpt"] == {"size": "1G"}
        finally:
            http.delete(f"/containers/{container_id}", params={"force": 1})
    else:
        assert "storage-opt" in response.json()["message"]


def test_mounts(http: httpx.Client, tmp_path: Path, engine_info: Any) -> None:
    volume = _name("mountvol")
    host_config = HostConfig(
        VERSION,
        mounts=[
            Mount("/data", volume, labels={"purpose": "test"}, no_copy=True),
            Mount("/host", str(tmp_path), type="bind", read_only=True, propagation="rprivate"),
            Mount("/scratch", None, type="tmpfs", tmpfs_size="8m", tmpfs_mode=0o1777),
            f"{tmp_path}:/from-string:ro",
        ],
    )
    try:
        with created(http, _config(host_config)) as c:
            by_target = {m["Target"]: m for m in c.host_config["Mounts"]}
            assert by_target["/data"]["Type"] == "volume"
            assert by_target["/data"]["VolumeOptions"] == {
                "NoCopy": True,
                "Labels": {"purpose": "test"},
            }
            bind_options = {"Propagation": "rprivate"}
            if engine_info.api_at_least("1.44"):
                # read-only binds became recursive in 1.44; a daemon answering an
                # older request keeps them non-recursive, and says so
                bind_options["ReadOnlyNonRecursive"] = True
            assert by_target["/host"]["BindOptions"] == bind_options
            assert by_target["/host"]["ReadOnly"] is True
            assert by_target["/scratch"]["TmpfsOptions"] == {
                "SizeBytes": 8 * 1024**2,
                "Mode": 0o1777,
            }
            assert by_target["/from-string"]["Type"] == "bind"
            assert by_target["/from-string"]["ReadOnly"] is True
            points = {m["Destination"]: m for m in c.inspect["Mounts"]}
            assert points["/data"]["Name"] == volume
            assert points["/host"]["RW"] is False
        labels = http.get(f"/volumes/{volume}").json()["Labels"]
        assert labels == {"purpose": "test"}
    finally:
        http.delete(f"/volumes/{volume}")


def test_console_size_newer_than_docker_py(
    http: httpx.Client, docker_socket: str, engine_info: Any
) -> None:
    config = _config(HostConfig(VERSION, console_size=(24, 80)), tty=True)
    with created(http, config) as c:
        # a 1.41 daemon keeps it; newer ones drop it from requests older than 1.42
        expected = [0, 0] if engine_info.api_at_least("1.42") else [24, 80]
        assert c.host_config["ConsoleSize"] == expected
    if engine_info.api_at_least("1.42"):
        # ... and keep it when asked at 1.42 or newer
        transport = httpx.HTTPTransport(uds=docker_socket)
        base = f"http://docker/v{engine_info.api_version}"
        with (
            httpx.Client(transport=transport, base_url=base, timeout=60) as newer,
            created(newer, config) as c,
        ):
            assert c.host_config["ConsoleSize"] == [24, 80]


def test_container_config_options(http: httpx.Client) -> None:
    config = ContainerConfig(
        VERSION,
        IMAGE,
        "sh -c 'echo \"a b\"'",
        hostname="box",
        domainname="example.test",
        user=1000,
        stdin_open=True,
        tty=True,
        ports=[80, (53, "udp"), "8080/udp", "9000-9001"],
        environment={"A": "1", "B": "two words", "FLAG": None},
        volumes=["/v1", "/v2"],
        entrypoint="/bin/sh -e",
        working_dir="/tmp",
        labels=["marker", "other"],
        stop_signal="SIGINT",
        stop_timeout=3,
        mac_address="02:42:ac:11:00:42",
        healthcheck=Healthcheck(
            test="true",
            interval=timedelta(seconds=30),
            timeout=timedelta(seconds=2),
            retries=3,
            start_period=timedelta(seconds=5),
        ),
        host_config=HostConfig(VERSION),
    )
    with created(http, config) as c:
        cfg = c.config
        assert cfg["Cmd"] == ["sh", "-c", 'echo "a b"']
        assert cfg["Entrypoint"] == ["/bin/sh", "-e"]
        assert cfg["Hostname"] == "box"
        assert cfg["Domainname"] == "example.test"
        assert cfg["User"] == "1000"
        assert cfg["OpenStdin"] is True and cfg["StdinOnce"] is True and cfg["Tty"] is True
        assert cfg["AttachStdin"] is True and cfg["AttachStdout"] is True
        assert set(cfg["ExposedPorts"]) == {"80/tcp", "53/udp", "8080/udp", "9000/tcp", "9001/tcp"}
        assert {"A=1", "B=two words"} <= set(cfg["Env"])
        assert "FLAG" in cfg["Env"]  # a bare name: the daemon keeps it as given
        assert set(cfg["Volumes"]) == {"/v1", "/v2"}
        assert cfg["WorkingDir"] == "/tmp"
        assert cfg["Labels"] == {"marker": "", "other": ""}
        assert cfg["StopSignal"] == "SIGINT"
        assert cfg["StopTimeout"] == 3
        assert cfg["Healthcheck"] == {
            "Test": ["CMD-SHELL", "true"],
            "Interval": 30 * 10**9,
            "Timeout": 2 * 10**9,
            "StartPeriod": 5 * 10**9,
            "Retries": 3,
        }
        assert c.inspect["NetworkSettings"]["MacAddress"] in ("", "02:42:ac:11:00:42")
        assert cfg.get("MacAddress", "02:42:ac:11:00:42") == "02:42:ac:11:00:42"

    detached = ContainerConfig(VERSION, IMAGE, ["true"], detach=True, labels={"k": "v"})
    with created(http, detached) as c:
        assert c.config["AttachStdout"] is False and c.config["AttachStdin"] is False
        assert c.config["Labels"] == {"k": "v"}


def test_runtime_reaches_the_daemon_through_container_config(http: httpx.Client) -> None:
    # docker-py puts runtime only at the top level, which the daemon ignores.
    config = ContainerConfig(
        VERSION, IMAGE, "true", runtime="runc", host_config=HostConfig(VERSION)
    )
    with created(http, config) as c:
        assert c.host_config["Runtime"] == "runc"


def test_networking_config_and_endpoint_config(http: httpx.Client) -> None:
    network = _name("net")
    ipam = IPAMConfig(pool_configs=[IPAMPool(subnet="172.30.199.0/24", gateway="172.30.199.1")])
    response = http.post(
        "/networks/create",
        json={"Name": network, "Internal": True, "IPAM": ipam, "CheckDuplicate": True},
    )
    assert response.status_code == 201, response.text
    try:
        inspected = http.get(f"/networks/{network}").json()
        assert inspected["IPAM"]["Config"][0]["Subnet"] == "172.30.199.0/24"
        assert inspected["IPAM"]["Config"][0]["Gateway"] == "172.30.199.1"

        endpoint = EndpointConfig(
            VERSION,
            aliases=["web", "app"],
            ipv4_address="172.30.199.10",
            driver_opt={"com.example.opt": "1"},
        )
        config = _config(
            HostConfig(VERSION, network_mode=network),
            networking_config=NetworkingConfig({network: endpoint}),
        )
        with created(http, config) as c:
            settings = c.inspect["NetworkSettings"]["Networks"][network]
            assert {"web", "app"} <= set(settings["Aliases"])
            assert settings["IPAMConfig"]["IPv4Address"] == "172.30.199.10"
            assert settings["DriverOpts"] == {"com.example.opt": "1"}
    finally:
        http.delete(f"/networks/{network}")

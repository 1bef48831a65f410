"""Service and swarm types against docker-py's (the oracle), plus our additions."""

from __future__ import annotations

from typing import Any

import docker.errors as dp_errors
import docker.types as dp
import pytest
from dockerapi import errors, types


def _both(type_name: str, /, *args: Any, **kwargs: Any) -> tuple[Any, Any]:
    return getattr(types, type_name)(*args, **kwargs), getattr(dp, type_name)(*args, **kwargs)


CONTAINER_SPECS: list[dict[str, Any]] = [
    {},
    {"command": "sh -c 'echo hi'", "args": ["x"]},
    {"command": ["echo", "hi"], "hostname": "h", "workdir": "/w", "user": "nobody"},
    {"env": {"A": "1", "B": None}},
    {"env": ["A=1"]},
    {"labels": {"a": "b"}, "groups": ["g"], "stop_signal": "SIGINT", "stop_grace_period": 10},
    {"hosts": {"db": "10.0.0.2", "api": "10.0.0.3"}},
    {"mounts": ["/srv:/data:ro", "vol:/v"]},
    {"mounts": [{"Target": "/t", "Type": "tmpfs"}]},
    {"secrets": [], "configs": []},
    {"tty": True, "open_stdin": False, "read_only": True, "isolation": "default", "init": True},
    {"dns_config": {"Nameservers": ["1.1.1.1"]}, "privileges": {"SELinuxContext": {}}},
    {"cap_add": ["NET_ADMIN"], "cap_drop": ["MKNOD"], "sysctls": {"net.core.somaxconn": "1"}},
]


@pytest.mark.parametrize("kwargs", CONTAINER_SPECS)
def test_container_spec_matches_docker_py(kwargs: dict[str, Any]) -> None:
    ours, theirs = _both("ContainerSpec", "busybox", **kwargs)
    assert ours == theirs


@pytest.mark.parametrize(
    "kwargs",
    [{"secrets": "s"}, {"configs": "c"}, {"cap_add": "X"}, {"cap_drop": "X"}, {"sysctls": []}],
)
def test_container_spec_type_errors_match_docker_py(kwargs: dict[str, Any]) -> None:
    with pytest.raises(TypeError):
        dp.ContainerSpec("busybox", **kwargs)
    with pytest.raises(TypeError):
        types.ContainerSpec("busybox", **kwargs)


def test_container_spec_names_the_health_check_as_the_spec_does() -> None:
    """docker-py writes "Healthcheck" (the daemon reads JSON keys in any case); the
    spec's "HealthCheck" is what the version table gates (StartInterval: API 1.44)."""
    check = {"Test": ["CMD", "true"]}
    ours = types.ContainerSpec("busybox", healthcheck=check)
    theirs = dp.ContainerSpec("busybox", healthcheck=check)
    assert ours["HealthCheck"] == theirs["Healthcheck"] == check
    assert "Healthcheck" not in ours


def test_container_spec_additions() -> None:
    spec = types.ContainerSpec(
        "busybox",
        hosts=["10.0.0.2 db"],
        ulimits=[{"name": "nofile", "soft": 1, "hard": 2}],
        oom_score_adj=-100,
    )
    assert spec["Hosts"] == ["10.0.0.2 db"]
    assert spec["Ulimits"] == [{"Name": "nofile", "Soft": 1, "Hard": 2}]
    assert spec["OomScoreAdj"] == -100
    with pytest.raises(TypeError):
        types.ContainerSpec("busybox", oom_score_adj="1")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "kwargs",
    [
        {},
        {"resources": {"Limits": {"NanoCPUs": 1}}, "restart_policy": {"Condition": "any"}},
        {"placement": ["node.role==manager"]},
        {"placement": {"Constraints": ["x"]}},
        {"log_driver": {"Name": "json-file"}, "networks": ["net", {"Target": "n2"}]},
        {"force_update": 3},
        {"force_update": 0},
    ],
)
def test_task_template_matches_docker_py(kwargs: dict[str, Any]) -> None:
    ours, theirs = _both("TaskTemplate", {"Image": "busybox"}, **kwargs)
    assert ours == theirs
    assert ours.container_spec == {"Image": "busybox"}
    assert (ours.resources, ours.restart_policy, ours.placement) == (
        theirs.resources,
        theirs.restart_policy,
        theirs.placement,
    )
    with pytest.raises(TypeError):
        types.TaskTemplate({}, force_update="1")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "kwargs",
    [
        {},
        {"cpu_limit": 10**9, "mem_limit": 2**20},
        {"cpu_reservation": 5 * 10**8, "mem_reservation": 2**19},
        {"generic_resources": {"gpu": 2, "ssd": "fast"}},
        {"generic_resources": [{"DiscreteResourceSpec": {"Kind": "gpu", "Value": 1}}]},
    ],
)
def test_resources_match_docker_py(kwargs: dict[str, Any]) -> None:
    ours, theirs = _both("Resources", **kwargs)
    assert ours == theirs


@pytest.mark.parametrize("generic", ["gpu", {"gpu": 1.5}, {"gpu": None}])
def test_resources_errors_match_docker_py(generic: Any) -> None:
    with pytest.raises(dp_errors.InvalidArgument):
        dp.Resources(generic_resources=generic)
    with pytest.raises(errors.InvalidArgument):
        types.Resources(generic_resources=generic)


@pytest.mark.parametrize("name", ["UpdateConfig", "RollbackConfig"])
@pytest.mark.parametrize(
    "kwargs",
    [
        {},
        {"parallelism": 2, "delay": 10**9, "failure_action": "rollback"},
        {"monitor": 5 * 10**9, "max_failure_ratio": 0.25, "order": "start-first"},
        {"max_failure_ratio": 1},
    ],
)
def test_update_and_rollback_config_match_docker_py(name: str, kwargs: dict[str, Any]) -> None:
    ours, theirs = _both(name, **kwargs)
    assert ours == theirs


@pytest.mark.parametrize(
    ("kwargs", "error"),
    [
        ({"failure_action": "explode"}, dp_errors.InvalidArgument),
        ({"monitor": 1.5}, TypeError),
        ({"max_failure_ratio": "0.5"}, TypeError),
        ({"max_failure_ratio": 1.5}, dp_errors.InvalidArgument),
        ({"order": "random"}, dp_errors.InvalidArgument),
    ],
)
def test_update_config_errors_match_docker_py(kwargs: dict[str, Any], error: type) -> None:
    with pytest.raises(error):
        dp.UpdateConfig(**kwargs)
    ours_error = errors.InvalidArgument if error is dp_errors.InvalidArgument else error
    with pytest.raises(ours_error):
        types.UpdateConfig(**kwargs)


@pytest.mark.parametrize(
    "kwargs",
    [
        {},
        {"mode": "dnsrr"},
        {"ports": {8080: 80}},
        {"ports": {8080: (80,), 53: (53, "udp"), 9000: (90, None, "host")}},
        {"ports": [{"PublishedPort": 1, "TargetPort": 2}]},
    ],
)
def test_endpoint_spec_matches_docker_py(kwargs: dict[str, Any]) -> None:
    ours, theirs = _both("EndpointSpec", **kwargs)
    assert ours == theirs


def test_endpoint_spec_errors() -> None:
    with pytest.raises(TypeError):
        types.EndpointSpec(ports="8080:80")  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        types.EndpointSpec(ports={1: (1, "tcp", "host", "x")})


@pytest.mark.parametrize(
    ("args", "kwargs"),
    [
        (("replicated",), {}),
        (("replicated",), {"replicas": 3}),
        (("global",), {}),
        (("replicated-job",), {"replicas": 5}),
        (("replicated-job",), {"replicas": 5, "concurrency": 2}),
        (("global-job",), {}),
    ],
)
def test_service_mode_matches_docker_py(args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
    ours, theirs = _both("ServiceMode", *args, **kwargs)
    assert ours == theirs
    assert ours.mode == theirs.mode
    assert ours.replicas == theirs.replicas


@pytest.mark.parametrize(
    ("args", "kwargs"),
    [(("sometimes",), {}), (("global",), {"replicas": 1}), (("global-job",), {"concurrency": 1})],
)
def test_service_mode_errors_match_docker_py(args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
    with pytest.raises(dp_errors.InvalidArgument):
        dp.ServiceMode(*args, **kwargs)
    with pytest.raises(errors.InvalidArgument):
        types.ServiceMode(*args, **kwargs)


@pytest.mark.parametrize(
    ("args", "kwargs"),
    [
        (("replicated",), {"replicas": -1}),
        (("replicated-job",), {"replicas": -2}),
        (("replicated-job",), {"replicas": 2, "concurrency": -1}),
        (("replicated",), {"replicas": "3"}),
        (("replicated",), {"replicas": True}),
    ],
)
def test_service_mode_refuses_counts_docker_py_sends(
    args: tuple[Any, ...], kwargs: dict[str, Any]
) -> None:
    dp.ServiceMode(*args, **kwargs)  # docker-py builds it; the daemon would refuse it
    with pytest.raises(errors.InvalidArgument, match=r"replicas|concurrency"):
        types.ServiceMode(*args, **kwargs)


@pytest.mark.parametrize("name", ["SecretReference", "ConfigReference"])
@pytest.mark.parametrize(
    ("args", "kwargs"),
    [
        (("id1", "name1"), {}),
        (("id1", "name1"), {"filename": "f", "uid": "1", "gid": "2", "mode": 0o400}),
        (({"ID": "id2"}, "name2"), {}),
        (({"Id": "id3"}, "name3"), {}),
    ],
)
def test_references_match_docker_py(
    name: str, args: tuple[Any, ...], kwargs: dict[str, Any]
) -> None:
    ours, theirs = _both(name, *args, **kwargs)
    assert ours == theirs


def test_references_need_an_id() -> None:
    with pytest.raises(errors.NullResource):
        types.SecretReference("", "name")
    with pytest.raises(errors.NullResource):
        types.ConfigReference({"Name": "x"}, "name")  # type: ignore[arg-type]
    assert types.SecretReference(secret_id="abc", secret_name="n")["SecretID"] == "abc"


@pytest.mark.parametrize(
    "kwargs",
    [
        {},
        {"constraints": ["node.role==manager"]},
        {"preferences": [("spread", "node.labels.zone")], "maxreplicas": 2},
        {"preferences": [types.PlacementPreference("spread", "x")]},
        {"platforms": [("amd64", "linux"), ("arm64", "linux")]},
    ],
)
def test_placement_matches_docker_py(kwargs: dict[str, Any]) -> None:
    ours, theirs = _both("Placement", **kwargs)
    assert ours == theirs


def test_placement_preference_errors() -> None:
    with pytest.raises(dp_errors.InvalidArgument):
        dp.PlacementPreference("pack", "x")
    with pytest.raises(errors.InvalidArgument):
        types.PlacementPreference("pack", "x")


def test_small_service_types_match_docker_py() -> None:
    pairs = [
        _both("DNSConfig"),
        _both("DNSConfig", ["1.1.1.1"], ["example.com"], ["ndots:2"]),
        _both("NetworkAttachmentConfig", "net"),
        _both("NetworkAttachmentConfig", "net", ["a"], {"o": "v"}),
        _both("Privileges"),
        _both("Privileges", credentialspec_file="spec.json", selinux_disable=True),
        _both("Privileges", credentialspec_registry="reg", selinux_user="u", selinux_level="s0"),
        _both("SwarmExternalCA", "https://ca.example", "cfssl", {"a": "b"}, "PEM"),
    ]
    for ours, theirs in pairs:
        assert ours == theirs


def test_privileges_errors_and_additions() -> None:
    with pytest.raises(errors.InvalidArgument):
        types.Privileges(credentialspec_file="f", credentialspec_registry="r")
    privileges = types.Privileges(
        seccomp={"Mode": "default"}, apparmor={"Mode": "disabled"}, no_new_privileges=True
    )
    assert privileges["Seccomp"] == {"Mode": "default"}
    assert privileges["AppArmor"] == {"Mode": "disabled"}
    assert privileges["NoNewPrivileges"] is True


@pytest.mark.parametrize(
    "kwargs",
    [
        {},
        {"task_history_retention_limit": 5, "name": "default", "labels": {"a": "b"}},
        {"snapshot_interval": 10000, "heartbeat_tick": 1},
        {"dispatcher_heartbeat_period": 5 * 10**9, "node_cert_expiry": 10**15},
        {"external_cas": [{"URL": "https://ca", "Protocol": "cfssl"}]},
        {"signing_ca_cert": "C", "signing_ca_key": "K", "ca_force_rotate": 1},
        {"autolock_managers": True, "log_driver": {"Name": "json-file"}},
    ],
)
def test_swarm_spec_matches_docker_py(kwargs: dict[str, Any]) -> None:
    ours, theirs = _both("SwarmSpec", "1.41", **kwargs)
    assert ours == theirs

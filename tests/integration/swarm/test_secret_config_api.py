"""Secrets and configs on a real swarm, sync and async (one body for both clients):
made, listed, inspected, mounted into a task and read back from its output, removed.
A secret's data never shows in what the client prints or raises."""

from __future__ import annotations

import base64
import pickle
import uuid
from typing import Any

import pytest
from both_clients import call, items
from dockerapi.errors import APIError, InvalidArgument, NotFound
from dockerapi.types import (
    ConfigReference,
    ContainerSpec,
    RestartPolicy,
    SecretReference,
    ServiceMode,
    TaskTemplate,
)

pytestmark = pytest.mark.integration

IMAGE = "busybox:latest"
#: The fixtures' types (tests/integration/swarm/conftest.py), by name.
Swarm = Any


def unique(prefix: str) -> str:
    return f"dockerapi-{prefix}-{uuid.uuid4().hex[:8]}"


async def test_secrets_and_configs_reach_a_task(
    client: Any, swarm: Swarm, owned: dict[str, str], docker_py: Any, until: Any
) -> None:
    secret_data = f"s3cret-{uuid.uuid4().hex}"
    secret_name, binary_name, config_name = unique("secret"), unique("bin"), unique("conf")
    secret = await call(client, "create_secret", secret_name, secret_data, labels=owned)
    binary = await call(client, "create_secret", binary_name, b"\x00\xffbytes", labels=owned)
    config = await call(
        client,
        "create_config",
        config_name,
        b'service={{ .Service.Name }} greeting={{ env "GREETING" }}',
        labels=owned,
        templating={"name": "golang"},
    )

    # inspect and list: metadata, never a secret's data
    inspected = await call(client, "inspect_secret", secret["ID"])
    assert inspected == docker_py.inspect_secret(secret["ID"])
    assert inspected["Spec"]["Name"] == secret_name and inspected["Spec"]["Labels"] == owned
    assert "Data" not in inspected["Spec"]
    assert await call(client, "inspect_secret", secret_name) == inspected
    listed = await call(client, "secrets", filters={"name": secret_name})
    assert [s["ID"] for s in listed] == [secret["ID"]]
    assert listed == docker_py.secrets(filters={"name": secret_name})
    conf = await call(client, "inspect_config", config)
    assert conf == docker_py.inspect_config(config["ID"])
    assert base64.b64decode(conf["Spec"]["Data"]).startswith(b"service={{")
    assert conf["Spec"]["Templating"]["Name"] == "golang"
    assert [c["ID"] for c in await call(client, "configs", filters={"name": config_name})] == [
        config["ID"]
    ]

    # mounted into a task, as files, and read back from its output
    name = unique("reader")
    service = await call(
        client,
        "create_service",
        TaskTemplate(
            ContainerSpec(
                IMAGE,
                command=[
                    "sh",
                    "-c",
                    "cat /run/secrets/app.secret; echo; wc -c < /run/secrets/bin; "
                    "cat /etc/app.conf; echo; stat -c %a /run/secrets/app.secret",
                ],
                env={"GREETING": "hello"},
                secrets=[
                    SecretReference(secret["ID"], secret_name, filename="app.secret", mode=0o400),
                    SecretReference(binary, binary_name, filename="bin"),
                ],
                configs=[ConfigReference(config["ID"], config_name, filename="/etc/app.conf")],
            ),
            restart_policy=RestartPolicy(condition="none"),
        ),
        name=name,
        labels=owned,
        mode=ServiceMode("replicated-job", replicas=1),
    )

    async def completed() -> bool:
        tasks = await call(client, "tasks", filters={"service": service["ID"]})
        return any(task["Status"]["State"] == "complete" for task in tasks)

    await until(completed, "the reader task")
    output = b"".join(await items(await call(client, "service_logs", service["ID"], stdout=True)))
    assert output.decode().split("\n") == [
        secret_data,
        "7",
        f"service={name} greeting=hello",
        "400",
        "",
    ]

    # in use: the daemon refuses to remove it
    with pytest.raises(APIError, match="in use"):
        await call(client, "remove_secret", secret["ID"])
    await call(client, "remove_service", service["ID"])
    await until(lambda: _gone(client, service["ID"]), "the service's tasks to go")
    assert await call(client, "remove_secret", secret["ID"]) is True
    assert await call(client, "remove_secret", {"ID": binary["ID"]}) is True
    assert await call(client, "remove_config", config["ID"]) is True
    with pytest.raises(NotFound):
        await call(client, "inspect_secret", secret["ID"])
    with pytest.raises(NotFound):
        await call(client, "inspect_config", config["ID"])


async def _gone(client: Any, service_id: str) -> bool:
    try:
        return not await call(client, "tasks", filters={"service": service_id})
    except NotFound:
        return True


async def test_secret_data_never_shows_in_errors_or_results(
    client: Any, swarm: Swarm, owned: dict[str, str]
) -> None:
    data = f"never-print-{uuid.uuid4().hex}"
    encoded = base64.b64encode(data.encode()).decode()
    name = unique("quiet")
    created = await call(client, "create_secret", name, data, labels=owned)
    assert data not in repr(created)
    with pytest.raises(APIError) as taken:  # the name is taken: the daemon says so
        await call(client, "create_secret", name, data, labels=owned)
    error = taken.value
    assert error.status_code == 409
    for shown in (str(error), repr(error), repr(error.args)):
        assert data not in shown and encoded not in shown
    pickled = pickle.dumps(error)
    assert data.encode() not in pickled and encoded.encode() not in pickled


async def test_bad_names_and_data_are_refused_before_sending(
    client: Any, swarm: Swarm, owned: dict[str, str]
) -> None:
    for name in ("app/password", "", "-leading", "x" * 65, "sp ace"):
        with pytest.raises(InvalidArgument, match="invalid secret name"):
            await call(client, "create_secret", name, b"x", labels=owned)
        with pytest.raises(InvalidArgument, match="invalid config name"):
            await call(client, "create_config", name, b"x", labels=owned)
    with pytest.raises(TypeError, match="str or bytes"):
        await call(client, "create_secret", unique("int"), 5, labels=owned)
    assert await call(client, "secrets", filters={"label": _selector(owned)}) == []
    assert await call(client, "configs", filters={"label": _selector(owned)}) == []


def _selector(owned: dict[str, str]) -> str:
    ((key, value),) = owned.items()
    return f"{key}={value}"

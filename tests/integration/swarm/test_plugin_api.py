"""Managed plugins on a real engine, sync and async (one body for both clients).

The plugin is made by the swarm conftest (`plugin_directories`): a static program
(tests/fixtures/volume-plugin/plugin.c, built with `gcc -static`) answering Docker's volume plugin protocol, in a rootfs with a
config.json that asks for the host's network and a capability and has a settable env.
It is created from its directory, pushed to the engine's local registry, pulled back
with its privileges, configured, enabled, used as a volume driver by a container,
upgraded to a second version, disabled and removed.

Plugins need no swarm; they run on the manager's engine, which is the tests' own.
"""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

import pytest
from both_clients import call, items
from dockerapi.errors import APIError, InvalidArgument, InvalidRepository, NotFound

pytestmark = pytest.mark.integration

IMAGE = "busybox:latest"
#: The fixtures' types (tests/integration/swarm/conftest.py), by name.
SwarmEngine = Any
#: What the plugin's config.json asks for (and so what it must be granted): the swarm
#: conftest's PLUGIN_CAPABILITY.
CAPABILITY = "CAP_IPC_LOCK"


async def test_a_plugin_from_directory_to_registry_and_back(
    client: Any,
    manager_engine: SwarmEngine,
    plugin_directories: dict[str, Path],
    plugin_names: dict[str, str],
    push_progress: Any,
    docker_py: Any,
) -> None:
    v1, v2, local = plugin_names["v1"], plugin_names["v2"], plugin_names["local"]
    # made from its directory (streamed as a tar archive; gzip=True is accepted, not applied)
    assert await call(client, "create_plugin", v1, plugin_directories["1"]) is True
    assert await call(client, "create_plugin", v2, str(plugin_directories["2"]), gzip=True)
    made = await call(client, "inspect_plugin", v1)
    assert made == docker_py.inspect_plugin(v1)
    assert made["Enabled"] is False and made["Config"]["Interface"]["Socket"] == "dkapi.sock"

    # pushed to the registry, removed here, asked for its privileges, pulled back
    # (both pushed before either is removed: a removal collects the daemon's unused
    # blobs in the background, which a push running meanwhile may miss)
    for name in (v1, v2):
        progress = await push_progress(client, "push_plugin", name)
        assert any(
            "digest" in str(line.get("aux", "")) or "Digest" in str(line) for line in progress
        )
    for name in (v1, v2):
        assert await call(client, "remove_plugin", name) is True
    privileges = await call(client, "plugin_privileges", v1)
    assert privileges == docker_py.plugin_privileges(v1)
    granted = {privilege["Name"]: privilege["Value"] for privilege in privileges}
    assert granted["network"] == ["host"] and granted["capabilities"] == [CAPABILITY]
    pulled = await items(await call(client, "pull_plugin", v1, privileges, name=local))
    assert all(isinstance(line, dict) for line in pulled) and pulled
    plugin = await call(client, "inspect_plugin", local)
    assert plugin["PluginReference"] == v1 and plugin["Enabled"] is False
    assert local in [p["Name"] for p in await call(client, "plugins")]
    assert await call(client, "plugins") == docker_py.plugins()

    # configured while disabled (dict or list), then enabled
    assert await call(client, "configure_plugin", local, {"DEBUG": "1"}) is True
    settings = (await call(client, "inspect_plugin", local))["Settings"]["Env"]
    assert "DEBUG=1" in settings
    assert await call(client, "configure_plugin", local, ["DEBUG=2"]) is True
    assert await call(client, "enable_plugin", local, timeout=20) is True
    assert (await call(client, "inspect_plugin", local))["Enabled"] is True
    with pytest.raises(APIError):  # an enabled plugin cannot be configured
        await call(client, "configure_plugin", local, {"DEBUG": "3"})

    # used as a volume driver: a container writes into the volume, another reads it
    volume = f"vol-{uuid.uuid4().hex[:8]}"
    await call(client, "create_volume", volume, driver=local)
    status = (await call(client, "inspect_volume", volume))["Status"]
    assert status == {"debug": "2", "version": "1"}
    assert await _container_output(client, volume, "echo through-the-plugin > /v/file") == b""
    assert await _container_output(client, volume, "cat /v/file") == b"through-the-plugin\n"
    await call(client, "remove_volume", volume)

    # upgraded while disabled: the daemon's progress as a stream; settings kept
    assert await call(client, "disable_plugin", local) is True
    upgrade_privileges = await call(client, "plugin_privileges", v2)
    progress = await items(await call(client, "upgrade_plugin", local, v2, upgrade_privileges))
    assert progress and all(isinstance(line, dict) for line in progress)
    upgraded = await call(client, "inspect_plugin", local)
    assert upgraded["PluginReference"] == v2 and "DEBUG=2" in upgraded["Settings"]["Env"]
    await call(client, "enable_plugin", local)
    await call(client, "create_volume", volume, driver=local)
    assert (await call(client, "inspect_volume", volume))["Status"]["version"] == "2"
    # an enabled plugin with a volume is removed only with force
    with pytest.raises(APIError):
        await call(client, "remove_plugin", local)
    await call(client, "remove_volume", volume)
    assert await call(client, "disable_plugin", local, force=True) is True
    await call(client, "enable_plugin", local)
    assert await call(client, "remove_plugin", local, force=True) is True
    with pytest.raises(NotFound):
        await call(client, "inspect_plugin", local)


async def _container_output(client: Any, volume: str, command: str) -> bytes:
    container = await call(
        client,
        "create_container",
        IMAGE,
        ["sh", "-c", command],
        host_config=client.create_host_config(binds={volume: {"bind": "/v", "mode": "rw"}}),
    )
    try:
        await call(client, "start", container)
        assert (await call(client, "wait", container, timeout=60))["StatusCode"] == 0
        output: bytes = await call(client, "logs", container)
        return output
    finally:
        await call(client, "remove_container", container, force=True)


async def test_bad_plugin_input_is_refused_before_sending(
    client: Any, manager_engine: SwarmEngine, tmp_path: Path
) -> None:
    with pytest.raises(InvalidArgument, match="not a plugin directory"):
        await call(client, "create_plugin", "dockerapi-nothing:1", tmp_path)
    with pytest.raises(InvalidRepository):
        await call(client, "pull_plugin", "Bad//Name", [])
    with pytest.raises(TypeError, match="privileges"):
        await call(client, "pull_plugin", "dockerapi-nothing:1", {"Name": "network"})
    with pytest.raises(TypeError, match="options"):
        await call(client, "configure_plugin", "dockerapi-nothing", "DEBUG=1")
    with pytest.raises(InvalidArgument, match="timeout"):
        await call(client, "enable_plugin", "dockerapi-nothing", timeout=-1)
    assert "dockerapi-nothing:1" not in [p["Name"] for p in await call(client, "plugins")]

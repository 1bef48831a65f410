"""An async client's first calls import nothing on the event loop but the endpoint they use.

Checked in a fresh interpreter (this process has imported everything) by the modules each
call adds to sys.modules, not by timing; scripts/bench/async_first_call.py measures the
stall itself.
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

pytestmark = pytest.mark.integration

_CHILD = """
import asyncio, json, sys
import dockerapi

async def main(host):
    client = dockerapi.AsyncAPIClient(base_url=host)  # imports happen here
    seen = set(sys.modules)
    await client.ping()
    after_ping = set(sys.modules)
    await client.engine.container_list(all=True, filters={"label": ["dockerapi-nothing"]})
    after_engine = set(sys.modules)
    await client.close()
    print(json.dumps([sorted(after_ping - seen), sorted(after_engine - after_ping)]))

asyncio.run(main(sys.argv[1]))
"""


def test_first_calls_import_only_their_endpoint(docker_host: str) -> None:
    done = subprocess.run(
        [sys.executable, "-c", _CHILD, docker_host], capture_output=True, text=True, check=True
    )
    on_ping, on_engine = json.loads(done.stdout)
    assert on_ping == []
    assert on_engine, "the endpoint module is imported on first use"
    assert all(
        name.startswith(("docker_engine_api.api", "docker_engine_api.models."))
        for name in on_engine
    ), on_engine

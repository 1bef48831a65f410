"""Issue 13 against the real engine: names cannot change a request's path, image
references with a registry, a path and a tag keep working, and a redirect from the
daemon's router is an error.

Objects are the test's own (a uuid in their names); busybox:latest is only tagged.
"""

from __future__ import annotations

import contextlib
import uuid
from collections.abc import Iterator
from typing import Any

import pytest
from both_clients import call
from dockerapi import APIClient
from dockerapi._paths import path_segment
from dockerapi._plan import PlanGenerator
from dockerapi._request import Request, Response
from dockerapi.errors import APIError, InvalidArgument, NotFound, NullResource

pytestmark = pytest.mark.integration

BASE_IMAGE = "busybox:latest"


@contextlib.contextmanager
def _tagged(docker_host: str, repository: str, tag: str) -> Iterator[str]:
    """busybox:latest tagged as repository:tag for the block; the tag removed afterwards."""
    with APIClient(docker_host) as client:
        client.engine.image_tag(name=BASE_IMAGE, repo=repository, tag=tag)
        yield f"{repository}:{tag}"
        with contextlib.suppress(NotFound):
            client.engine.image_delete(name=f"{repository}:{tag}")


@pytest.fixture
def victim(docker_host: str) -> Iterator[str]:
    """A tag of busybox the traversal attempts aim at."""
    with _tagged(docker_host, f"i13-victim-{uuid.uuid4().hex[:12]}", "latest") as reference:
        yield reference


@pytest.fixture
def registry_reference(docker_host: str) -> Iterator[str]:
    """busybox tagged as 127.0.0.1:5000/i13-<uuid>/app:1 (a registry, a path and a tag)."""
    with _tagged(docker_host, f"127.0.0.1:5000/i13-{uuid.uuid4().hex[:12]}/app", "1") as ref:
        yield ref


TRAVERSALS = ["../images/{victim}", "../../images/{victim}", "x/../../images/{victim}"]


@pytest.mark.parametrize("attempt", TRAVERSALS)
async def test_remove_container_cannot_delete_an_image(
    client: Any, victim: str, attempt: str
) -> None:
    # Issue 13: remove_container("../images/victim:latest", force=True) deleted the tag.
    with pytest.raises(InvalidArgument):
        await call(client, "remove_container", attempt.format(victim=victim), force=True)
    with pytest.raises(InvalidArgument):
        await call(client.engine, "container_delete", id=attempt.format(victim=victim), force=True)
    assert (await call(client.engine, "image_inspect", name=victim)).id


async def test_inspect_cannot_reach_another_route(client: Any) -> None:
    # Issue 13: inspect_container("../../images/json") sent GET /images/json/json.
    for name in ("../../images/json", "..", "."):
        with pytest.raises(InvalidArgument):
            await call(client, "inspect_container", name)
    for name in (None, ""):
        with pytest.raises(NullResource):
            await call(client.engine, "container_inspect", id=name)


async def test_odd_names_are_just_unknown_names(client: Any) -> None:
    for name in ("a?b", "a#b", "a%2F..%2Fjson", "a b", "json/json"):
        with pytest.raises(NotFound):
            await call(client, "inspect_container", name)


async def test_image_references_work_through_the_engine_layer(
    client: Any, registry_reference: str
) -> None:
    engine = client.engine
    inspected = await call(engine, "image_inspect", name=registry_reference)
    assert registry_reference in inspected.repo_tags
    history = await call(engine, "image_history", name=registry_reference)
    assert history and history[0].id
    digest_ref = inspected.id  # sha256:...
    assert (await call(engine, "image_inspect", name=digest_ref)).id == digest_ref
    await call(engine, "image_tag", name=registry_reference, repo=registry_reference[:-2], tag="2")
    second = registry_reference[:-2] + ":2"
    assert second in (await call(engine, "image_inspect", name=second)).repo_tags
    await call(engine, "image_delete", name=second)
    with pytest.raises(NotFound):
        await call(engine, "image_inspect", name=second)


def _raw(method: str, path: str) -> PlanGenerator[Response]:
    response: Response = yield Request.build(method, path)
    return response


async def test_escaped_image_paths_on_the_raw_api(client: Any, registry_reference: str) -> None:
    # The rule's escaping, sent as a plain request: the daemon decodes %2F before routing.
    path = f"/images/{path_segment(registry_reference)}/json"
    assert "%2F" in path
    response = await call(client, "_run_plan", _raw("GET", path))
    assert registry_reference in response.json()["RepoTags"]


async def test_a_redirect_from_the_router_is_an_error(client: Any) -> None:
    # Issue 13: a 3xx counted as success (inspect returned None). The daemon's router
    # answers an unclean path (here built by hand, past the path rule) with 301.
    with pytest.raises(APIError) as caught:
        await call(client, "_run_plan", _raw("GET", "/containers//x/json"))
    assert caught.value.status_code == 301
    assert "redirect" in str(caught.value)

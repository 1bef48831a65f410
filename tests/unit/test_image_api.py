"""docker-py's ImageApiMixin, login and the private client attributes with mock daemons,
sync and async: request shapes, version rules, checks before sending, errors in
progress streams, and Docker Hub's search (which no local engine can show)."""

from __future__ import annotations

import asyncio
import base64
import io
import json
import time
from pathlib import Path
from typing import Any

import httpx
import pytest
from both_clients import call, items, make_client, parameters
from core_fakes import FakeDaemon, TrackedStream
from dockerapi.api.daemon import DaemonApiMixin
from dockerapi.api.image import ImageApiMixin
from dockerapi.credentials import StoreError
from dockerapi.errors import (
    APIError,
    ImageLoadError,
    ImageLoadServerError,
    ImageLoadStreamError,
    ImageNotFound,
    InvalidArgument,
    InvalidConfigFile,
    InvalidRepository,
    InvalidVersion,
    ServerError,
    StreamError,
    Unauthorized,
)
from registry_fixtures import (
    HELPER_NAME,
    CredentialHelper,
    basic_auth,
    write_config,
)

SECRET = "pa55-never-shown"


@pytest.fixture(params=["sync", "async"])
def kind(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def answer(
    daemon: FakeDaemon, method: str, path: str, status: int = 200, body: Any = None, **kw: Any
) -> None:
    @daemon.route(method, path)
    def respond(request: httpx.Request) -> httpx.Response:
        request.read()
        if isinstance(body, bytes):
            return httpx.Response(status, content=body, **kw)
        return httpx.Response(status, json=body) if body is not None else httpx.Response(status)


def progress(*lines: dict[str, Any]) -> bytes:
    return b"".join(json.dumps(line).encode() + b"\r\n" for line in lines)


def sent_query(daemon: FakeDaemon) -> list[tuple[str, str]]:
    return list(daemon.requests[-1].url.params.multi_items())


def sent_auth(daemon: FakeDaemon) -> Any:
    header = daemon.requests[-1].headers.get("x-registry-auth")
    return None if header is None else json.loads(base64.urlsafe_b64decode(header))


IMAGE_METHODS = [
    "get_image",
    "history",
    "images",
    "import_image",
    "import_image_from_data",
    "import_image_from_file",
    "import_image_from_stream",
    "import_image_from_url",
    "import_image_from_image",
    "inspect_image",
    "inspect_distribution",
    "load_image",
    "prune_images",
    "pull",
    "push",
    "remove_image",
    "search",
    "tag",
]


@pytest.mark.parametrize("name", IMAGE_METHODS)
def test_signature_matches_docker_py(name: str) -> None:
    theirs_module = pytest.importorskip("docker.api.image")
    ours = parameters(ImageApiMixin, name)
    theirs = parameters(theirs_module.ImageApiMixin, name)
    if name == "push":  # one addition at the end: platform (API 1.46)
        assert ours[-1][0] == "platform" and ours[-1][2] is None
        ours = ours[:-1]
    assert ours == theirs


def test_login_signature_matches_docker_py() -> None:
    theirs = pytest.importorskip("docker.api.daemon").DaemonApiMixin
    assert parameters(DaemonApiMixin, "login") == parameters(theirs, "login")


async def test_search_asks_docker_hub_through_the_daemon(kind: str) -> None:
    daemon = FakeDaemon()
    hits = [{"name": "busybox", "star_count": 3, "is_official": True, "description": "tiny"}]
    answer(daemon, "GET", "/images/search", body=hits)
    client = make_client(daemon.transport(), kind)
    assert await call(client, "search", "busy", limit=5) == hits
    assert sent_query(daemon) == [("term", "busy"), ("limit", "5")]
    assert await call(client, "search", "busy") == hits
    assert sent_query(daemon) == [("term", "busy")]
    with pytest.raises(InvalidArgument, match="limit must be an int"):
        await call(client, "search", "busy", limit="5")
    answer(daemon, "GET", "/images/search", 500, {"message": "Get https://index.docker.io: dial"})
    with pytest.raises(APIError, match="dial"):
        await call(client, "search", "busy")


async def test_pull_shapes_and_auth_config(kind: str, docker_home: Path) -> None:
    daemon = FakeDaemon()
    lines = progress({"status": "Pulling from app"}, {"status": "Digest: sha256:1"})
    answer(daemon, "POST", "/images/create", body=lines)
    client = make_client(daemon.transport(), kind)
    text = await call(client, "pull", "127.0.0.1:5000/app:1")
    assert text == lines.decode()
    assert sent_query(daemon) == [("fromImage", "127.0.0.1:5000/app"), ("tag", "1")]
    assert sent_auth(daemon) is None  # no credentials anywhere: no header (docker-py)
    await call(client, "pull", "app", all_tags=True, auth_config={"username": "u", "password": "p"})
    assert sent_query(daemon) == [("fromImage", "app")]
    assert sent_auth(daemon) == {"username": "u", "password": "p"}
    stream = await call(client, "pull", "app", "2", stream=True)
    assert await items(stream) == [line + b"\r\n" for line in lines.split(b"\r\n")[:-1]]
    assert sent_query(daemon) == [("fromImage", "app"), ("tag", "2")]
    decoded = await call(client, "pull", "app@sha256:" + "a" * 64, stream=True, decode=True)
    assert (await items(decoded))[-1] == {"status": "Digest: sha256:1"}
    assert sent_query(daemon) == [("fromImage", "app"), ("tag", "sha256:" + "a" * 64)]


async def test_credentials_come_from_the_config_file(kind: str, docker_home: Path) -> None:
    write_config(docker_home, {"auths": {"reg.io": {"auth": basic_auth("me", SECRET)}}})
    daemon = FakeDaemon()
    answer(daemon, "POST", "/images/create", body=progress({"status": "ok"}))
    answer(daemon, "POST", "/images/reg.io/app/push", body=progress({"status": "ok"}))
    answer(daemon, "POST", "/images/other.io/app/push", body=progress({"status": "ok"}))
    answer(daemon, "GET", "/distribution/reg.io/app:1/json", body={"Descriptor": {}})
    client = make_client(daemon.transport(), kind)
    expected = {"username": "me", "password": SECRET, "email": None, "serveraddress": "reg.io"}
    await call(client, "pull", "reg.io/app")
    assert sent_auth(daemon) == expected
    await call(client, "push", "reg.io/app", "1")
    assert sent_auth(daemon) == expected
    assert await call(client, "inspect_distribution", "reg.io/app:1") == {"Descriptor": {}}
    assert sent_auth(daemon) == expected
    await call(client, "push", "other.io/app", "1")  # the daemon wants a header anyway
    assert sent_auth(daemon) == {}
    assert daemon.requests[-1].url.path == "/v1.41/images/other.io/app/push"


async def test_credentials_from_a_helper(
    kind: str, docker_home: Path, credential_helper: CredentialHelper
) -> None:
    write_config(docker_home, {"credHelpers": {"reg.io": HELPER_NAME}})
    credential_helper.put("reg.io", "helped", SECRET)
    daemon = FakeDaemon()
    answer(daemon, "POST", "/images/create", body=progress({"status": "ok"}))
    client = make_client(daemon.transport(), kind)
    await call(client, "pull", "reg.io/app")
    assert sent_auth(daemon) == {
        "ServerAddress": "reg.io",
        "Username": "helped",
        "Password": SECRET,
    }


async def test_a_credential_helper_runs_off_the_event_loop(
    docker_home: Path, credential_helper: CredentialHelper, monkeypatch: pytest.MonkeyPatch
) -> None:
    # a helper asking a keyring may take its time: the other tasks go on meanwhile
    write_config(docker_home, {"credHelpers": {"reg.io": HELPER_NAME}})
    credential_helper.put("reg.io", "helped", SECRET)
    monkeypatch.setenv("DOCKERAPI_TEST_CREDS_MODE", "slow")
    daemon = FakeDaemon()
    answer(daemon, "POST", "/images/create", body=progress({"status": "ok"}))
    answer(daemon, "GET", "/plugins/privileges", body=[])
    answer(daemon, "POST", "/services/create", body={"ID": "s1"})
    client = make_client(daemon.transport(), "async")
    gaps: list[float] = []

    async def ticking() -> None:
        last = time.monotonic()
        while True:
            await asyncio.sleep(0.01)
            now = time.monotonic()
            gaps.append(now - last)
            last = now

    ticker = asyncio.create_task(ticking())
    # each way a credential lookup is made: the image methods, the shared mixin helper
    # (plugins, services) and client.engine
    calls = (
        client.pull("reg.io/app"),
        client.plugin_privileges("reg.io/plug"),
        client.create_service({"ContainerSpec": {"Image": "reg.io/app"}}),
        client.engine.image_create(from_image="reg.io/app"),
    )
    for call_made in calls:
        started = time.monotonic()
        await call_made
        assert time.monotonic() - started >= 0.5  # the helper's half second
        assert sent_auth(daemon)["Username"] == "helped"
    ticker.cancel()
    assert len(gaps) > 100 and max(gaps) < 0.3


async def test_bad_config_or_helper_fails_before_sending(
    kind: str,
    docker_home: Path,
    credential_helper: CredentialHelper,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    daemon = FakeDaemon()
    client = make_client(daemon.transport(), kind)
    path = write_config(docker_home, '{"auths": {"reg.io": {"auth": "')
    with pytest.raises(InvalidConfigFile, match=str(path)):
        await call(client, "pull", "reg.io/app")
    write_config(docker_home, {"credsStore": HELPER_NAME})
    monkeypatch.setenv("DOCKERAPI_TEST_CREDS_MODE", "fail")
    client = make_client(daemon.transport(), kind)
    with pytest.raises(StoreError, match="keyring is locked"):
        await call(client, "pull", "reg.io/app")
    assert daemon.requests == []


@pytest.mark.parametrize(
    ("method", "args", "problem"),
    [
        ("pull", ("Busybox",), "must be lowercase"),
        ("pull", ("busybox:1:2",), "more than one ':'"),
        ("pull", ("busybox", "bad tag"), "is not valid: a tag"),
        ("pull", ("busybox", ".dot"), "is not valid: a tag"),
        ("push", ("127.0.0.1:5000/App",), "must be lowercase"),
        ("tag", ("busybox", "x/Y", "1"), "must be lowercase"),
        ("tag", ("busybox", "x:1:2"), "more than one ':'"),
        ("tag", ("busybox", "x", "t" * 129), "is not valid: a tag"),
        ("inspect_distribution", ("busybox@sha256:nothex",), "is not a digest"),
        ("import_image_from_data", (b"tar", "Repo"), "must be lowercase"),
        ("pull", ("-bad.io/app",), "not a registry address"),
    ],
)
async def test_bad_references_raise_before_sending(
    kind: str, method: str, args: tuple[Any, ...], problem: str
) -> None:
    daemon = FakeDaemon()
    client = make_client(daemon.transport(), kind)
    with pytest.raises(InvalidRepository, match=problem):
        await call(client, method, *args)
    assert daemon.requests == []


async def test_platform_rules_come_from_the_version_table(kind: str) -> None:
    daemon = FakeDaemon("1.47")
    answer(daemon, "POST", "/images/create", body=progress({"status": "ok"}))
    answer(daemon, "POST", "/images/app/push", body=progress({"status": "ok"}))
    old = make_client(daemon.transport(), kind, version="1.31")
    with pytest.raises(InvalidVersion, match=r'"platform" of ImageCreate requires API 1\.32'):
        await call(old, "pull", "app", platform="linux/amd64")
    engine = make_client(daemon.transport(), kind, version="1.41")
    with pytest.raises(InvalidVersion, match=r'"platform" of ImagePush requires API 1\.46'):
        await call(engine, "push", "app", "1", platform="linux/amd64")
    with pytest.raises(InvalidVersion, match=r"DistributionInspect requires API 1\.30"):
        await call(make_client(daemon.transport(), kind, "1.29"), "inspect_distribution", "app")
    assert daemon.requests == []
    new = make_client(daemon.transport(), kind, version="1.47")
    await call(new, "push", "app", "1", platform="linux/amd64")
    assert sent_query(daemon) == [("tag", "1"), ("platform", "linux/amd64")]


FAILED = {"errorDetail": {"message": "unauthorized: no"}, "error": "unauthorized: no"}


async def test_errors_in_progress_raise_after_the_error_line(kind: str) -> None:
    daemon = FakeDaemon()
    answer(daemon, "POST", "/images/create", body=progress({"status": "Pulling"}, FAILED))
    client = make_client(daemon.transport(), kind)
    with pytest.raises(StreamError, match="unauthorized: no") as caught:
        await call(client, "pull", "app")
    assert caught.value.item == FAILED and "/images/create" in str(caught.value)
    seen: list[Any] = []
    stream = await call(client, "pull", "app", stream=True, decode=True)
    with pytest.raises(StreamError, match="unauthorized: no"):
        if hasattr(stream, "__aiter__"):
            async for line in stream:
                seen.append(line)
        else:
            seen.extend(stream)
    assert seen == [{"status": "Pulling"}, FAILED]  # code that checks each line still sees it
    raw = await call(client, "pull", "app", stream=True)
    with pytest.raises(StreamError):
        await items(raw)
    # a last error line without its newline still raises
    answer(daemon, "POST", "/images/create", body=json.dumps(FAILED).encode())
    with pytest.raises(StreamError):
        await call(client, "pull", "app")


async def test_failed_load_is_image_load_error(kind: str) -> None:
    daemon = FakeDaemon()
    failure = {"errorDetail": {"message": "unexpected EOF"}, "error": "unexpected EOF"}
    answer(daemon, "POST", "/images/load", body=progress(failure))
    client = make_client(daemon.transport(), kind)
    stream = await call(client, "load_image", b"not a tar")
    with pytest.raises(ImageLoadError, match="unexpected EOF") as caught:
        await items(stream)
    assert isinstance(caught.value, ImageLoadStreamError) and isinstance(caught.value, APIError)
    request = daemon.requests[-1]
    assert (
        request.content == b"not a tar" and request.headers["content-type"] == "application/x-tar"
    )
    loaded = progress({"stream": "Loaded image: app:1\n"})
    answer(daemon, "POST", "/images/load", body=loaded)
    stream = await call(client, "load_image", iter([b"a", b"b"]), quiet=True)
    assert await items(stream) == [{"stream": "Loaded image: app:1\n"}]
    assert sent_query(daemon) == [("quiet", "true")] and daemon.requests[-1].content == b"ab"
    with pytest.raises(TypeError, match="load_image takes bytes"):
        await call(client, "load_image", "text")


async def test_load_refused_with_a_server_error_is_image_load_error(kind: str) -> None:
    # Podman 4.3 answers an archive it cannot read with 500, not in the stream
    daemon = FakeDaemon()
    message = "failed to load image: payload does not match any of the supported image formats"
    answer(daemon, "POST", "/images/load", status=500, body={"cause": "x", "message": message})
    client = make_client(daemon.transport(), kind)
    with pytest.raises(ImageLoadError, match="supported image formats") as caught:
        await items(await call(client, "load_image", b"not a tar"))
    assert isinstance(caught.value, ImageLoadServerError) and isinstance(caught.value, ServerError)
    assert caught.value.status_code == 500 and caught.value.explanation == message
    assert caught.value.url is not None and caught.value.url.endswith("/images/load")
    # a refusal that is not the daemon's failure keeps its own class
    answer(daemon, "POST", "/images/load", status=400, body={"message": "bad quiet"})
    with pytest.raises(APIError) as refused:
        await call(client, "load_image", b"x", quiet=True)
    assert not isinstance(refused.value, ImageLoadError)


async def test_import_family_request_shapes(kind: str, tmp_path: Path) -> None:
    daemon = FakeDaemon()
    answer(daemon, "POST", "/images/create", body=progress({"status": "sha256:abc"}))
    client = make_client(daemon.transport(), kind)
    tarball = tmp_path / "rootfs.tar"
    tarball.write_bytes(b"tar-bytes")

    async def sent(method: str, *args: Any, **kwargs: Any) -> tuple[Any, ...]:
        result = await call(client, method, *args, **kwargs)
        assert result == '{"status": "sha256:abc"}\r\n'
        request = daemon.requests[-1]
        return (
            list(request.url.params.multi_items()),
            request.content,
            request.headers.get("content-type"),
        )

    from_file = await sent("import_image_from_file", str(tarball), "app", "1", changes=["ENV A=1"])
    assert from_file == (
        [("fromSrc", "-"), ("repo", "app"), ("tag", "1"), ("changes", "ENV A=1")],
        b"tar-bytes",
        "application/tar",
    )
    assert await sent("import_image", str(tarball), "app") == (
        [("fromSrc", "-"), ("repo", "app")],
        b"tar-bytes",
        "application/tar",
    )
    assert (await sent("import_image_from_data", b"data", "app"))[1] == b"data"
    assert (await sent("import_image", io.BytesIO(b"file")))[1] == b"file"
    assert (await sent("import_image_from_stream", iter([b"s1", b"s2"])))[1] == b"s1s2"
    url = await sent("import_image_from_url", "http://127.0.0.1:8/r.tar", changes="CMD x")
    assert url == ([("fromSrc", "http://127.0.0.1:8/r.tar"), ("changes", "CMD x")], b"", None)
    assert (await sent("import_image", "http://127.0.0.1:8/r.tar", "a"))[0][0][0] == "fromSrc"
    image = await sent("import_image_from_image", "busybox:latest", "app", "2")
    assert image[0] == [("fromImage", "busybox:latest"), ("repo", "app"), ("tag", "2")]
    count = len(daemon.requests)
    with pytest.raises(InvalidArgument, match="Must specify src or image"):
        await call(client, "import_image")
    with pytest.raises(FileNotFoundError, match="no such file"):
        await call(client, "import_image_from_file", str(tmp_path / "missing.tar"))
    assert len(daemon.requests) == count


async def test_list_inspect_tag_remove_prune(kind: str) -> None:
    daemon = FakeDaemon()
    answer(daemon, "GET", "/images/json", body=[{"Id": "sha256:1"}, {"Id": "sha256:2"}])
    answer(daemon, "GET", "/images/app:1/json", body={"Id": "sha256:1"})
    answer(daemon, "GET", "/images/app:1/history", body=None)
    answer(daemon, "POST", "/images/sha256:1/tag", 201)
    answer(daemon, "DELETE", "/images/app:1", body=[{"Untagged": "app:1"}])
    answer(daemon, "POST", "/images/prune", body={"ImagesDeleted": None, "SpaceReclaimed": 0})
    client = make_client(daemon.transport(), kind)
    filters = {"dangling": True}
    assert await call(client, "images", "app", quiet=True, filters=filters) == [
        "sha256:1",
        "sha256:2",
    ]
    assert json.loads(dict(sent_query(daemon))["filters"]) == {
        "dangling": ["true"],
        "reference": ["app"],
    }
    assert filters == {"dangling": True}  # the caller's dict is not changed (docker-py's is)
    await call(client, "images", all=True)
    assert sent_query(daemon) == [("all", "true")]
    assert await call(client, "inspect_image", "app:1") == {"Id": "sha256:1"}
    assert await call(client, "history", "app:1") == []
    assert await call(client, "tag", {"Id": "sha256:1"}, "reg.io/app:2", force=True) is True
    assert sent_query(daemon) == [("repo", "reg.io/app"), ("tag", "2"), ("force", "true")]
    assert await call(client, "tag", "sha256:1", "reg.io/app:3", "") is True
    assert sent_query(daemon) == [("repo", "reg.io/app"), ("tag", "3")]
    assert await call(client, "remove_image", "app:1", noprune=True) == [{"Untagged": "app:1"}]
    assert sent_query(daemon) == [("noprune", "true")]
    pruned = await call(client, "prune_images", filters={"label": "x"})
    assert pruned == {"ImagesDeleted": [], "SpaceReclaimed": 0}
    answer(daemon, "GET", "/images/nope/json", 404, {"message": "No such image: nope:latest"})
    with pytest.raises(ImageNotFound):
        await call(client, "inspect_image", "nope")


async def test_get_image_streams_chunks(kind: str) -> None:
    daemon = FakeDaemon()
    answer(daemon, "GET", "/images/app:1/get", body=b"x" * 10_000)
    client = make_client(daemon.transport(), kind)
    chunks = await items(await call(client, "get_image", "app:1", chunk_size=4096))
    assert [len(chunk) for chunk in chunks] == [4096, 4096, 1808]
    with pytest.raises(InvalidArgument, match="chunk_size"):
        await call(client, "get_image", "app:1", chunk_size=0)


async def test_login_caches_per_registry(kind: str, docker_home: Path) -> None:
    daemon = FakeDaemon()
    answer(daemon, "POST", "/auth", body={"Status": "Login Succeeded", "IdentityToken": ""})
    client = make_client(daemon.transport(), kind)
    result = await call(client, "login", "me", SECRET, registry="reg.io")
    assert result == {"Status": "Login Succeeded", "IdentityToken": ""}
    assert json.loads(daemon.requests[-1].content) == {
        "username": "me",
        "password": SECRET,
        "serveraddress": "reg.io",
    }
    count = len(daemon.requests)
    cached = await call(client, "login", "me", SECRET, registry="reg.io")
    assert cached["username"] == "me" and len(daemon.requests) == count  # docker-py's cache
    assert list(docker_home.iterdir()) == []  # kept in the client, not written to a file
    assert SECRET not in repr(cached) and SECRET not in repr(client._auth_configs)
    await call(client, "login", "me", SECRET, registry="reg.io", reauth=True)
    assert len(daemon.requests) == count + 1
    # later pulls from that registry use the login
    answer(daemon, "POST", "/images/create", body=progress({"status": "ok"}))
    await call(client, "pull", "reg.io/app")
    assert sent_auth(daemon)["password"] == SECRET
    # a refused login raises and is not cached; the password is not in the message
    answer(daemon, "POST", "/auth", 401, {"message": "login attempt failed: 401 Unauthorized"})
    with pytest.raises(Unauthorized) as caught:
        await call(client, "login", "other", "wrong-" + SECRET, registry="reg2.io")
    assert SECRET not in str(caught.value)
    assert "reg2.io" not in client._auth_configs.auths
    # login(email=...) is refused where the API no longer has the field
    new = make_client(daemon.transport(), kind, version="1.52")
    with pytest.raises(InvalidVersion, match='"email" of SystemAuth was removed'):
        await call(new, "login", "me", SECRET, email="e@x", registry="reg3.io")


async def test_login_reads_dockercfg_path(kind: str, tmp_path: Path, docker_home: Path) -> None:
    path = write_config(tmp_path / "cfg", {"auths": {"reg.io": {"auth": basic_auth("me", SECRET)}}})
    daemon = FakeDaemon()
    client = make_client(daemon.transport(), kind)
    known = await call(client, "login", "me", registry="reg.io", dockercfg_path=str(path))
    assert known["password"] == SECRET and daemon.requests == []
    client.reload_config()
    assert client._auth_configs.is_empty
    client.reload_config(str(path))
    assert list(client._auth_configs.auths) == ["reg.io"]


async def test_private_request_helpers(kind: str, docker_home: Path) -> None:
    write_config(
        docker_home,
        {"HttpHeaders": {"X-Meta": "yes"}, "proxies": {"default": {"httpProxy": "http://p:3128"}}},
    )
    daemon = FakeDaemon()
    answer(daemon, "GET", "/images/a b/json", body={"Id": "x"})
    answer(daemon, "POST", "/containers/create", 201, {"Id": "c"})
    client = make_client(daemon.transport(), kind)
    url = client._url("/images/{0}/json", "a b")
    assert url == f"{client.base_url}/v1.41/images/a%20b/json"
    assert client._url("/_ping", versioned_api=False) == f"{client.base_url}/_ping"
    response = await call(client, "_get", url, params={"all": True})
    assert isinstance(response, httpx.Response)
    assert client._result(response, json=True) == {"Id": "x"}
    assert json.loads(client._result(response, binary=True)) == {"Id": "x"}
    assert client._result(response) == response.text
    sent = daemon.requests[-1]
    assert sent.headers["x-meta"] == "yes" and sent.url.params["all"] == "true"
    missing = await call(client, "_get", client._url("/images/{0}/json", "nope"))
    assert missing.status_code == 404  # docker-py's helpers leave the status to _result
    with pytest.raises(APIError):
        client._result(missing)
    created = await call(
        client, "_post_json", client._url("/containers/create"), {"Image": "b", "Cmd": None}
    )
    assert created.json() == {"Id": "c"} and json.loads(daemon.requests[-1].content) == {
        "Image": "b"
    }
    posted = await call(client, "_post", client._url("/containers/create"), json={"Image": "j"})
    assert posted.status_code == 201 and json.loads(daemon.requests[-1].content) == {"Image": "j"}
    with pytest.raises(TypeError, match="unsupported request options: verify"):
        await call(client, "_get", url, verify=False)
    with pytest.raises(InvalidArgument, match="not a URL of this client"):
        await call(client, "_get", "http://elsewhere.example/v1.41/info")
    with pytest.raises(ValueError, match="Expected a string"):
        client._url("/containers/{0}/json", 1)
    assert client._proxy_configs.http == "http://p:3128"
    assert client._general_configs["HttpHeaders"] == {"X-Meta": "yes"}
    assert client._version == "1.41"


async def test_private_helpers_hand_over_a_chunked_body_read(kind: str) -> None:
    # Podman answers without Content-Length: the executor reads such a body itself
    daemon = FakeDaemon()
    body = json.dumps({"Id": "x", "Size": 1}).encode()

    @daemon.route("GET", "/images/app/json")
    def chunked(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, stream=TrackedStream([body[:5], body[5:]]))

    client = make_client(daemon.transport(), kind)
    response = await call(client, "_get", client._url("/images/{0}/json", "app"))
    assert response.content == body
    assert client._result(response, json=True) == {"Id": "x", "Size": 1}
    assert "transfer-encoding" not in response.headers

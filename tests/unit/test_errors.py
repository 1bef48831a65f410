"""The exception hierarchy and the mapping of daemon error responses, checked against docker-py."""

from __future__ import annotations

import json
import pickle
from typing import Any

import httpx
import pytest
from dockerapi import errors
from dockerapi.errors import (
    APIError,
    BadRequest,
    Conflict,
    ContainerError,
    DockerConnectionError,
    DockerException,
    DockerTimeoutError,
    Forbidden,
    ImageNotFound,
    NotFound,
    NullResource,
    ServerError,
    StreamError,
    StreamParseError,
    Unauthorized,
    error_from_response,
    error_from_stream_item,
    explanation_from_body,
)

URL = "http://docker/v1.41/containers/nope/json"


def daemon_body(message: str) -> bytes:
    return json.dumps({"message": message}).encode()


# --- the status/message -> class table ---------------------------------------------------


@pytest.mark.parametrize(
    ("status", "message", "expected"),
    [
        (400, "invalid reference format", BadRequest),
        (401, "unauthorized: authentication required", Unauthorized),
        (403, "authorization denied by plugin", Forbidden),
        (404, "No such container: nope", NotFound),
        (404, "network nope not found", NotFound),
        (404, "No such image: busybox:nope", ImageNotFound),
        (404, "no such image: lower case too", ImageNotFound),
        (
            404,
            "pull access denied for nope, repository does not exist or may require 'docker login'",
            ImageNotFound,
        ),
        (404, "manifest for x not found: does not exist or no pull access", ImageNotFound),
        (
            404,
            "image with reference busybox was found but does not match the specified platform",
            ImageNotFound,
        ),
        (409, 'Conflict. The container name "/x" is already in use', Conflict),
        (500, "driver failed programming external connectivity", ServerError),
        (503, "This node is not a swarm manager.", ServerError),
        (418, "teapot", APIError),
        (304, "", APIError),
    ],
)
def test_status_and_message_choose_the_class(
    status: int, message: str, expected: type[APIError]
) -> None:
    error = error_from_response(status, daemon_body(message), method="GET", url=URL)
    assert type(error) is expected
    assert error.status_code == status
    assert error.explanation == message
    assert error.method == "GET"
    assert error.url == URL


def test_docker_py_except_clauses_still_catch_the_same_errors() -> None:
    # What docker-py raises as NotFound/ImageNotFound/APIError we raise as (subclasses of) it.
    assert issubclass(ImageNotFound, NotFound)
    for extra in (BadRequest, Unauthorized, Forbidden, Conflict, ServerError, StreamError):
        assert issubclass(extra, APIError)
        assert not issubclass(extra, NotFound)
    assert issubclass(APIError, DockerException)
    assert issubclass(StreamParseError, RuntimeError) and issubclass(
        StreamParseError, DockerException
    )
    assert issubclass(NullResource, ValueError)
    assert issubclass(DockerConnectionError, ConnectionError)
    assert issubclass(DockerTimeoutError, TimeoutError)


def test_every_docker_py_error_name_exists_with_the_same_bases() -> None:
    docker_errors = pytest.importorskip("docker.errors")
    for name, theirs in vars(docker_errors).items():
        if not (isinstance(theirs, type) and issubclass(theirs, BaseException)):
            continue
        if theirs.__module__ != docker_errors.__name__:
            continue
        ours = getattr(errors, name)
        assert name in errors.__all__
        for their_base in theirs.__mro__:
            if their_base.__module__ == docker_errors.__name__:
                assert issubclass(ours, getattr(errors, their_base.__name__)), (name, their_base)
            elif their_base.__module__ == "builtins":
                assert issubclass(ours, their_base), (name, their_base)


def test_every_name_in_all_is_defined_and_the_tree_is_documented() -> None:
    doc = errors.__doc__ or ""
    for name in errors.__all__:
        value = getattr(errors, name)
        if isinstance(value, type):
            assert name in doc, name


# --- message parsing -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "explanation"),
    [
        (b'{"message":"No such container: x"}', "No such container: x"),
        (b'{"message":"  padded\\n"}\n', "padded"),
        (b'{"message": 42}', "42"),
        (b"page not found\n", "page not found"),
        (b"", ""),
        (b'{"other":"field"}', '{"other":"field"}'),  # docker-py would raise KeyError here
        (b"{not json", "{not json"),
        (b'"just a string"', '"just a string"'),
        (b"caf\xe9", "caf\ufffd"),
    ],
)
def test_explanation_from_body(body: bytes, explanation: str) -> None:
    assert explanation_from_body(body) == explanation


# --- str() and the response attribute, against docker-py -----------------------------------


def docker_py_error(status: int, body: bytes, url: str, reason: str) -> Any:
    """What docker-py raises for the same response (its requests-based mapping)."""
    requests = pytest.importorskip("requests")
    docker_errors = pytest.importorskip("docker.errors")
    response = requests.Response()
    response.status_code = status
    response._content = body
    response.url = url
    response.reason = reason
    try:
        docker_errors.create_api_error_from_http_exception(
            requests.exceptions.HTTPError(response=response)
        )
    except docker_errors.APIError as error:
        return error
    raise AssertionError("docker-py did not raise")


@pytest.mark.parametrize(
    ("status", "body"),
    [
        (404, daemon_body("No such container: nope")),
        (404, daemon_body("No such image: busybox:nope")),
        (409, daemon_body("You cannot remove a running container")),
        (500, daemon_body("something broke")),
        (400, b"plain text problem\n"),
        (404, b""),
    ],
)
def test_str_and_class_match_docker_py(status: int, body: bytes) -> None:
    request = httpx.Request("DELETE", URL)
    response = httpx.Response(status, content=body, request=request)
    ours = error_from_response(status, body, method="DELETE", url=URL, response=response)
    theirs = docker_py_error(status, body, URL, response.reason_phrase)
    assert str(ours) == str(theirs)
    assert ours.explanation == theirs.explanation
    assert ours.status_code == theirs.status_code
    assert ours.is_client_error() == theirs.is_client_error()
    assert ours.is_server_error() == theirs.is_server_error()
    assert ours.is_error() == theirs.is_error()
    # docker-py's class, or our subclass of it.
    assert isinstance(ours, getattr(errors, type(theirs).__name__))
    assert ours.response is response
    assert ours.response is not None and ours.response.status_code == status


def test_str_shape_without_a_response_object() -> None:
    error = error_from_response(404, daemon_body("No such container: nope"), method="GET", url=URL)
    assert str(error) == f'404 Client Error for {URL}: Not Found ("No such container: nope")'
    server = error_from_response(502, b"", method="GET", url=URL)
    assert str(server) == f"502 Server Error for {URL}: Bad Gateway"


def test_api_error_built_by_hand_like_docker_py_users_do() -> None:
    bare = APIError("something failed")
    assert str(bare) == "something failed"
    assert bare.status_code is None and bare.response is None
    assert not bare.is_error() and not bare.is_client_error() and not bare.is_server_error()
    explained = APIError("failed", explanation="because")
    assert str(explained) == 'failed ("because")'
    response = httpx.Response(404, request=httpx.Request("GET", URL))
    with_response = NotFound("gone", response=response, explanation="No such volume: v")
    assert with_response.status_code == 404
    assert with_response.url == URL
    assert str(with_response) == f'404 Client Error for {URL}: Not Found ("No such volume: v")'


def test_objects_that_only_look_like_responses_are_accepted() -> None:
    class RequestsLikeResponse:
        status_code = 500
        url = URL
        reason = "Custom Reason"

    error = APIError("x", response=RequestsLikeResponse(), explanation="boom")  # type: ignore[arg-type]
    assert error.is_server_error()
    assert str(error) == f'500 Server Error for {URL}: Custom Reason ("boom")'


# --- stream errors -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("item", "message", "code"),
    [
        (
            {
                "errorDetail": {"message": "manifest unknown", "code": 404},
                "error": "manifest unknown",
            },
            "manifest unknown",
            404,
        ),
        ({"error": "only the short form"}, "only the short form", None),
        ({"errorDetail": {"message": "only the detail"}}, "only the detail", None),
        ({"errorDetail": {"code": 1}, "error": "fallback"}, "fallback", 1),
        ({"errorDetail": {"message": "m", "code": True}}, "m", None),
        ({"errorDetail": "odd shape"}, "odd shape", None),
        ({"error": None, "errorDetail": None}, "unknown error", None),
    ],
)
def test_error_from_stream_item(item: dict[str, Any], message: str, code: int | None) -> None:
    error = error_from_stream_item(item, method="POST", url="http://docker/v1.41/images/create")
    assert isinstance(error, StreamError) and isinstance(error, APIError)
    assert error.explanation == message
    assert error.code == code
    assert error.item is item
    assert error.is_error()
    assert str(error) == (
        "the daemon reported an error mid-stream (POST http://docker/v1.41/images/create): "
        f"{message}"
    )


def test_stream_error_keeps_the_http_status_of_its_response() -> None:
    response = httpx.Response(200, request=httpx.Request("POST", "http://docker/v1.41/build"))
    error = error_from_stream_item({"error": "failed to build"}, response=response)
    assert error.status_code == 200
    assert not error.is_client_error() and not error.is_server_error()
    assert error.is_error()
    assert str(error) == (
        "the daemon reported an error mid-stream (request to http://docker/v1.41/build): "
        "failed to build"
    )
    assert str(StreamError("bare")) == "the daemon reported an error mid-stream: bare"


# --- connection and timeout ----------------------------------------------------------------


def test_connection_error_names_host_and_origin_and_chains_the_cause() -> None:
    cause = FileNotFoundError(2, "No such file or directory")
    with pytest.raises(DockerConnectionError) as caught:
        try:
            raise cause
        except OSError as os_error:
            raise DockerConnectionError(
                "unix:///var/run/docker.sock", "default", os_error
            ) from os_error
    error = caught.value
    assert str(error) == (
        "cannot connect to the Docker daemon at unix:///var/run/docker.sock (default): "
        "[Errno 2] No such file or directory"
    )
    assert error.host == "unix:///var/run/docker.sock"
    assert error.origin == "default"
    assert error.reason is cause and error.__cause__ is cause
    assert isinstance(error, OSError) and error.errno is None
    assert str(DockerConnectionError("tcp://127.0.0.1:1", "DOCKER_HOST")) == (
        "cannot connect to the Docker daemon at tcp://127.0.0.1:1 (DOCKER_HOST)"
    )


def test_timeout_error() -> None:
    error = DockerTimeoutError("read timed out after 5s", host="unix:///x.sock", timeout=5.0)
    assert isinstance(error, TimeoutError) and isinstance(error, DockerException)
    assert str(error) == "read timed out after 5s"
    assert (error.host, error.timeout) == ("unix:///x.sock", 5.0)


# --- the docker-py classes with their own constructors -------------------------------------


def test_messages_match_docker_py_for_shared_classes() -> None:
    docker_errors = pytest.importorskip("docker.errors")
    pairs = [
        (ContainerError, ("c", 1, "sh -c false", "busybox", b"oops")),
        (ContainerError, ("c", 2, ["false"], "busybox", None)),
        (errors.MissingContextParameter, ("host",)),
        (errors.ContextAlreadyExists, ("ctx",)),
        (errors.ContextException, ("bad context",)),
        (errors.ContextNotFound, ("ctx",)),
        (errors.BuildError, ("failed", [{"stream": "x"}])),
        (errors.ImageLoadError, ("bad tarball",)),
        (errors.InvalidArgument, ("bad",)),
    ]
    for ours_class, args in pairs:
        theirs = getattr(docker_errors, ours_class.__name__)(*args)
        ours = ours_class(*args)
        assert str(ours) == str(theirs), ours_class
        for attribute in ("container", "exit_status", "command", "image", "stderr", "msg"):
            if hasattr(theirs, attribute):
                assert getattr(ours, attribute) == getattr(theirs, attribute)
        if hasattr(theirs, "build_log"):
            assert ours.build_log == theirs.build_log


def test_tls_and_parse_errors_keep_their_message() -> None:
    tls = errors.TLSParameterError("client cert given without a key")
    assert tls.msg == "client cert given without a key"
    assert str(tls).startswith("client cert given without a key. ")
    parse = StreamParseError(ValueError("bad"))
    assert str(parse) == "bad" and isinstance(parse.msg, ValueError)


@pytest.mark.parametrize(
    "error",
    [
        error_from_response(409, daemon_body("in use"), method="POST", url=URL),
        error_from_stream_item({"error": "e"}, url=URL),
        DockerConnectionError("unix:///x", "argument", "refused"),
        DockerTimeoutError("slow", timeout=1.0),
        ContainerError("c", 1, "cmd", "img", b"err"),
        errors.BuildError("r", []),
        errors.TLSParameterError("m"),
        errors.ContextNotFound("n"),
        StreamParseError("p"),
        NullResource("empty"),
    ],
    ids=lambda error: type(error).__name__,
)
def test_errors_survive_pickling(error: DockerException) -> None:
    restored = pickle.loads(pickle.dumps(error))
    assert type(restored) is type(error)
    assert str(restored) == str(error)
    assert restored.__dict__ == error.__dict__

"""Every exception dockerapi raises, and the mapping of a daemon error response to one of them.

The names and behaviour follow docker-py's ``docker.errors`` so that ``except`` clauses
written for docker-py keep working. The tree (``*`` marks classes docker-py does not have)::

    Exception
    ├── DockerException                    catch this to catch everything below
    │   ├── APIError (also OSError)        the daemon answered with an error
    │   │   ├── BadRequest *               400
    │   │   ├── Unauthorized *             401
    │   │   ├── Forbidden *                403
    │   │   ├── NotFound                   404
    │   │   │   └── ImageNotFound          404 whose message is about an image
    │   │   ├── Conflict *                 409 (name in use, container running, ...)
    │   │   ├── ServerError *              5xx
    │   │   │   └── ImageLoadServerError * (also ImageLoadError)  load_image refused with 5xx
    │   │   ├── StreamError *              an error reported inside a stream after HTTP 200
    │   │   │   └── ImageLoadStreamError * (also ImageLoadError)  load_image failed mid-stream
    │   │   └── InvalidResponse *          an answer that is not what the API says (bad
    │   │                                  JSON, wrong shape, too large)
    │   ├── InvalidVersion                 feature needs a newer API version than in use
    │   ├── InvalidRepository
    │   ├── InvalidConfigFile
    │   ├── InvalidArgument                bad input, found before anything is sent
    │   ├── DeprecatedMethod
    │   ├── TLSParameterError
    │   ├── NullResource (also ValueError) an empty id or name where one is required
    │   ├── ContainerError                 a container run exited non-zero
    │   ├── BuildError
    │   ├── BuildContextError * (also OSError)  a local build context cannot be read
    │   ├── ImageLoadError
    │   ├── MissingContextParameter
    │   ├── ContextAlreadyExists
    │   ├── ContextException
    │   ├── ContextNotFound
    │   ├── StreamParseError (also RuntimeError)   undecodable or truncated stream data
    │   ├── DockerConnectionError * (also ConnectionError)  the daemon cannot be reached
    │   └── DockerTimeoutError * (also TimeoutError)        the daemon did not answer in time

Differences from docker-py, all in the direction of catching more, never less:

- ``APIError`` is not a ``requests.exceptions.HTTPError`` (we do not use requests);
  ``response`` is an ``httpx.Response`` when there is one. It is still an ``OSError``,
  as docker-py's is through requests, so ``except OSError`` keeps catching it.
- ``StreamParseError`` is also a ``DockerException`` (in docker-py it is only a
  ``RuntimeError``), so ``except DockerException`` really catches everything.
- ``StreamError`` is an ``APIError``: an ``error``/``errorDetail`` object in a JSON
  stream, or a "system error" frame in a stdout/stderr stream, is the daemon
  reporting a failure, so ``except APIError`` catches it. Its ``status_code`` is the
  HTTP status of the response that carried it (usually 200), so ``is_client_error()``
  and ``is_server_error()`` are False, while ``is_error()`` is True. docker-py's
  low-level methods yield such objects as plain dicts; our docker-py compatible
  methods do the same, and only the typed layer and the opt-in decoder mode raise.
- Transport failures arrive as ``DockerConnectionError``/``DockerTimeoutError``
  (httpx's exception chained as ``__cause__``), never as raw httpx exceptions.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from http import HTTPStatus
from typing import TYPE_CHECKING, Any

from dockerapi._redact import redact_url

if TYPE_CHECKING:
    import httpx

__all__ = [
    "APIError",
    "BadRequest",
    "BuildContextError",
    "BuildError",
    "Conflict",
    "ContainerError",
    "ContextAlreadyExists",
    "ContextException",
    "ContextNotFound",
    "DeprecatedMethod",
    "DockerConnectionError",
    "DockerException",
    "DockerTimeoutError",
    "Forbidden",
    "ImageLoadError",
    "ImageLoadServerError",
    "ImageLoadStreamError",
    "ImageNotFound",
    "InvalidArgument",
    "InvalidConfigFile",
    "InvalidRepository",
    "InvalidResponse",
    "InvalidVersion",
    "MissingContextParameter",
    "NotFound",
    "NullResource",
    "ServerError",
    "StreamError",
    "StreamParseError",
    "TLSParameterError",
    "Unauthorized",
    "create_api_error_from_http_exception",
    "create_unexpected_kwargs_error",
    "error_from_response",
    "error_from_stream_item",
    "explanation_from_body",
]


class DockerException(Exception):
    """Base class of every exception raised by dockerapi; catch it to catch them all."""

    #: Attributes left out of pickles (set to None when unpickled): objects that hold
    #: the request, whose headers and body may carry credentials.
    _not_pickled: tuple[str, ...] = ()

    def __reduce__(self) -> tuple[Any, ...]:
        # Many subclasses take other constructor arguments than their ``args``; rebuild
        # without calling __init__ so the exceptions survive pickling (multiprocessing, xdist).
        state = dict(self.__dict__)
        for name in self._not_pickled:
            if name in state:
                state[name] = None
        return (_restore_exception, (type(self), self.args), state)


def _restore_exception(cls: type[DockerException], args: tuple[Any, ...]) -> DockerException:
    restored = cls.__new__(cls)
    restored.args = args
    return restored


class APIError(DockerException, OSError):
    """The daemon answered a request with an error status.

    ``explanation`` is the daemon's own message (the ``message`` field of its JSON
    error body), ``response`` the HTTP response when one is available.
    ``status_code``, ``method`` and ``url`` are known even without a response
    object, because the sans-IO mapping passes them in. A pickled APIError keeps
    those and leaves the response out (its request may carry credentials).
    """

    _not_pickled = ("response",)

    def __init__(
        self,
        message: object,
        response: httpx.Response | None = None,
        explanation: str | None = None,
        *,
        status_code: int | None = None,
        method: str | None = None,
        url: str | None = None,
    ) -> None:
        # One argument: OSError would otherwise read (errno, strerror) into two.
        super().__init__(message)
        self.response = response
        self.explanation = explanation
        self.method = method
        self._status_code = status_code
        # Kept (and pickled) without passwords, whoever made the error (e.g. a build's
        # `remote=https://user:token@...` failing mid-stream): the one rule, _redact.
        self._url = url if url is None else redact_url(url)

    @property
    def status_code(self) -> int | None:
        """The HTTP status, or None when the error did not come with one."""
        if self._status_code is not None:
            return self._status_code
        # getattr: callers may hand in other response types (docker-py users pass requests').
        status = getattr(self.response, "status_code", None)
        return status if isinstance(status, int) else None

    @property
    def url(self) -> str | None:
        """The URL of the failed request, when known."""
        if self._url is not None:
            return self._url
        url = getattr(self.response, "url", None)
        return None if url is None else str(url)

    def is_error(self) -> bool:
        """Whether the daemon answered with an error status (4xx or 5xx)."""
        return self.is_client_error() or self.is_server_error()

    def is_client_error(self) -> bool:
        """Whether the status is 4xx: the request was refused as it was."""
        status = self.status_code
        return status is not None and 400 <= status < 500

    def is_server_error(self) -> bool:
        """Whether the status is 5xx: the daemon failed to carry out the request."""
        status = self.status_code
        return status is not None and 500 <= status < 600

    def _reason_phrase(self) -> str:
        for attribute in ("reason_phrase", "reason"):  # httpx, then requests
            phrase = getattr(self.response, attribute, None)
            if isinstance(phrase, str) and phrase:
                return phrase
        try:
            return HTTPStatus(self.status_code or 0).phrase
        except ValueError:
            return ""

    def __str__(self) -> str:
        if self.is_client_error():
            text = f"{self.status_code} Client Error for {self.url}: {self._reason_phrase()}"
        elif self.is_server_error():
            text = f"{self.status_code} Server Error for {self.url}: {self._reason_phrase()}"
        else:
            text = super().__str__()
        if self.explanation:
            text = f'{text} ("{self.explanation}")'
        return text


class BadRequest(APIError):
    """400: the daemon rejected the request as malformed or invalid."""


class Unauthorized(APIError):
    """401: authentication is required or failed (registry operations)."""


class Forbidden(APIError):
    """403: the operation is not allowed (e.g. an authorization plugin said no)."""


class NotFound(APIError):
    """404: the container, image, network, volume ... does not exist."""


class ImageNotFound(NotFound):
    """404 whose message says that an image (or its repository) does not exist."""


class Conflict(APIError):
    """409: the object is in a state that forbids the operation, or the name is taken."""


class ServerError(APIError):
    """5xx: the daemon failed to carry out the request."""


class StreamError(APIError):
    """The daemon reported an error inside a stream, after answering HTTP 200.

    ``explanation`` is the daemon's message; ``item`` is the JSON object that
    carried it (None for a "system error" frame of a stdout/stderr stream);
    ``code`` is ``errorDetail.code`` when the daemon gave one.
    """

    def __init__(
        self,
        message: str,
        *,
        item: Mapping[str, Any] | None = None,
        code: int | None = None,
        response: httpx.Response | None = None,
        method: str | None = None,
        url: str | None = None,
    ) -> None:
        super().__init__(message, response, message, method=method, url=url)
        self.item = item
        self.code = code

    def is_error(self) -> bool:
        """Always true: the HTTP exchange succeeded, but the operation did not."""
        return True

    def __str__(self) -> str:
        where = f" ({self.method or 'request to'} {self.url})" if self.url else ""
        return f"the daemon reported an error mid-stream{where}: {self.explanation}"


class InvalidResponse(APIError):
    """The daemon's answer cannot be what the API says: a body that is not JSON where
    JSON is due, JSON of the wrong shape, or an answer larger than the client's limit
    (``dockerapi.Limits``). ``status_code`` is the answer's (often 200)."""

    def __str__(self) -> str:
        where = f" to {self.method or 'a request'} {self.url}" if self.url else ""
        return f"unexpected answer{where}: {self.explanation or self.args[0]}"


class InvalidVersion(DockerException):
    """A feature needs a newer (or older) API version than the one in use."""


class InvalidRepository(DockerException):
    """An image repository name cannot be used."""


class InvalidConfigFile(DockerException):
    """A Docker client configuration file cannot be read."""


class InvalidArgument(DockerException):
    """An argument has a value the API cannot accept; raised before any request."""


class DeprecatedMethod(DockerException):
    """The method is no longer supported."""


class TLSParameterError(DockerException):
    """The TLS settings are incomplete or contradictory."""

    def __init__(self, msg: str) -> None:
        super().__init__(msg)
        self.msg = msg

    def __str__(self) -> str:
        return (
            f"{self.msg}. TLS settings follow the Docker CLI's: a client certificate and "
            "key go together, and verification needs a CA certificate or the system store; "
            "see https://docs.docker.com/engine/security/protect-access/"
        )


class NullResource(DockerException, ValueError):
    """A resource id or name was empty where one is required."""


class ContainerError(DockerException):
    """A container started by ``containers.run`` exited with a non-zero status."""

    def __init__(
        self,
        container: Any,
        exit_status: int,
        command: Any,
        image: Any,
        stderr: bytes | str | None,
    ) -> None:
        self.container = container
        self.exit_status = exit_status
        self.command = command
        self.image = image
        self.stderr = stderr
        detail = f": {stderr!s}" if stderr is not None else ""
        super().__init__(
            f"Command '{command}' in image '{image}' returned non-zero exit status "
            f"{exit_status}{detail}"
        )


class StreamParseError(DockerException, RuntimeError):
    """Stream data could not be decoded: malformed, or cut off in the middle of an item."""

    def __init__(self, reason: object) -> None:
        super().__init__(reason)
        self.msg = reason


class BuildError(DockerException):
    """An image build failed; ``build_log`` holds what the build printed."""

    def __init__(self, reason: str, build_log: Any) -> None:
        super().__init__(reason)
        self.msg = reason
        self.build_log = build_log


class ImageLoadError(DockerException):
    """Loading an image archive failed."""


class ImageLoadStreamError(StreamError, ImageLoadError):
    """The daemon reported mid-stream that loading an image archive failed: both
    docker-py's `ImageLoadError` and an `APIError` (`StreamError`)."""


class ImageLoadServerError(ServerError, ImageLoadError):
    """The daemon answered a load with a 5xx status instead of reporting the failure in
    its stream (Podman 4.3 does, for an archive it cannot read): both docker-py's
    `ImageLoadError` and a `ServerError`."""


class BuildContextError(DockerException, OSError):
    """A local build context cannot be sent: its directory or Dockerfile is missing,
    or an entry cannot be read (before sending) or changed while being sent.

    Also an ``OSError``, the class docker-py raises for an unreadable file in the
    context. ``path`` names the file or directory at fault.
    """

    def __init__(self, message: str, path: str | None = None) -> None:
        super().__init__(message)
        self.path = path

    def __str__(self) -> str:
        return str(self.args[0]) if self.args else ""


class MissingContextParameter(DockerException):
    """A Docker context was created or updated without a parameter it needs."""

    def __init__(self, param: str) -> None:
        super().__init__(param)
        self.param = param

    def __str__(self) -> str:
        return f"missing parameter: {self.param}"


class ContextAlreadyExists(DockerException):
    """A Docker context of that name exists already."""

    def __init__(self, name: str) -> None:
        super().__init__(name)
        self.name = name

    def __str__(self) -> str:
        return f"context {self.name} already exists"


class ContextException(DockerException):
    """A Docker context cannot be used or changed as asked (the message says why)."""

    def __init__(self, msg: str) -> None:
        super().__init__(msg)
        self.msg = msg

    def __str__(self) -> str:
        return self.msg


class ContextNotFound(DockerException):
    """No Docker context has that name."""

    def __init__(self, name: str) -> None:
        super().__init__(name)
        self.name = name

    def __str__(self) -> str:
        return f"context '{self.name}' not found"


class DockerConnectionError(DockerException, ConnectionError):
    """The daemon could not be reached.

    ``host`` is the address tried, ``origin`` where it came from: ``"argument"``,
    ``"DOCKER_HOST"``, ``"docker context NAME"`` or ``"default"``; ``reason`` is
    what went wrong (the underlying exception is also chained as ``__cause__``).
    """

    def __init__(self, host: str, origin: str, reason: object = None) -> None:
        text = f"cannot connect to the Docker daemon at {host} ({origin})"
        if reason is not None and str(reason):
            text = f"{text}: {reason}"
        super().__init__(text)
        self.host = host
        self.origin = origin
        self.reason = reason

    def __str__(self) -> str:
        # OSError formats (errno, strerror) pairs specially; we always carry one message.
        return str(self.args[0])


class DockerTimeoutError(DockerException, TimeoutError):
    """The daemon did not answer in time (connecting, or waiting for a response)."""

    def __init__(
        self, message: str, *, host: str | None = None, timeout: float | None = None
    ) -> None:
        super().__init__(message)
        self.host = host
        self.timeout = timeout

    def __str__(self) -> str:
        return str(self.args[0])


# Lower-cased fragments of the daemon's 404 messages that are about an image (or its
# repository) rather than a container, network, volume ... ; docker-py uses the same test.
_IMAGE_NOT_FOUND_FRAGMENTS = (
    "no such image",
    "not found: does not exist or no pull access",
    "repository does not exist",
    "was found but does not match the specified platform",
)

_CLASS_BY_STATUS: dict[int, type[APIError]] = {
    400: BadRequest,
    401: Unauthorized,
    403: Forbidden,
    404: NotFound,
    409: Conflict,
}


def explanation_from_body(content: bytes) -> str:
    """The daemon's message from an error body: ``{"message": ...}``, else the body text."""
    text = content.decode("utf-8", errors="replace").strip()
    if text.startswith("{"):
        try:
            body = json.loads(text)
        except ValueError:
            return text
        if isinstance(body, dict) and "message" in body:
            message = body["message"]
            return message.strip() if isinstance(message, str) else str(message)
    return text


def _error_class(status_code: int, explanation: str) -> type[APIError]:
    if status_code == 404:
        lowered = explanation.lower()
        if any(fragment in lowered for fragment in _IMAGE_NOT_FOUND_FRAGMENTS):
            return ImageNotFound
        return NotFound
    if 500 <= status_code < 600:
        return ServerError
    return _CLASS_BY_STATUS.get(status_code, APIError)


def error_from_response(
    status_code: int,
    content: bytes,
    *,
    method: str,
    url: str,
    response: httpx.Response | None = None,
    truncated: bool = False,
    location: str | None = None,
) -> APIError:
    """Build the typed exception for a daemon error response (no I/O; the caller raises it).

    The class follows the status (404 -> NotFound, or ImageNotFound when the message
    is about an image; 409 -> Conflict; 5xx -> ServerError; 3xx -> APIError ...),
    ``explanation`` is the daemon's message. ``content`` is what was read of the body
    (``truncated``: there was more, left unread); ``location`` the target of a redirect.
    """
    url = redact_url(url)
    explanation = explanation_from_body(content)
    if truncated:
        explanation = f"{explanation} [... cut: the answer is longer than {len(content)} bytes]"
    if 300 <= status_code < 400 and status_code != 304:  # 304: not modified, no redirect
        target = redact_url(location) if location else "nowhere"
        explanation = (
            f"the daemon redirected the request to {target}, which dockerapi does not "
            f"follow (the path was refused as it is){': ' + explanation if explanation else ''}"
        )
    error_class = _error_class(status_code, explanation)
    message = f"{status_code} error for {method} {url}"
    return error_class(
        message,
        response,
        explanation,
        status_code=status_code,
        method=method,
        url=url,
    )


def error_from_stream_item(
    item: Mapping[str, Any],
    *,
    response: httpx.Response | None = None,
    method: str | None = None,
    url: str | None = None,
) -> StreamError:
    """Build a StreamError from a JSON stream object carrying ``error`` and/or ``errorDetail``.

    ``errorDetail.message`` wins over ``error`` (the daemon fills both; ``errorDetail``
    is the structured one).
    """
    detail = item.get("errorDetail")
    message: object = None
    code: int | None = None
    if isinstance(detail, Mapping):
        message = detail.get("message")
        raw_code = detail.get("code")
        code = raw_code if isinstance(raw_code, int) and not isinstance(raw_code, bool) else None
    if not message:
        message = item.get("error") or detail or "unknown error"
    return StreamError(
        message if isinstance(message, str) else str(message),
        item=item,
        code=code,
        response=response,
        method=method,
        url=url,
    )


def create_api_error_from_http_exception(e: BaseException) -> None:
    """Raise the typed `APIError` for an HTTP error exception that carries a
    `response` (docker-py's helper, for code that calls it directly).

    Despite its name it raises, as docker-py's does; `e` is chained as the cause.
    """
    response = getattr(e, "response", None)
    if response is None:
        raise APIError(str(e)) from e
    request = getattr(response, "request", None)
    raise error_from_response(
        int(response.status_code),
        bytes(getattr(response, "content", b"") or b""),
        method=str(getattr(request, "method", "")),
        url=str(getattr(request, "url", getattr(response, "url", ""))),
        response=response,
    ) from e


def create_unexpected_kwargs_error(name: str, kwargs: Mapping[str, Any]) -> TypeError:
    """The TypeError Python raises for unknown keyword arguments, for `name()`."""
    quoted = ", ".join(f"'{key}'" for key in sorted(kwargs))
    problem = (
        "an unexpected keyword argument" if len(kwargs) == 1 else "unexpected keyword arguments"
    )
    return TypeError(f"{name}() got {problem} {quoted}")

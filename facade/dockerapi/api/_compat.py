"""docker-py's private client attributes that real code reaches for, kept working.

Not dockerapi's API, a compatibility layer for code written against
docker-py's `APIClient` internals: `_url`, `_get`, `_post`, `_put`,
`_delete`, `_post_json`, `_result`, `_raise_for_status`, `_proxy_configs`
(`_auth_configs` and `reload_config` come with `RegistryAuthMixin`;
`_general_configs` and `_version` are the client's own).

The request helpers take a URL made by `_url` and requests-style keywords
(`params`, `headers`, `data`, `timeout`, `stream`) and return an
`httpx.Response` with its body read; like docker-py's they do not raise for
an error status (`_result` / `_raise_for_status` do). With `stream=True` the
body comes as a closeable stream of bytes chunks. On `AsyncAPIClient` the
request helpers are coroutines; `_url` needs the API version, so await
`negotiate_version()` first there.
"""

from __future__ import annotations

import json as _json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

import httpx

from .._decoders import RawDecoder
from .._paths import path_segment
from .._plan import PlanGenerator, StreamOf, plan
from .._request import DEFAULT_TIMEOUT, NO_JSON, Request, Response
from ..errors import APIError, InvalidArgument, error_from_response

if TYPE_CHECKING:
    from .._host import DockerHost

__all__ = ["PrivateAttributesMixin"]


class PrivateAttributesMixin:
    """docker-py's private request helpers and config attributes (see the module doc)."""

    base_url: str
    _host: DockerHost

    if TYPE_CHECKING:

        @property
        def _general_configs(self) -> dict[str, Any]: ...

        _version: str

    # -- requests ----------------------------------------------------------------

    def _url(self, pathfmt: str, *args: str, versioned_api: bool = True) -> str:
        """`base_url` + `/v<version>` + `pathfmt` with `args` put into it by the one path
        rule (`_paths`): each one segment, `/` escaped, `.`/`..` parts refused, so an
        argument cannot change the path (docker-py keeps `/`, letting `..` through).

        Raises:
            ValueError: an argument that is not a string (docker-py's words).
            NullResource: an empty argument.
            InvalidArgument: an argument with an empty, `.` or `..` part between slashes.
        """
        for arg in args:
            if not isinstance(arg, str):
                raise ValueError(f"Expected a string but found {arg} ({type(arg)}) instead")
        path = pathfmt.format(*(path_segment(arg, "an argument of _url") for arg in args))
        if versioned_api:
            return f"{self.base_url}/v{self._version}{path}"
        return f"{self.base_url}{path}"

    def _path_of(self, url: str) -> str:
        if url.startswith(self.base_url + "/"):
            return url[len(self.base_url) :]
        if url.startswith("/"):
            return url
        raise InvalidArgument(f"{url!r} is not a URL of this client's daemon (see _url)")

    def _request(
        self,
        method: str,
        url: str,
        *,
        params: Mapping[str, object] | None = None,
        headers: Mapping[str, str] | None = None,
        data: Any = None,
        json: Any = NO_JSON,
        stream: bool = False,
        timeout: Any = DEFAULT_TIMEOUT,
        **kwargs: Any,
    ) -> PlanGenerator[Any]:
        if kwargs:
            raise TypeError(f"unsupported request options: {', '.join(sorted(kwargs))}")
        if isinstance(data, str):
            data = data.encode("utf-8")
        elif isinstance(data, Mapping):
            raise TypeError("data must be bytes, a binary file or an iterable of bytes")
        configured = self._general_configs.get("HttpHeaders")
        merged = {**(headers or {}), **(configured if isinstance(configured, dict) else {})}
        request = Request.build(
            method,
            self._path_of(url),
            params=params,
            headers=merged,
            content=data,
            json=json,
            expect="stream" if stream else "bytes",
            versioned=False,
            timeout=timeout,
        )
        try:
            response: Response = yield request
        except APIError as error:
            if error.response is None:
                raise
            return error.response  # docker-py's helpers leave error statuses to _result
        if stream:
            return StreamOf.decoded(response, RawDecoder)
        return _with_body(response)

    @plan
    def _get(self, url: str, /, **kwargs: Any) -> PlanGenerator[Any]:
        return (yield from self._request("GET", url, **kwargs))

    @plan
    def _post(self, url: str, /, **kwargs: Any) -> PlanGenerator[Any]:
        return (yield from self._request("POST", url, **kwargs))

    @plan
    def _put(self, url: str, /, **kwargs: Any) -> PlanGenerator[Any]:
        return (yield from self._request("PUT", url, **kwargs))

    @plan
    def _delete(self, url: str, /, **kwargs: Any) -> PlanGenerator[Any]:
        return (yield from self._request("DELETE", url, **kwargs))

    @plan
    def _post_json(self, url: str, data: Any, /, **kwargs: Any) -> PlanGenerator[Any]:
        """POST `data` as JSON, top-level None values left out (docker-py's rule)."""
        if isinstance(data, Mapping):
            data = {key: value for key, value in data.items() if value is not None}
        headers = {**(kwargs.pop("headers", None) or {}), "Content-Type": "application/json"}
        body = _json.dumps(data if data is not None else {}).encode("utf-8")
        return (yield from self._request("POST", url, data=body, headers=headers, **kwargs))

    def _raise_for_status(self, response: httpx.Response) -> None:
        """Raise the typed `APIError` when `response` has an error status."""
        if response.status_code >= 400:
            request = response.request
            raise error_from_response(
                response.status_code,
                response.content,
                method=request.method,
                url=str(request.url),
                response=response,
            )

    def _result(self, response: httpx.Response, json: bool = False, binary: bool = False) -> Any:
        """The body of `response` (text; parsed JSON; or bytes), after `_raise_for_status`."""
        if json and binary:
            raise InvalidArgument("_result takes json or binary, not both")
        if not isinstance(response, httpx.Response):
            raise TypeError("_result takes the response of _get/_post/_put/_delete without stream")
        self._raise_for_status(response)
        if json:
            return response.json()
        if binary:
            return response.content
        return response.text


#: Headers about the body as it came over the wire, not as it is handed over read.
_WIRE_HEADERS = frozenset({"content-encoding", "content-length", "transfer-encoding"})


def _with_body(response: Response) -> httpx.Response:
    """The httpx response with its body readable (`.content`, `.json()`), as docker-py's
    helpers hand it over: the executor reads a body without a Content-Length (chunked,
    as Podman sends it) itself, bounded, leaving httpx's response unread."""
    http = response.http
    try:
        http.content  # noqa: B018
    except httpx.ResponseNotRead:
        headers = [(k, v) for k, v in http.headers.multi_items() if k.lower() not in _WIRE_HEADERS]
        return httpx.Response(
            http.status_code, headers=headers, content=response.content, request=http.request
        )
    return http

from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any, cast

from ... import errors
from ...types import UNSET, Response

if TYPE_CHECKING:
    # annotations only: not importing httpx here halves the import time of an endpoint
    import httpx

    from ...client import AuthenticatedClient, Client

from typing import cast

from ...models.auth_config import AuthConfig
from ...models.auth_response import AuthResponse
from ...models.error_response import ErrorResponse
from ...types import UNSET, Unset

__all__ = [
    "asyncio",
    "asyncio_detailed",
    "build_request",
    "parse_response",
    "sync",
    "sync_detailed",
]

# Characters Go's url.URL leaves unescaped in a path segment (besides letters, digits and -._~).
_PATH_SAFE = "$&+,/:;=@"


def build_request(
    *,
    body: AuthConfig | Unset = UNSET,
) -> dict[str, Any]:
    """The keyword arguments of ``httpx.Client.request`` for system_auth.

    Keys: ``method``, ``url`` (path without the ``/vX.Y`` prefix), and when used
    ``params``, ``headers``, ``json`` or ``content``. Parameters left UNSET are not sent.
    """
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/auth",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(
    response: httpx.Response, *, raise_on_unexpected_status: bool = False
) -> Any | AuthResponse | ErrorResponse | None:
    """Parse a response of system_auth by its status code (documented ones only).

    Works on any ``httpx.Response`` (``httpx.Response(status, content=data)`` wraps raw
    bytes); undocumented statuses give None or, if asked, ``errors.UnexpectedStatus``.
    """
    if response.status_code == 200:
        response_200 = AuthResponse.from_dict(response.json())

        return response_200

    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(response.json())

        return response_500

    if raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | AuthResponse | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parse_response(
            response, raise_on_unexpected_status=client.raise_on_unexpected_status
        ),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AuthConfig | Unset = UNSET,
) -> Response[Any | AuthResponse | ErrorResponse]:
    """Check auth configuration

     Validate credentials for a registry and, if available, get an identity
    token for accessing the registry without password.

    Args:
        body (AuthConfig | Unset):  Example: {'username': 'hannibal', 'password': 'xxxx',
            'serveraddress': 'https://index.docker.io/v1/'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | AuthResponse | ErrorResponse]
    """

    kwargs = build_request(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: AuthConfig | Unset = UNSET,
) -> Any | AuthResponse | ErrorResponse | None:
    """Check auth configuration

     Validate credentials for a registry and, if available, get an identity
    token for accessing the registry without password.

    Args:
        body (AuthConfig | Unset):  Example: {'username': 'hannibal', 'password': 'xxxx',
            'serveraddress': 'https://index.docker.io/v1/'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | AuthResponse | ErrorResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AuthConfig | Unset = UNSET,
) -> Response[Any | AuthResponse | ErrorResponse]:
    """Check auth configuration

     Validate credentials for a registry and, if available, get an identity
    token for accessing the registry without password.

    Args:
        body (AuthConfig | Unset):  Example: {'username': 'hannibal', 'password': 'xxxx',
            'serveraddress': 'https://index.docker.io/v1/'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | AuthResponse | ErrorResponse]
    """

    kwargs = build_request(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: AuthConfig | Unset = UNSET,
) -> Any | AuthResponse | ErrorResponse | None:
    """Check auth configuration

     Validate credentials for a registry and, if available, get an identity
    token for accessing the registry without password.

    Args:
        body (AuthConfig | Unset):  Example: {'username': 'hannibal', 'password': 'xxxx',
            'serveraddress': 'https://index.docker.io/v1/'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | AuthResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed

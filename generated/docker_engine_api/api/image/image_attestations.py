from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from ... import errors
from ...types import UNSET, Response

if TYPE_CHECKING:
    # annotations only: not importing httpx here halves the import time of an endpoint
    import httpx

    from ...client import AuthenticatedClient, Client


from ...models.attestation_statement import AttestationStatement
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
    name: str,
    *,
    platform: list[str] | Unset = UNSET,
    type: list[str] | Unset = UNSET,
    statement: bool | Unset = UNSET,
) -> dict[str, Any]:
    """The keyword arguments of ``httpx.Client.request`` for image_attestations.

    Keys: ``method``, ``url`` (path without the ``/vX.Y`` prefix), and when used
    ``params``, ``headers``, ``json`` or ``content``. Parameters left UNSET are not sent.
    """

    params: dict[str, Any] = {}

    json_platform: list[str] | Unset = UNSET
    if not isinstance(platform, Unset):
        json_platform = platform

    params["platform"] = json_platform

    json_type: list[str] | Unset = UNSET
    if not isinstance(type, Unset):
        json_type = type

    params["type"] = json_type

    params["statement"] = statement

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/images/{name}/attestations".format(
            name=quote(str(name), safe=_PATH_SAFE),
        ),
        "params": params,
    }

    return _kwargs


def parse_response(
    response: httpx.Response, *, raise_on_unexpected_status: bool = False
) -> ErrorResponse | list[AttestationStatement] | None:
    """Parse a response of image_attestations by its status code (documented ones only).

    Works on any ``httpx.Response`` (``httpx.Response(status, content=data)`` wraps raw
    bytes); undocumented statuses give None or, if asked, ``errors.UnexpectedStatus``.
    """
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = AttestationStatement.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(response.json())

        return response_500

    if response.status_code == 501:
        response_501 = ErrorResponse.from_dict(response.json())

        return response_501

    if raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | list[AttestationStatement]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parse_response(
            response, raise_on_unexpected_status=client.raise_on_unexpected_status
        ),
    )


def sync_detailed(
    name: str,
    *,
    client: AuthenticatedClient | Client,
    platform: list[str] | Unset = UNSET,
    type: list[str] | Unset = UNSET,
    statement: bool | Unset = UNSET,
) -> Response[ErrorResponse | list[AttestationStatement]]:
    """Get attestation statements for an image

     Return the in-toto attestation statements attached to the image for the
    given platform. The daemon locates the attestation manifest(s) that
    reference the matching platform image manifest, reads their statement
    layers, and returns the verbatim statement JSON together with layer
    metadata.

    If the image has no attestations an empty array is returned.

    Args:
        name (str): Image name or id
        platform (list[str] | Unset): JSON-encoded OCI platform to select the image variant whose
            attestations to return.
            If omitted, the daemon's default (host) platform is used.

            Only one platform value is currently accepted; passing more than
            one returns an error. The parameter is declared as an array so the
            wire shape can accept multiple values in the future without an
            API version bump.

            Example: `{"os": "linux", "architecture": "amd64"}`
        type (list[str] | Unset): In-toto predicate type URI to filter returned statements. May be
            repeated to accept any of several predicate types. If omitted, all
            statements are returned.

            Example: `type=https://slsa.dev/provenance/v0.2&type=https://spdx.dev/Document`
        statement (bool | Unset): Include the verbatim in-toto statement body in each returned
            entry. Defaults to false; when omitted or false, only the
            descriptor and predicate type are returned and statement blobs
            are not read.

            Daemon default: `false` (sent only when set).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | list[AttestationStatement]]
    """

    kwargs = build_request(
        name=name,
        platform=platform,
        type=type,
        statement=statement,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    name: str,
    *,
    client: AuthenticatedClient | Client,
    platform: list[str] | Unset = UNSET,
    type: list[str] | Unset = UNSET,
    statement: bool | Unset = UNSET,
) -> ErrorResponse | list[AttestationStatement] | None:
    """Get attestation statements for an image

     Return the in-toto attestation statements attached to the image for the
    given platform. The daemon locates the attestation manifest(s) that
    reference the matching platform image manifest, reads their statement
    layers, and returns the verbatim statement JSON together with layer
    metadata.

    If the image has no attestations an empty array is returned.

    Args:
        name (str): Image name or id
        platform (list[str] | Unset): JSON-encoded OCI platform to select the image variant whose
            attestations to return.
            If omitted, the daemon's default (host) platform is used.

            Only one platform value is currently accepted; passing more than
            one returns an error. The parameter is declared as an array so the
            wire shape can accept multiple values in the future without an
            API version bump.

            Example: `{"os": "linux", "architecture": "amd64"}`
        type (list[str] | Unset): In-toto predicate type URI to filter returned statements. May be
            repeated to accept any of several predicate types. If omitted, all
            statements are returned.

            Example: `type=https://slsa.dev/provenance/v0.2&type=https://spdx.dev/Document`
        statement (bool | Unset): Include the verbatim in-toto statement body in each returned
            entry. Defaults to false; when omitted or false, only the
            descriptor and predicate type are returned and statement blobs
            are not read.

            Daemon default: `false` (sent only when set).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | list[AttestationStatement]
    """

    return sync_detailed(
        name=name,
        client=client,
        platform=platform,
        type=type,
        statement=statement,
    ).parsed


async def asyncio_detailed(
    name: str,
    *,
    client: AuthenticatedClient | Client,
    platform: list[str] | Unset = UNSET,
    type: list[str] | Unset = UNSET,
    statement: bool | Unset = UNSET,
) -> Response[ErrorResponse | list[AttestationStatement]]:
    """Get attestation statements for an image

     Return the in-toto attestation statements attached to the image for the
    given platform. The daemon locates the attestation manifest(s) that
    reference the matching platform image manifest, reads their statement
    layers, and returns the verbatim statement JSON together with layer
    metadata.

    If the image has no attestations an empty array is returned.

    Args:
        name (str): Image name or id
        platform (list[str] | Unset): JSON-encoded OCI platform to select the image variant whose
            attestations to return.
            If omitted, the daemon's default (host) platform is used.

            Only one platform value is currently accepted; passing more than
            one returns an error. The parameter is declared as an array so the
            wire shape can accept multiple values in the future without an
            API version bump.

            Example: `{"os": "linux", "architecture": "amd64"}`
        type (list[str] | Unset): In-toto predicate type URI to filter returned statements. May be
            repeated to accept any of several predicate types. If omitted, all
            statements are returned.

            Example: `type=https://slsa.dev/provenance/v0.2&type=https://spdx.dev/Document`
        statement (bool | Unset): Include the verbatim in-toto statement body in each returned
            entry. Defaults to false; when omitted or false, only the
            descriptor and predicate type are returned and statement blobs
            are not read.

            Daemon default: `false` (sent only when set).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | list[AttestationStatement]]
    """

    kwargs = build_request(
        name=name,
        platform=platform,
        type=type,
        statement=statement,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    name: str,
    *,
    client: AuthenticatedClient | Client,
    platform: list[str] | Unset = UNSET,
    type: list[str] | Unset = UNSET,
    statement: bool | Unset = UNSET,
) -> ErrorResponse | list[AttestationStatement] | None:
    """Get attestation statements for an image

     Return the in-toto attestation statements attached to the image for the
    given platform. The daemon locates the attestation manifest(s) that
    reference the matching platform image manifest, reads their statement
    layers, and returns the verbatim statement JSON together with layer
    metadata.

    If the image has no attestations an empty array is returned.

    Args:
        name (str): Image name or id
        platform (list[str] | Unset): JSON-encoded OCI platform to select the image variant whose
            attestations to return.
            If omitted, the daemon's default (host) platform is used.

            Only one platform value is currently accepted; passing more than
            one returns an error. The parameter is declared as an array so the
            wire shape can accept multiple values in the future without an
            API version bump.

            Example: `{"os": "linux", "architecture": "amd64"}`
        type (list[str] | Unset): In-toto predicate type URI to filter returned statements. May be
            repeated to accept any of several predicate types. If omitted, all
            statements are returned.

            Example: `type=https://slsa.dev/provenance/v0.2&type=https://spdx.dev/Document`
        statement (bool | Unset): Include the verbatim in-toto statement body in each returned
            entry. Defaults to false; when omitted or false, only the
            descriptor and predicate type are returned and statement blobs
            are not read.

            Daemon default: `false` (sent only when set).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | list[AttestationStatement]
    """

    return (
        await asyncio_detailed(
            name=name,
            client=client,
            platform=platform,
            type=type,
            statement=statement,
        )
    ).parsed

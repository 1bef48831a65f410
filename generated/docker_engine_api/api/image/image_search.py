from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

from ... import errors
from ...types import UNSET, Response

if TYPE_CHECKING:
    # annotations only: not importing httpx here halves the import time of an endpoint
    import httpx

    from ...client import AuthenticatedClient, Client


from ...models.error_response import ErrorResponse
from ...models.image_search_response_item import ImageSearchResponseItem
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
    term: str,
    limit: int | Unset = UNSET,
    filters: str | Unset = UNSET,
) -> dict[str, Any]:
    """The keyword arguments of ``httpx.Client.request`` for image_search.

    Keys: ``method``, ``url`` (path without the ``/vX.Y`` prefix), and when used
    ``params``, ``headers``, ``json`` or ``content``. Parameters left UNSET are not sent.
    """

    params: dict[str, Any] = {}

    params["term"] = term

    params["limit"] = limit

    params["filters"] = filters

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/images/search",
        "params": params,
    }

    return _kwargs


def parse_response(
    response: httpx.Response, *, raise_on_unexpected_status: bool = False
) -> ErrorResponse | list[ImageSearchResponseItem] | None:
    """Parse a response of image_search by its status code (documented ones only).

    Works on any ``httpx.Response`` (``httpx.Response(status, content=data)`` wraps raw
    bytes); undocumented statuses give None or, if asked, ``errors.UnexpectedStatus``.
    """
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = ImageSearchResponseItem.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(response.json())

        return response_500

    if raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | list[ImageSearchResponseItem]]:
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
    term: str,
    limit: int | Unset = UNSET,
    filters: str | Unset = UNSET,
) -> Response[ErrorResponse | list[ImageSearchResponseItem]]:
    """Search images

     Search for an image on Docker Hub.

    Args:
        term (str): Term to search
        limit (int | Unset): Maximum number of results to return
        filters (str | Unset): A JSON encoded value of the filters (a `map[string][]string`) to
            process on the images list. Available filters:

            - `is-official=(true|false)`
            - `stars=<number>` Matches images that has at least 'number' stars.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | list[ImageSearchResponseItem]]
    """

    kwargs = build_request(
        term=term,
        limit=limit,
        filters=filters,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    term: str,
    limit: int | Unset = UNSET,
    filters: str | Unset = UNSET,
) -> ErrorResponse | list[ImageSearchResponseItem] | None:
    """Search images

     Search for an image on Docker Hub.

    Args:
        term (str): Term to search
        limit (int | Unset): Maximum number of results to return
        filters (str | Unset): A JSON encoded value of the filters (a `map[string][]string`) to
            process on the images list. Available filters:

            - `is-official=(true|false)`
            - `stars=<number>` Matches images that has at least 'number' stars.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | list[ImageSearchResponseItem]
    """

    return sync_detailed(
        client=client,
        term=term,
        limit=limit,
        filters=filters,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    term: str,
    limit: int | Unset = UNSET,
    filters: str | Unset = UNSET,
) -> Response[ErrorResponse | list[ImageSearchResponseItem]]:
    """Search images

     Search for an image on Docker Hub.

    Args:
        term (str): Term to search
        limit (int | Unset): Maximum number of results to return
        filters (str | Unset): A JSON encoded value of the filters (a `map[string][]string`) to
            process on the images list. Available filters:

            - `is-official=(true|false)`
            - `stars=<number>` Matches images that has at least 'number' stars.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | list[ImageSearchResponseItem]]
    """

    kwargs = build_request(
        term=term,
        limit=limit,
        filters=filters,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    term: str,
    limit: int | Unset = UNSET,
    filters: str | Unset = UNSET,
) -> ErrorResponse | list[ImageSearchResponseItem] | None:
    """Search images

     Search for an image on Docker Hub.

    Args:
        term (str): Term to search
        limit (int | Unset): Maximum number of results to return
        filters (str | Unset): A JSON encoded value of the filters (a `map[string][]string`) to
            process on the images list. Available filters:

            - `is-official=(true|false)`
            - `stars=<number>` Matches images that has at least 'number' stars.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | list[ImageSearchResponseItem]
    """

    return (
        await asyncio_detailed(
            client=client,
            term=term,
            limit=limit,
            filters=filters,
        )
    ).parsed

from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

from ... import errors
from ...types import UNSET, Response

if TYPE_CHECKING:
    # annotations only: not importing httpx here halves the import time of an endpoint
    import httpx

    from ...client import AuthenticatedClient, Client


from ...models.container_create_body import ContainerCreateBody
from ...models.container_create_response import ContainerCreateResponse
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
    body: ContainerCreateBody,
    name: str | Unset = UNSET,
    platform: str | Unset = UNSET,
) -> dict[str, Any]:
    """The keyword arguments of ``httpx.Client.request`` for container_create.

    Keys: ``method``, ``url`` (path without the ``/vX.Y`` prefix), and when used
    ``params``, ``headers``, ``json`` or ``content``. Parameters left UNSET are not sent.
    """
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["name"] = name

    params["platform"] = platform

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/containers/create",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(
    response: httpx.Response, *, raise_on_unexpected_status: bool = False
) -> ContainerCreateResponse | ErrorResponse | None:
    """Parse a response of container_create by its status code (documented ones only).

    Works on any ``httpx.Response`` (``httpx.Response(status, content=data)`` wraps raw
    bytes); undocumented statuses give None or, if asked, ``errors.UnexpectedStatus``.
    """
    if response.status_code == 201:
        response_201 = ContainerCreateResponse.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = ErrorResponse.from_dict(response.json())

        return response_409

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(response.json())

        return response_500

    if raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ContainerCreateResponse | ErrorResponse]:
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
    body: ContainerCreateBody,
    name: str | Unset = UNSET,
    platform: str | Unset = UNSET,
) -> Response[ContainerCreateResponse | ErrorResponse]:
    """Create a container

    Args:
        name (str | Unset): Assign the specified name to the container. Must match
            `/?[a-zA-Z0-9][a-zA-Z0-9_.-]+`.
        platform (str | Unset): Platform in the format `os[/arch[/variant]]` used for image
            lookup.

            When specified, the daemon checks if the requested image is present
            in the local image cache with the given OS and Architecture, and
            otherwise returns a `404` status.

            If the option is not set, the host's native OS and Architecture are
            used to look up the image in the image cache. However, if no platform
            is passed and the given image does exist in the local image cache,
            but its OS or architecture does not match, the container is created
            with the available image, and a warning is added to the `Warnings`
            field in the response, for example;

                WARNING: The requested image's platform (linux/arm64/v8) does not
                         match the detected host platform (linux/amd64) and no
                         specific platform was requested

            Daemon default: `""` (sent only when set).
        body (ContainerCreateBody):  Example: {'Hostname': '', 'Domainname': '', 'User': '',
            'AttachStdin': False, 'AttachStdout': True, 'AttachStderr': True, 'Tty': False,
            'OpenStdin': False, 'StdinOnce': False, 'Env': ['FOO=bar', 'BAZ=quux'], 'Cmd': ['date'],
            'Entrypoint': '', 'Image': 'ubuntu', 'Labels': {'com.example.vendor': 'Acme',
            'com.example.license': 'GPL', 'com.example.version': '1.0'}, 'Volumes': {'/volumes/data':
            {}}, 'WorkingDir': '', 'NetworkDisabled': False, 'ExposedPorts': {'22/tcp': {}},
            'StopSignal': 'SIGTERM', 'StopTimeout': 10, 'HostConfig': {'Binds': ['/tmp:/tmp'],
            'Links': ['redis3:redis'], 'Memory': 0, 'MemorySwap': 0, 'MemoryReservation': 0,
            'NanoCpus': 500000, 'CpuPercent': 80, 'CpuShares': 512, 'CpuPeriod': 100000,
            'CpuRealtimePeriod': 1000000, 'CpuRealtimeRuntime': 10000, 'CpuQuota': 50000,
            'CpusetCpus': '0,1', 'CpusetMems': '0,1', 'MaximumIOps': 0, 'MaximumIOBps': 0,
            'BlkioWeight': 300, 'BlkioWeightDevice': [{}], 'BlkioDeviceReadBps': [{}],
            'BlkioDeviceReadIOps': [{}], 'BlkioDeviceWriteBps': [{}], 'BlkioDeviceWriteIOps': [{}],
            'DeviceRequests': [{'Driver': 'nvidia', 'Count': -1, 'DeviceIDs"': ['0', '1', 'GPU-
            fef8089b-4820-abfc-e83e-94318197576e'], 'Capabilities': [['gpu', 'nvidia', 'compute']],
            'Options': {'property1': 'string', 'property2': 'string'}}], 'MemorySwappiness': 60,
            'OomKillDisable': False, 'OomScoreAdj': 500, 'PidMode': '', 'PidsLimit': 0,
            'PortBindings': {'22/tcp': [{'HostPort': '11022'}]}, 'PublishAllPorts': False,
            'Privileged': False, 'ReadonlyRootfs': False, 'Dns': ['8.8.8.8'], 'DnsOptions': [''],
            'DnsSearch': [''], 'VolumesFrom': ['parent', 'other:ro'], 'CapAdd': ['NET_ADMIN'],
            'CapDrop': ['MKNOD'], 'GroupAdd': ['newgroup'], 'RestartPolicy': {'Name': '',
            'MaximumRetryCount': 0}, 'AutoRemove': True, 'NetworkMode': 'bridge', 'Devices': [],
            'Ulimits': [{}], 'LogConfig': {'Type': 'json-file', 'Config': {}}, 'SecurityOpt': [],
            'StorageOpt': {}, 'CgroupParent': '', 'VolumeDriver': '', 'ShmSize': 67108864},
            'NetworkingConfig': {'EndpointsConfig': {'isolated_nw': {'IPAMConfig': {'IPv4Address':
            '172.20.30.33', 'IPv6Address': '2001:db8:abcd::3033', 'LinkLocalIPs': ['169.254.34.68',
            'fe80::3468']}, 'Links': ['container_1', 'container_2'], 'Aliases': ['server_x',
            'server_y']}, 'database_nw': {}}}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContainerCreateResponse | ErrorResponse]
    """

    kwargs = build_request(
        body=body,
        name=name,
        platform=platform,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: ContainerCreateBody,
    name: str | Unset = UNSET,
    platform: str | Unset = UNSET,
) -> ContainerCreateResponse | ErrorResponse | None:
    """Create a container

    Args:
        name (str | Unset): Assign the specified name to the container. Must match
            `/?[a-zA-Z0-9][a-zA-Z0-9_.-]+`.
        platform (str | Unset): Platform in the format `os[/arch[/variant]]` used for image
            lookup.

            When specified, the daemon checks if the requested image is present
            in the local image cache with the given OS and Architecture, and
            otherwise returns a `404` status.

            If the option is not set, the host's native OS and Architecture are
            used to look up the image in the image cache. However, if no platform
            is passed and the given image does exist in the local image cache,
            but its OS or architecture does not match, the container is created
            with the available image, and a warning is added to the `Warnings`
            field in the response, for example;

                WARNING: The requested image's platform (linux/arm64/v8) does not
                         match the detected host platform (linux/amd64) and no
                         specific platform was requested

            Daemon default: `""` (sent only when set).
        body (ContainerCreateBody):  Example: {'Hostname': '', 'Domainname': '', 'User': '',
            'AttachStdin': False, 'AttachStdout': True, 'AttachStderr': True, 'Tty': False,
            'OpenStdin': False, 'StdinOnce': False, 'Env': ['FOO=bar', 'BAZ=quux'], 'Cmd': ['date'],
            'Entrypoint': '', 'Image': 'ubuntu', 'Labels': {'com.example.vendor': 'Acme',
            'com.example.license': 'GPL', 'com.example.version': '1.0'}, 'Volumes': {'/volumes/data':
            {}}, 'WorkingDir': '', 'NetworkDisabled': False, 'ExposedPorts': {'22/tcp': {}},
            'StopSignal': 'SIGTERM', 'StopTimeout': 10, 'HostConfig': {'Binds': ['/tmp:/tmp'],
            'Links': ['redis3:redis'], 'Memory': 0, 'MemorySwap': 0, 'MemoryReservation': 0,
            'NanoCpus': 500000, 'CpuPercent': 80, 'CpuShares': 512, 'CpuPeriod': 100000,
            'CpuRealtimePeriod': 1000000, 'CpuRealtimeRuntime': 10000, 'CpuQuota': 50000,
            'CpusetCpus': '0,1', 'CpusetMems': '0,1', 'MaximumIOps': 0, 'MaximumIOBps': 0,
            'BlkioWeight': 300, 'BlkioWeightDevice': [{}], 'BlkioDeviceReadBps': [{}],
            'BlkioDeviceReadIOps': [{}], 'BlkioDeviceWriteBps': [{}], 'BlkioDeviceWriteIOps': [{}],
            'DeviceRequests': [{'Driver': 'nvidia', 'Count': -1, 'DeviceIDs"': ['0', '1', 'GPU-
            fef8089b-4820-abfc-e83e-94318197576e'], 'Capabilities': [['gpu', 'nvidia', 'compute']],
            'Options': {'property1': 'string', 'property2': 'string'}}], 'MemorySwappiness': 60,
            'OomKillDisable': False, 'OomScoreAdj': 500, 'PidMode': '', 'PidsLimit': 0,
            'PortBindings': {'22/tcp': [{'HostPort': '11022'}]}, 'PublishAllPorts': False,
            'Privileged': False, 'ReadonlyRootfs': False, 'Dns': ['8.8.8.8'], 'DnsOptions': [''],
            'DnsSearch': [''], 'VolumesFrom': ['parent', 'other:ro'], 'CapAdd': ['NET_ADMIN'],
            'CapDrop': ['MKNOD'], 'GroupAdd': ['newgroup'], 'RestartPolicy': {'Name': '',
            'MaximumRetryCount': 0}, 'AutoRemove': True, 'NetworkMode': 'bridge', 'Devices': [],
            'Ulimits': [{}], 'LogConfig': {'Type': 'json-file', 'Config': {}}, 'SecurityOpt': [],
            'StorageOpt': {}, 'CgroupParent': '', 'VolumeDriver': '', 'ShmSize': 67108864},
            'NetworkingConfig': {'EndpointsConfig': {'isolated_nw': {'IPAMConfig': {'IPv4Address':
            '172.20.30.33', 'IPv6Address': '2001:db8:abcd::3033', 'LinkLocalIPs': ['169.254.34.68',
            'fe80::3468']}, 'Links': ['container_1', 'container_2'], 'Aliases': ['server_x',
            'server_y']}, 'database_nw': {}}}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContainerCreateResponse | ErrorResponse
    """

    return sync_detailed(
        client=client,
        body=body,
        name=name,
        platform=platform,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ContainerCreateBody,
    name: str | Unset = UNSET,
    platform: str | Unset = UNSET,
) -> Response[ContainerCreateResponse | ErrorResponse]:
    """Create a container

    Args:
        name (str | Unset): Assign the specified name to the container. Must match
            `/?[a-zA-Z0-9][a-zA-Z0-9_.-]+`.
        platform (str | Unset): Platform in the format `os[/arch[/variant]]` used for image
            lookup.

            When specified, the daemon checks if the requested image is present
            in the local image cache with the given OS and Architecture, and
            otherwise returns a `404` status.

            If the option is not set, the host's native OS and Architecture are
            used to look up the image in the image cache. However, if no platform
            is passed and the given image does exist in the local image cache,
            but its OS or architecture does not match, the container is created
            with the available image, and a warning is added to the `Warnings`
            field in the response, for example;

                WARNING: The requested image's platform (linux/arm64/v8) does not
                         match the detected host platform (linux/amd64) and no
                         specific platform was requested

            Daemon default: `""` (sent only when set).
        body (ContainerCreateBody):  Example: {'Hostname': '', 'Domainname': '', 'User': '',
            'AttachStdin': False, 'AttachStdout': True, 'AttachStderr': True, 'Tty': False,
            'OpenStdin': False, 'StdinOnce': False, 'Env': ['FOO=bar', 'BAZ=quux'], 'Cmd': ['date'],
            'Entrypoint': '', 'Image': 'ubuntu', 'Labels': {'com.example.vendor': 'Acme',
            'com.example.license': 'GPL', 'com.example.version': '1.0'}, 'Volumes': {'/volumes/data':
            {}}, 'WorkingDir': '', 'NetworkDisabled': False, 'ExposedPorts': {'22/tcp': {}},
            'StopSignal': 'SIGTERM', 'StopTimeout': 10, 'HostConfig': {'Binds': ['/tmp:/tmp'],
            'Links': ['redis3:redis'], 'Memory': 0, 'MemorySwap': 0, 'MemoryReservation': 0,
            'NanoCpus': 500000, 'CpuPercent': 80, 'CpuShares': 512, 'CpuPeriod': 100000,
            'CpuRealtimePeriod': 1000000, 'CpuRealtimeRuntime': 10000, 'CpuQuota': 50000,
            'CpusetCpus': '0,1', 'CpusetMems': '0,1', 'MaximumIOps': 0, 'MaximumIOBps': 0,
            'BlkioWeight': 300, 'BlkioWeightDevice': [{}], 'BlkioDeviceReadBps': [{}],
            'BlkioDeviceReadIOps': [{}], 'BlkioDeviceWriteBps': [{}], 'BlkioDeviceWriteIOps': [{}],
            'DeviceRequests': [{'Driver': 'nvidia', 'Count': -1, 'DeviceIDs"': ['0', '1', 'GPU-
            fef8089b-4820-abfc-e83e-94318197576e'], 'Capabilities': [['gpu', 'nvidia', 'compute']],
            'Options': {'property1': 'string', 'property2': 'string'}}], 'MemorySwappiness': 60,
            'OomKillDisable': False, 'OomScoreAdj': 500, 'PidMode': '', 'PidsLimit': 0,
            'PortBindings': {'22/tcp': [{'HostPort': '11022'}]}, 'PublishAllPorts': False,
            'Privileged': False, 'ReadonlyRootfs': False, 'Dns': ['8.8.8.8'], 'DnsOptions': [''],
            'DnsSearch': [''], 'VolumesFrom': ['parent', 'other:ro'], 'CapAdd': ['NET_ADMIN'],
            'CapDrop': ['MKNOD'], 'GroupAdd': ['newgroup'], 'RestartPolicy': {'Name': '',
            'MaximumRetryCount': 0}, 'AutoRemove': True, 'NetworkMode': 'bridge', 'Devices': [],
            'Ulimits': [{}], 'LogConfig': {'Type': 'json-file', 'Config': {}}, 'SecurityOpt': [],
            'StorageOpt': {}, 'CgroupParent': '', 'VolumeDriver': '', 'ShmSize': 67108864},
            'NetworkingConfig': {'EndpointsConfig': {'isolated_nw': {'IPAMConfig': {'IPv4Address':
            '172.20.30.33', 'IPv6Address': '2001:db8:abcd::3033', 'LinkLocalIPs': ['169.254.34.68',
            'fe80::3468']}, 'Links': ['container_1', 'container_2'], 'Aliases': ['server_x',
            'server_y']}, 'database_nw': {}}}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContainerCreateResponse | ErrorResponse]
    """

    kwargs = build_request(
        body=body,
        name=name,
        platform=platform,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ContainerCreateBody,
    name: str | Unset = UNSET,
    platform: str | Unset = UNSET,
) -> ContainerCreateResponse | ErrorResponse | None:
    """Create a container

    Args:
        name (str | Unset): Assign the specified name to the container. Must match
            `/?[a-zA-Z0-9][a-zA-Z0-9_.-]+`.
        platform (str | Unset): Platform in the format `os[/arch[/variant]]` used for image
            lookup.

            When specified, the daemon checks if the requested image is present
            in the local image cache with the given OS and Architecture, and
            otherwise returns a `404` status.

            If the option is not set, the host's native OS and Architecture are
            used to look up the image in the image cache. However, if no platform
            is passed and the given image does exist in the local image cache,
            but its OS or architecture does not match, the container is created
            with the available image, and a warning is added to the `Warnings`
            field in the response, for example;

                WARNING: The requested image's platform (linux/arm64/v8) does not
                         match the detected host platform (linux/amd64) and no
                         specific platform was requested

            Daemon default: `""` (sent only when set).
        body (ContainerCreateBody):  Example: {'Hostname': '', 'Domainname': '', 'User': '',
            'AttachStdin': False, 'AttachStdout': True, 'AttachStderr': True, 'Tty': False,
            'OpenStdin': False, 'StdinOnce': False, 'Env': ['FOO=bar', 'BAZ=quux'], 'Cmd': ['date'],
            'Entrypoint': '', 'Image': 'ubuntu', 'Labels': {'com.example.vendor': 'Acme',
            'com.example.license': 'GPL', 'com.example.version': '1.0'}, 'Volumes': {'/volumes/data':
            {}}, 'WorkingDir': '', 'NetworkDisabled': False, 'ExposedPorts': {'22/tcp': {}},
            'StopSignal': 'SIGTERM', 'StopTimeout': 10, 'HostConfig': {'Binds': ['/tmp:/tmp'],
            'Links': ['redis3:redis'], 'Memory': 0, 'MemorySwap': 0, 'MemoryReservation': 0,
            'NanoCpus': 500000, 'CpuPercent': 80, 'CpuShares': 512, 'CpuPeriod': 100000,
            'CpuRealtimePeriod': 1000000, 'CpuRealtimeRuntime': 10000, 'CpuQuota': 50000,
            'CpusetCpus': '0,1', 'CpusetMems': '0,1', 'MaximumIOps': 0, 'MaximumIOBps': 0,
            'BlkioWeight': 300, 'BlkioWeightDevice': [{}], 'BlkioDeviceReadBps': [{}],
            'BlkioDeviceReadIOps': [{}], 'BlkioDeviceWriteBps': [{}], 'BlkioDeviceWriteIOps': [{}],
            'DeviceRequests': [{'Driver': 'nvidia', 'Count': -1, 'DeviceIDs"': ['0', '1', 'GPU-
            fef8089b-4820-abfc-e83e-94318197576e'], 'Capabilities': [['gpu', 'nvidia', 'compute']],
            'Options': {'property1': 'string', 'property2': 'string'}}], 'MemorySwappiness': 60,
            'OomKillDisable': False, 'OomScoreAdj': 500, 'PidMode': '', 'PidsLimit': 0,
            'PortBindings': {'22/tcp': [{'HostPort': '11022'}]}, 'PublishAllPorts': False,
            'Privileged': False, 'ReadonlyRootfs': False, 'Dns': ['8.8.8.8'], 'DnsOptions': [''],
            'DnsSearch': [''], 'VolumesFrom': ['parent', 'other:ro'], 'CapAdd': ['NET_ADMIN'],
            'CapDrop': ['MKNOD'], 'GroupAdd': ['newgroup'], 'RestartPolicy': {'Name': '',
            'MaximumRetryCount': 0}, 'AutoRemove': True, 'NetworkMode': 'bridge', 'Devices': [],
            'Ulimits': [{}], 'LogConfig': {'Type': 'json-file', 'Config': {}}, 'SecurityOpt': [],
            'StorageOpt': {}, 'CgroupParent': '', 'VolumeDriver': '', 'ShmSize': 67108864},
            'NetworkingConfig': {'EndpointsConfig': {'isolated_nw': {'IPAMConfig': {'IPv4Address':
            '172.20.30.33', 'IPv6Address': '2001:db8:abcd::3033', 'LinkLocalIPs': ['169.254.34.68',
            'fe80::3468']}, 'Links': ['container_1', 'container_2'], 'Aliases': ['server_x',
            'server_y']}, 'database_nw': {}}}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContainerCreateResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            name=name,
            platform=platform,
        )
    ).parsed

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

from ...models.error_response import ErrorResponse
from ...models.image_build_version import ImageBuildVersion
from ...types import UNSET, File, Unset

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
    body: File | Unset = UNSET,
    dockerfile: str | Unset = UNSET,
    tag: str | Unset = UNSET,
    extrahosts: str | Unset = UNSET,
    remote: str | Unset = UNSET,
    quiet: bool | Unset = UNSET,
    nocache: bool | Unset = UNSET,
    cachefrom: str | Unset = UNSET,
    pull: str | Unset = UNSET,
    rm: bool | Unset = UNSET,
    forcerm: bool | Unset = UNSET,
    memory: int | Unset = UNSET,
    memswap: int | Unset = UNSET,
    cpushares: int | Unset = UNSET,
    cpusetcpus: str | Unset = UNSET,
    cpuperiod: int | Unset = UNSET,
    cpuquota: int | Unset = UNSET,
    buildargs: str | Unset = UNSET,
    shmsize: int | Unset = UNSET,
    squash: bool | Unset = UNSET,
    labels: str | Unset = UNSET,
    networkmode: str | Unset = UNSET,
    platform: str | Unset = UNSET,
    target: str | Unset = UNSET,
    outputs: str | Unset = UNSET,
    version: ImageBuildVersion | Unset = UNSET,
    registry_config: str | Unset = UNSET,
) -> dict[str, Any]:
    """The keyword arguments of ``httpx.Client.request`` for image_build.

    Keys: ``method``, ``url`` (path without the ``/vX.Y`` prefix), and when used
    ``params``, ``headers``, ``json`` or ``content``. Parameters left UNSET are not sent.
    """
    headers: dict[str, Any] = {}
    if not isinstance(registry_config, Unset):
        headers["X-Registry-Config"] = registry_config

    params: dict[str, Any] = {}

    params["dockerfile"] = dockerfile

    params["t"] = tag

    params["extrahosts"] = extrahosts

    params["remote"] = remote

    params["q"] = quiet

    params["nocache"] = nocache

    params["cachefrom"] = cachefrom

    params["pull"] = pull

    params["rm"] = rm

    params["forcerm"] = forcerm

    params["memory"] = memory

    params["memswap"] = memswap

    params["cpushares"] = cpushares

    params["cpusetcpus"] = cpusetcpus

    params["cpuperiod"] = cpuperiod

    params["cpuquota"] = cpuquota

    params["buildargs"] = buildargs

    params["shmsize"] = shmsize

    params["squash"] = squash

    params["labels"] = labels

    params["networkmode"] = networkmode

    params["platform"] = platform

    params["target"] = target

    params["outputs"] = outputs

    json_version: str | Unset = UNSET
    if not isinstance(version, Unset):
        json_version = version

    params["version"] = json_version

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/build",
        "params": params,
    }

    if not isinstance(body, Unset):
        _kwargs["content"] = body.payload

    headers["Content-Type"] = "application/octet-stream"

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(
    response: httpx.Response, *, raise_on_unexpected_status: bool = False
) -> Any | ErrorResponse | None:
    """Parse a response of image_build by its status code (documented ones only).

    Works on any ``httpx.Response`` (``httpx.Response(status, content=data)`` wraps raw
    bytes); undocumented statuses give None or, if asked, ``errors.UnexpectedStatus``.
    """
    if response.status_code == 200:
        response_200 = cast(Any, None)
        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(response.json())

        return response_500

    if raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | ErrorResponse]:
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
    body: File | Unset = UNSET,
    dockerfile: str | Unset = UNSET,
    tag: str | Unset = UNSET,
    extrahosts: str | Unset = UNSET,
    remote: str | Unset = UNSET,
    quiet: bool | Unset = UNSET,
    nocache: bool | Unset = UNSET,
    cachefrom: str | Unset = UNSET,
    pull: str | Unset = UNSET,
    rm: bool | Unset = UNSET,
    forcerm: bool | Unset = UNSET,
    memory: int | Unset = UNSET,
    memswap: int | Unset = UNSET,
    cpushares: int | Unset = UNSET,
    cpusetcpus: str | Unset = UNSET,
    cpuperiod: int | Unset = UNSET,
    cpuquota: int | Unset = UNSET,
    buildargs: str | Unset = UNSET,
    shmsize: int | Unset = UNSET,
    squash: bool | Unset = UNSET,
    labels: str | Unset = UNSET,
    networkmode: str | Unset = UNSET,
    platform: str | Unset = UNSET,
    target: str | Unset = UNSET,
    outputs: str | Unset = UNSET,
    version: ImageBuildVersion | Unset = UNSET,
    registry_config: str | Unset = UNSET,
) -> Response[Any | ErrorResponse]:
    """Build an image

     Build an image from a tar archive with a `Dockerfile` in it.

    The `Dockerfile` specifies how the image is built from the tar archive. It is typically in the
    archive's root, but can be at a different path or have a different name by specifying the
    `dockerfile` parameter. [See the `Dockerfile` reference for more
    information](https://docs.docker.com/engine/reference/builder/).

    The Docker daemon performs a preliminary validation of the `Dockerfile` before starting the build,
    and returns an error if the syntax is incorrect. After that, each instruction is run one-by-one
    until the ID of the new image is output.

    The build is canceled if the client drops the connection by quitting or being killed.

    Args:
        dockerfile (str | Unset): Path within the build context to the `Dockerfile`. This is
            ignored if `remote` is specified and points to an external `Dockerfile`.

            Daemon default: `"Dockerfile"` (sent only when set).
        tag (str | Unset): A name and optional tag to apply to the image in the `name:tag` format.
            If you omit the tag the default `latest` value is assumed. You can provide several `t`
            parameters.
        extrahosts (str | Unset): Extra hosts to add to /etc/hosts
        remote (str | Unset): A Git repository URI or HTTP/HTTPS context URI. If the URI points to
            a single text file, the file’s contents are placed into a file called `Dockerfile` and the
            image is built from that file. If the URI points to a tarball, the file is downloaded by
            the daemon and the contents therein used as the context for the build. If the URI points
            to a tarball and the `dockerfile` parameter is also specified, there must be a file with
            the corresponding path inside the tarball.
        quiet (bool | Unset): Suppress verbose build output.

            Daemon default: `false` (sent only when set).
        nocache (bool | Unset): Do not use the cache when building the image.

            Daemon default: `false` (sent only when set).
        cachefrom (str | Unset): JSON array of images used for build cache resolution.
        pull (str | Unset): Attempt to pull the image even if an older image exists locally.
        rm (bool | Unset): Remove intermediate containers after a successful build.

            Daemon default: `true` (sent only when set).
        forcerm (bool | Unset): Always remove intermediate containers, even upon failure.

            Daemon default: `false` (sent only when set).
        memory (int | Unset): Set memory limit for build.
        memswap (int | Unset): Total memory (memory + swap). Set as `-1` to disable swap.
        cpushares (int | Unset): CPU shares (relative weight).
        cpusetcpus (str | Unset): CPUs in which to allow execution (e.g., `0-3`, `0,1`).
        cpuperiod (int | Unset): The length of a CPU period in microseconds.
        cpuquota (int | Unset): Microseconds of CPU time that the container can get in a CPU
            period.
        buildargs (str | Unset): JSON map of string pairs for build-time variables. Users pass
            these values at build-time. Docker uses the buildargs as the environment context for
            commands run via the `Dockerfile` RUN instruction, or for variable expansion in other
            `Dockerfile` instructions. This is not meant for passing secret values.

            For example, the build arg `FOO=bar` would become `{"FOO":"bar"}` in JSON. This would
            result in the query parameter `buildargs={"FOO":"bar"}`. Note that `{"FOO":"bar"}` should
            be URI component encoded.

            [Read more about the buildargs
            instruction.](https://docs.docker.com/engine/reference/builder/#arg)
        shmsize (int | Unset): Size of `/dev/shm` in bytes. The size must be greater than 0. If
            omitted the system uses 64MB.
        squash (bool | Unset): Squash the resulting images layers into a single layer.
            *(Experimental release only.)*
        labels (str | Unset): Arbitrary key/value labels to set on the image, as a JSON map of
            string pairs.
        networkmode (str | Unset): Sets the networking mode for the run commands during build.
            Supported
            standard values are: `bridge`, `host`, `none`, and `container:<name|id>`.
            Any other value is taken as a custom network's name or ID to which this
            container should connect to.
        platform (str | Unset): Platform in the format os[/arch[/variant]]

            Daemon default: `""` (sent only when set).
        target (str | Unset): Target build stage

            Daemon default: `""` (sent only when set).
        outputs (str | Unset): BuildKit output configuration in the format of a stringified JSON
            array of objects.
            Each object must have two top-level properties: `Type` and `Attrs`.
            The `Type` property must be set to 'moby'.
            The `Attrs` property is a map of attributes for the BuildKit output configuration.
            See https://docs.docker.com/build/exporters/oci-docker/ for more information.

            Example:

            ```
            [{"Type":"moby","Attrs":{"type":"image","force-compression":"true","compression":"zstd"}}]
            ```

            Daemon default: `""` (sent only when set).
        version (ImageBuildVersion | Unset): Version of the builder backend to use.

            - `1` is the first generation classic (deprecated) builder in the Docker daemon (default)
            - `2` is [BuildKit](https://github.com/moby/buildkit)

            Daemon default: `"1"` (sent only when set).
        registry_config (str | Unset): This is a base64-encoded JSON object with auth
            configurations for multiple registries that a build may refer to.

            The key is a registry URL, and the value is an auth configuration object, [as described in
            the authentication section](#section/Authentication). For example:

            ```
            {
              "docker.example.com": {
                "username": "janedoe",
                "password": "hunter2"
              },
              "https://index.docker.io/v1/": {
                "username": "mobydock",
                "password": "conta1n3rize14"
              }
            }
            ```

            Only the registry domain name (and port if not the default 443) are required. However, for
            legacy reasons, the Docker Hub registry must be specified with both a `https://` prefix
            and a `/v1/` suffix even though Docker will prefer to use the v2 registry API.
        body (File | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse]
    """

    kwargs = build_request(
        body=body,
        dockerfile=dockerfile,
        tag=tag,
        extrahosts=extrahosts,
        remote=remote,
        quiet=quiet,
        nocache=nocache,
        cachefrom=cachefrom,
        pull=pull,
        rm=rm,
        forcerm=forcerm,
        memory=memory,
        memswap=memswap,
        cpushares=cpushares,
        cpusetcpus=cpusetcpus,
        cpuperiod=cpuperiod,
        cpuquota=cpuquota,
        buildargs=buildargs,
        shmsize=shmsize,
        squash=squash,
        labels=labels,
        networkmode=networkmode,
        platform=platform,
        target=target,
        outputs=outputs,
        version=version,
        registry_config=registry_config,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: File | Unset = UNSET,
    dockerfile: str | Unset = UNSET,
    tag: str | Unset = UNSET,
    extrahosts: str | Unset = UNSET,
    remote: str | Unset = UNSET,
    quiet: bool | Unset = UNSET,
    nocache: bool | Unset = UNSET,
    cachefrom: str | Unset = UNSET,
    pull: str | Unset = UNSET,
    rm: bool | Unset = UNSET,
    forcerm: bool | Unset = UNSET,
    memory: int | Unset = UNSET,
    memswap: int | Unset = UNSET,
    cpushares: int | Unset = UNSET,
    cpusetcpus: str | Unset = UNSET,
    cpuperiod: int | Unset = UNSET,
    cpuquota: int | Unset = UNSET,
    buildargs: str | Unset = UNSET,
    shmsize: int | Unset = UNSET,
    squash: bool | Unset = UNSET,
    labels: str | Unset = UNSET,
    networkmode: str | Unset = UNSET,
    platform: str | Unset = UNSET,
    target: str | Unset = UNSET,
    outputs: str | Unset = UNSET,
    version: ImageBuildVersion | Unset = UNSET,
    registry_config: str | Unset = UNSET,
) -> Any | ErrorResponse | None:
    """Build an image

     Build an image from a tar archive with a `Dockerfile` in it.

    The `Dockerfile` specifies how the image is built from the tar archive. It is typically in the
    archive's root, but can be at a different path or have a different name by specifying the
    `dockerfile` parameter. [See the `Dockerfile` reference for more
    information](https://docs.docker.com/engine/reference/builder/).

    The Docker daemon performs a preliminary validation of the `Dockerfile` before starting the build,
    and returns an error if the syntax is incorrect. After that, each instruction is run one-by-one
    until the ID of the new image is output.

    The build is canceled if the client drops the connection by quitting or being killed.

    Args:
        dockerfile (str | Unset): Path within the build context to the `Dockerfile`. This is
            ignored if `remote` is specified and points to an external `Dockerfile`.

            Daemon default: `"Dockerfile"` (sent only when set).
        tag (str | Unset): A name and optional tag to apply to the image in the `name:tag` format.
            If you omit the tag the default `latest` value is assumed. You can provide several `t`
            parameters.
        extrahosts (str | Unset): Extra hosts to add to /etc/hosts
        remote (str | Unset): A Git repository URI or HTTP/HTTPS context URI. If the URI points to
            a single text file, the file’s contents are placed into a file called `Dockerfile` and the
            image is built from that file. If the URI points to a tarball, the file is downloaded by
            the daemon and the contents therein used as the context for the build. If the URI points
            to a tarball and the `dockerfile` parameter is also specified, there must be a file with
            the corresponding path inside the tarball.
        quiet (bool | Unset): Suppress verbose build output.

            Daemon default: `false` (sent only when set).
        nocache (bool | Unset): Do not use the cache when building the image.

            Daemon default: `false` (sent only when set).
        cachefrom (str | Unset): JSON array of images used for build cache resolution.
        pull (str | Unset): Attempt to pull the image even if an older image exists locally.
        rm (bool | Unset): Remove intermediate containers after a successful build.

            Daemon default: `true` (sent only when set).
        forcerm (bool | Unset): Always remove intermediate containers, even upon failure.

            Daemon default: `false` (sent only when set).
        memory (int | Unset): Set memory limit for build.
        memswap (int | Unset): Total memory (memory + swap). Set as `-1` to disable swap.
        cpushares (int | Unset): CPU shares (relative weight).
        cpusetcpus (str | Unset): CPUs in which to allow execution (e.g., `0-3`, `0,1`).
        cpuperiod (int | Unset): The length of a CPU period in microseconds.
        cpuquota (int | Unset): Microseconds of CPU time that the container can get in a CPU
            period.
        buildargs (str | Unset): JSON map of string pairs for build-time variables. Users pass
            these values at build-time. Docker uses the buildargs as the environment context for
            commands run via the `Dockerfile` RUN instruction, or for variable expansion in other
            `Dockerfile` instructions. This is not meant for passing secret values.

            For example, the build arg `FOO=bar` would become `{"FOO":"bar"}` in JSON. This would
            result in the query parameter `buildargs={"FOO":"bar"}`. Note that `{"FOO":"bar"}` should
            be URI component encoded.

            [Read more about the buildargs
            instruction.](https://docs.docker.com/engine/reference/builder/#arg)
        shmsize (int | Unset): Size of `/dev/shm` in bytes. The size must be greater than 0. If
            omitted the system uses 64MB.
        squash (bool | Unset): Squash the resulting images layers into a single layer.
            *(Experimental release only.)*
        labels (str | Unset): Arbitrary key/value labels to set on the image, as a JSON map of
            string pairs.
        networkmode (str | Unset): Sets the networking mode for the run commands during build.
            Supported
            standard values are: `bridge`, `host`, `none`, and `container:<name|id>`.
            Any other value is taken as a custom network's name or ID to which this
            container should connect to.
        platform (str | Unset): Platform in the format os[/arch[/variant]]

            Daemon default: `""` (sent only when set).
        target (str | Unset): Target build stage

            Daemon default: `""` (sent only when set).
        outputs (str | Unset): BuildKit output configuration in the format of a stringified JSON
            array of objects.
            Each object must have two top-level properties: `Type` and `Attrs`.
            The `Type` property must be set to 'moby'.
            The `Attrs` property is a map of attributes for the BuildKit output configuration.
            See https://docs.docker.com/build/exporters/oci-docker/ for more information.

            Example:

            ```
            [{"Type":"moby","Attrs":{"type":"image","force-compression":"true","compression":"zstd"}}]
            ```

            Daemon default: `""` (sent only when set).
        version (ImageBuildVersion | Unset): Version of the builder backend to use.

            - `1` is the first generation classic (deprecated) builder in the Docker daemon (default)
            - `2` is [BuildKit](https://github.com/moby/buildkit)

            Daemon default: `"1"` (sent only when set).
        registry_config (str | Unset): This is a base64-encoded JSON object with auth
            configurations for multiple registries that a build may refer to.

            The key is a registry URL, and the value is an auth configuration object, [as described in
            the authentication section](#section/Authentication). For example:

            ```
            {
              "docker.example.com": {
                "username": "janedoe",
                "password": "hunter2"
              },
              "https://index.docker.io/v1/": {
                "username": "mobydock",
                "password": "conta1n3rize14"
              }
            }
            ```

            Only the registry domain name (and port if not the default 443) are required. However, for
            legacy reasons, the Docker Hub registry must be specified with both a `https://` prefix
            and a `/v1/` suffix even though Docker will prefer to use the v2 registry API.
        body (File | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse
    """

    return sync_detailed(
        client=client,
        body=body,
        dockerfile=dockerfile,
        tag=tag,
        extrahosts=extrahosts,
        remote=remote,
        quiet=quiet,
        nocache=nocache,
        cachefrom=cachefrom,
        pull=pull,
        rm=rm,
        forcerm=forcerm,
        memory=memory,
        memswap=memswap,
        cpushares=cpushares,
        cpusetcpus=cpusetcpus,
        cpuperiod=cpuperiod,
        cpuquota=cpuquota,
        buildargs=buildargs,
        shmsize=shmsize,
        squash=squash,
        labels=labels,
        networkmode=networkmode,
        platform=platform,
        target=target,
        outputs=outputs,
        version=version,
        registry_config=registry_config,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: File | Unset = UNSET,
    dockerfile: str | Unset = UNSET,
    tag: str | Unset = UNSET,
    extrahosts: str | Unset = UNSET,
    remote: str | Unset = UNSET,
    quiet: bool | Unset = UNSET,
    nocache: bool | Unset = UNSET,
    cachefrom: str | Unset = UNSET,
    pull: str | Unset = UNSET,
    rm: bool | Unset = UNSET,
    forcerm: bool | Unset = UNSET,
    memory: int | Unset = UNSET,
    memswap: int | Unset = UNSET,
    cpushares: int | Unset = UNSET,
    cpusetcpus: str | Unset = UNSET,
    cpuperiod: int | Unset = UNSET,
    cpuquota: int | Unset = UNSET,
    buildargs: str | Unset = UNSET,
    shmsize: int | Unset = UNSET,
    squash: bool | Unset = UNSET,
    labels: str | Unset = UNSET,
    networkmode: str | Unset = UNSET,
    platform: str | Unset = UNSET,
    target: str | Unset = UNSET,
    outputs: str | Unset = UNSET,
    version: ImageBuildVersion | Unset = UNSET,
    registry_config: str | Unset = UNSET,
) -> Response[Any | ErrorResponse]:
    """Build an image

     Build an image from a tar archive with a `Dockerfile` in it.

    The `Dockerfile` specifies how the image is built from the tar archive. It is typically in the
    archive's root, but can be at a different path or have a different name by specifying the
    `dockerfile` parameter. [See the `Dockerfile` reference for more
    information](https://docs.docker.com/engine/reference/builder/).

    The Docker daemon performs a preliminary validation of the `Dockerfile` before starting the build,
    and returns an error if the syntax is incorrect. After that, each instruction is run one-by-one
    until the ID of the new image is output.

    The build is canceled if the client drops the connection by quitting or being killed.

    Args:
        dockerfile (str | Unset): Path within the build context to the `Dockerfile`. This is
            ignored if `remote` is specified and points to an external `Dockerfile`.

            Daemon default: `"Dockerfile"` (sent only when set).
        tag (str | Unset): A name and optional tag to apply to the image in the `name:tag` format.
            If you omit the tag the default `latest` value is assumed. You can provide several `t`
            parameters.
        extrahosts (str | Unset): Extra hosts to add to /etc/hosts
        remote (str | Unset): A Git repository URI or HTTP/HTTPS context URI. If the URI points to
            a single text file, the file’s contents are placed into a file called `Dockerfile` and the
            image is built from that file. If the URI points to a tarball, the file is downloaded by
            the daemon and the contents therein used as the context for the build. If the URI points
            to a tarball and the `dockerfile` parameter is also specified, there must be a file with
            the corresponding path inside the tarball.
        quiet (bool | Unset): Suppress verbose build output.

            Daemon default: `false` (sent only when set).
        nocache (bool | Unset): Do not use the cache when building the image.

            Daemon default: `false` (sent only when set).
        cachefrom (str | Unset): JSON array of images used for build cache resolution.
        pull (str | Unset): Attempt to pull the image even if an older image exists locally.
        rm (bool | Unset): Remove intermediate containers after a successful build.

            Daemon default: `true` (sent only when set).
        forcerm (bool | Unset): Always remove intermediate containers, even upon failure.

            Daemon default: `false` (sent only when set).
        memory (int | Unset): Set memory limit for build.
        memswap (int | Unset): Total memory (memory + swap). Set as `-1` to disable swap.
        cpushares (int | Unset): CPU shares (relative weight).
        cpusetcpus (str | Unset): CPUs in which to allow execution (e.g., `0-3`, `0,1`).
        cpuperiod (int | Unset): The length of a CPU period in microseconds.
        cpuquota (int | Unset): Microseconds of CPU time that the container can get in a CPU
            period.
        buildargs (str | Unset): JSON map of string pairs for build-time variables. Users pass
            these values at build-time. Docker uses the buildargs as the environment context for
            commands run via the `Dockerfile` RUN instruction, or for variable expansion in other
            `Dockerfile` instructions. This is not meant for passing secret values.

            For example, the build arg `FOO=bar` would become `{"FOO":"bar"}` in JSON. This would
            result in the query parameter `buildargs={"FOO":"bar"}`. Note that `{"FOO":"bar"}` should
            be URI component encoded.

            [Read more about the buildargs
            instruction.](https://docs.docker.com/engine/reference/builder/#arg)
        shmsize (int | Unset): Size of `/dev/shm` in bytes. The size must be greater than 0. If
            omitted the system uses 64MB.
        squash (bool | Unset): Squash the resulting images layers into a single layer.
            *(Experimental release only.)*
        labels (str | Unset): Arbitrary key/value labels to set on the image, as a JSON map of
            string pairs.
        networkmode (str | Unset): Sets the networking mode for the run commands during build.
            Supported
            standard values are: `bridge`, `host`, `none`, and `container:<name|id>`.
            Any other value is taken as a custom network's name or ID to which this
            container should connect to.
        platform (str | Unset): Platform in the format os[/arch[/variant]]

            Daemon default: `""` (sent only when set).
        target (str | Unset): Target build stage

            Daemon default: `""` (sent only when set).
        outputs (str | Unset): BuildKit output configuration in the format of a stringified JSON
            array of objects.
            Each object must have two top-level properties: `Type` and `Attrs`.
            The `Type` property must be set to 'moby'.
            The `Attrs` property is a map of attributes for the BuildKit output configuration.
            See https://docs.docker.com/build/exporters/oci-docker/ for more information.

            Example:

            ```
            [{"Type":"moby","Attrs":{"type":"image","force-compression":"true","compression":"zstd"}}]
            ```

            Daemon default: `""` (sent only when set).
        version (ImageBuildVersion | Unset): Version of the builder backend to use.

            - `1` is the first generation classic (deprecated) builder in the Docker daemon (default)
            - `2` is [BuildKit](https://github.com/moby/buildkit)

            Daemon default: `"1"` (sent only when set).
        registry_config (str | Unset): This is a base64-encoded JSON object with auth
            configurations for multiple registries that a build may refer to.

            The key is a registry URL, and the value is an auth configuration object, [as described in
            the authentication section](#section/Authentication). For example:

            ```
            {
              "docker.example.com": {
                "username": "janedoe",
                "password": "hunter2"
              },
              "https://index.docker.io/v1/": {
                "username": "mobydock",
                "password": "conta1n3rize14"
              }
            }
            ```

            Only the registry domain name (and port if not the default 443) are required. However, for
            legacy reasons, the Docker Hub registry must be specified with both a `https://` prefix
            and a `/v1/` suffix even though Docker will prefer to use the v2 registry API.
        body (File | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse]
    """

    kwargs = build_request(
        body=body,
        dockerfile=dockerfile,
        tag=tag,
        extrahosts=extrahosts,
        remote=remote,
        quiet=quiet,
        nocache=nocache,
        cachefrom=cachefrom,
        pull=pull,
        rm=rm,
        forcerm=forcerm,
        memory=memory,
        memswap=memswap,
        cpushares=cpushares,
        cpusetcpus=cpusetcpus,
        cpuperiod=cpuperiod,
        cpuquota=cpuquota,
        buildargs=buildargs,
        shmsize=shmsize,
        squash=squash,
        labels=labels,
        networkmode=networkmode,
        platform=platform,
        target=target,
        outputs=outputs,
        version=version,
        registry_config=registry_config,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: File | Unset = UNSET,
    dockerfile: str | Unset = UNSET,
    tag: str | Unset = UNSET,
    extrahosts: str | Unset = UNSET,
    remote: str | Unset = UNSET,
    quiet: bool | Unset = UNSET,
    nocache: bool | Unset = UNSET,
    cachefrom: str | Unset = UNSET,
    pull: str | Unset = UNSET,
    rm: bool | Unset = UNSET,
    forcerm: bool | Unset = UNSET,
    memory: int | Unset = UNSET,
    memswap: int | Unset = UNSET,
    cpushares: int | Unset = UNSET,
    cpusetcpus: str | Unset = UNSET,
    cpuperiod: int | Unset = UNSET,
    cpuquota: int | Unset = UNSET,
    buildargs: str | Unset = UNSET,
    shmsize: int | Unset = UNSET,
    squash: bool | Unset = UNSET,
    labels: str | Unset = UNSET,
    networkmode: str | Unset = UNSET,
    platform: str | Unset = UNSET,
    target: str | Unset = UNSET,
    outputs: str | Unset = UNSET,
    version: ImageBuildVersion | Unset = UNSET,
    registry_config: str | Unset = UNSET,
) -> Any | ErrorResponse | None:
    """Build an image

     Build an image from a tar archive with a `Dockerfile` in it.

    The `Dockerfile` specifies how the image is built from the tar archive. It is typically in the
    archive's root, but can be at a different path or have a different name by specifying the
    `dockerfile` parameter. [See the `Dockerfile` reference for more
    information](https://docs.docker.com/engine/reference/builder/).

    The Docker daemon performs a preliminary validation of the `Dockerfile` before starting the build,
    and returns an error if the syntax is incorrect. After that, each instruction is run one-by-one
    until the ID of the new image is output.

    The build is canceled if the client drops the connection by quitting or being killed.

    Args:
        dockerfile (str | Unset): Path within the build context to the `Dockerfile`. This is
            ignored if `remote` is specified and points to an external `Dockerfile`.

            Daemon default: `"Dockerfile"` (sent only when set).
        tag (str | Unset): A name and optional tag to apply to the image in the `name:tag` format.
            If you omit the tag the default `latest` value is assumed. You can provide several `t`
            parameters.
        extrahosts (str | Unset): Extra hosts to add to /etc/hosts
        remote (str | Unset): A Git repository URI or HTTP/HTTPS context URI. If the URI points to
            a single text file, the file’s contents are placed into a file called `Dockerfile` and the
            image is built from that file. If the URI points to a tarball, the file is downloaded by
            the daemon and the contents therein used as the context for the build. If the URI points
            to a tarball and the `dockerfile` parameter is also specified, there must be a file with
            the corresponding path inside the tarball.
        quiet (bool | Unset): Suppress verbose build output.

            Daemon default: `false` (sent only when set).
        nocache (bool | Unset): Do not use the cache when building the image.

            Daemon default: `false` (sent only when set).
        cachefrom (str | Unset): JSON array of images used for build cache resolution.
        pull (str | Unset): Attempt to pull the image even if an older image exists locally.
        rm (bool | Unset): Remove intermediate containers after a successful build.

            Daemon default: `true` (sent only when set).
        forcerm (bool | Unset): Always remove intermediate containers, even upon failure.

            Daemon default: `false` (sent only when set).
        memory (int | Unset): Set memory limit for build.
        memswap (int | Unset): Total memory (memory + swap). Set as `-1` to disable swap.
        cpushares (int | Unset): CPU shares (relative weight).
        cpusetcpus (str | Unset): CPUs in which to allow execution (e.g., `0-3`, `0,1`).
        cpuperiod (int | Unset): The length of a CPU period in microseconds.
        cpuquota (int | Unset): Microseconds of CPU time that the container can get in a CPU
            period.
        buildargs (str | Unset): JSON map of string pairs for build-time variables. Users pass
            these values at build-time. Docker uses the buildargs as the environment context for
            commands run via the `Dockerfile` RUN instruction, or for variable expansion in other
            `Dockerfile` instructions. This is not meant for passing secret values.

            For example, the build arg `FOO=bar` would become `{"FOO":"bar"}` in JSON. This would
            result in the query parameter `buildargs={"FOO":"bar"}`. Note that `{"FOO":"bar"}` should
            be URI component encoded.

            [Read more about the buildargs
            instruction.](https://docs.docker.com/engine/reference/builder/#arg)
        shmsize (int | Unset): Size of `/dev/shm` in bytes. The size must be greater than 0. If
            omitted the system uses 64MB.
        squash (bool | Unset): Squash the resulting images layers into a single layer.
            *(Experimental release only.)*
        labels (str | Unset): Arbitrary key/value labels to set on the image, as a JSON map of
            string pairs.
        networkmode (str | Unset): Sets the networking mode for the run commands during build.
            Supported
            standard values are: `bridge`, `host`, `none`, and `container:<name|id>`.
            Any other value is taken as a custom network's name or ID to which this
            container should connect to.
        platform (str | Unset): Platform in the format os[/arch[/variant]]

            Daemon default: `""` (sent only when set).
        target (str | Unset): Target build stage

            Daemon default: `""` (sent only when set).
        outputs (str | Unset): BuildKit output configuration in the format of a stringified JSON
            array of objects.
            Each object must have two top-level properties: `Type` and `Attrs`.
            The `Type` property must be set to 'moby'.
            The `Attrs` property is a map of attributes for the BuildKit output configuration.
            See https://docs.docker.com/build/exporters/oci-docker/ for more information.

            Example:

            ```
            [{"Type":"moby","Attrs":{"type":"image","force-compression":"true","compression":"zstd"}}]
            ```

            Daemon default: `""` (sent only when set).
        version (ImageBuildVersion | Unset): Version of the builder backend to use.

            - `1` is the first generation classic (deprecated) builder in the Docker daemon (default)
            - `2` is [BuildKit](https://github.com/moby/buildkit)

            Daemon default: `"1"` (sent only when set).
        registry_config (str | Unset): This is a base64-encoded JSON object with auth
            configurations for multiple registries that a build may refer to.

            The key is a registry URL, and the value is an auth configuration object, [as described in
            the authentication section](#section/Authentication). For example:

            ```
            {
              "docker.example.com": {
                "username": "janedoe",
                "password": "hunter2"
              },
              "https://index.docker.io/v1/": {
                "username": "mobydock",
                "password": "conta1n3rize14"
              }
            }
            ```

            Only the registry domain name (and port if not the default 443) are required. However, for
            legacy reasons, the Docker Hub registry must be specified with both a `https://` prefix
            and a `/v1/` suffix even though Docker will prefer to use the v2 registry API.
        body (File | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            dockerfile=dockerfile,
            tag=tag,
            extrahosts=extrahosts,
            remote=remote,
            quiet=quiet,
            nocache=nocache,
            cachefrom=cachefrom,
            pull=pull,
            rm=rm,
            forcerm=forcerm,
            memory=memory,
            memswap=memswap,
            cpushares=cpushares,
            cpusetcpus=cpusetcpus,
            cpuperiod=cpuperiod,
            cpuquota=cpuquota,
            buildargs=buildargs,
            shmsize=shmsize,
            squash=squash,
            labels=labels,
            networkmode=networkmode,
            platform=platform,
            target=target,
            outputs=outputs,
            version=version,
            registry_config=registry_config,
        )
    ).parsed

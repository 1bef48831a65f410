"""The main job: run a container on a real engine through dockerapi and show what it printed.

Run through `scripts/demo`, which picks or starts the engine and sets DOCKER_HOST.
Everything below is the public API a docker-py user already knows: `from_env()`,
`client.containers.create`, `container.start/wait/logs/remove`, plus the typed
whole-API layer (`client.engine`).
"""

from __future__ import annotations

import argparse
import sys

import dockerapi
from dockerapi.errors import DockerException, ImageNotFound


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--image", default="busybox:latest")
    parser.add_argument(
        "command", nargs=argparse.REMAINDER, help="what to run (default: a greeting)"
    )
    args = parser.parse_args()
    command = args.command or ["sh", "-c", "echo hello from a container; id -un"]

    try:
        with dockerapi.from_env() as client:
            return run(client, args.image, command)
    except ImageNotFound:
        print(f"demo: image {args.image} is not on this engine", file=sys.stderr)
        return 1
    except DockerException as error:
        print(f"demo: {error}", file=sys.stderr)
        return 1


def run(client: dockerapi.DockerClient, image: str, command: list[str]) -> int:
    # The typed layer: a generated model, not a dict.
    version = client.engine.system_version()
    print(
        f"engine {version.version} (API {version.api_version}, {version.os}/{version.arch}) "
        f"at {client.api.host.url}; this client speaks API {client.api.api_version}"
    )
    container = client.containers.create(image, command, labels={"dockerapi.demo": "1"})
    try:
        container.start()
        status = container.wait(timeout=60)
        for chunk in container.logs(stream=True):
            sys.stdout.write(chunk.decode(errors="replace"))
        print(f"container {container.short_id} exited with {status['StatusCode']}")
        return 0 if status["StatusCode"] == 0 else 1
    finally:
        container.remove(force=True)


if __name__ == "__main__":
    sys.exit(main())

"""The main job: run a container on a real engine and show what the engine says about itself.

Run through `scripts/demo`, which picks or starts the engine and sets DOCKER_HOST.
"""

from __future__ import annotations

import argparse
import os
import sys

import httpx


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--image", default="busybox:latest")
    parser.add_argument("command", nargs="*", default=["echo", "hello from a container"])
    args = parser.parse_args()

    host = os.environ.get("DOCKER_HOST", "unix:///var/run/docker.sock")
    if not host.startswith("unix://"):
        print(f"demo: only unix:// hosts for now, got {host}", file=sys.stderr)
        return 2
    transport = httpx.HTTPTransport(uds=host[len("unix://") :])
    with httpx.Client(transport=transport, base_url="http://docker", timeout=60) as http:
        version = http.get("/version").raise_for_status().json()
        api = f"/v{version['ApiVersion']}"
        print(f"engine {version['Version']} (API {version['ApiVersion']}) at {host}")
        created = http.post(
            f"{api}/containers/create", json={"Image": args.image, "Cmd": args.command}
        )
        if created.status_code == 404:
            print(f"demo: image {args.image} is not on this engine", file=sys.stderr)
            return 1
        container = created.raise_for_status().json()["Id"]
        try:
            http.post(f"{api}/containers/{container}/start").raise_for_status()
            status = http.post(f"{api}/containers/{container}/wait").raise_for_status().json()
            logs = http.get(
                f"{api}/containers/{container}/logs", params={"stdout": 1, "stderr": 1}
            ).raise_for_status()
            # non-TTY logs are framed: 8-byte header [stream, 0, 0, 0, size] then payload
            body, out = logs.content, bytearray()
            while len(body) >= 8:
                size = int.from_bytes(body[4:8], "big")
                out += body[8 : 8 + size]
                body = body[8 + size :]
            sys.stdout.write(out.decode(errors="replace"))
            print(f"container {container[:12]} exited with {status['StatusCode']}")
        finally:
            http.delete(f"{api}/containers/{container}", params={"force": 1})
    return 0


if __name__ == "__main__":
    sys.exit(main())

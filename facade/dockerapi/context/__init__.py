"""docker-py's ``docker.context``: the Docker CLI's contexts (`ContextAPI`, `Context`)."""

from .api import ContextAPI
from .context import Context

__all__ = ["Context", "ContextAPI"]

"""dockerapi: a complete, typed Docker Engine API client with a docker-py compatible facade."""

__version__ = "0.1.0"

__all__ = ["__version__"]

"""docker-py's high-level objects (`docker.models`): models and collections.

One module per kind, as docker-py: `resource` (the `Model` / `Collection`
bases), `containers`, `networks`, `volumes`, `images`. Each blocking class has
an asyncio twin (`Container` / `AsyncContainer`, ...) made from the same code.
"""

__all__: list[str] = []

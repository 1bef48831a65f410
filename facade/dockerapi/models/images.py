"""`Image` and `ImageCollection` (and their asyncio twins): so far `images.get`,
`images.list`, and the `Image` model's data (`id`, `short_id`, `tags`, `labels`,
`attrs`, `model`, `reload`), over the low-level `inspect_image` and `images`.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._plan import PlanGenerator, plan
from ..api.image import ImageApiMixin
from ._typed import typed
from .resource import (
    AsyncCollection,
    AsyncModel,
    Collection,
    Model,
    ModelT,
    _CollectionCore,
    _ModelCore,
)

if TYPE_CHECKING:
    from docker_engine_api.models import ImageInspect

__all__ = ["AsyncImage", "AsyncImageCollection", "Image", "ImageCollection"]


class _ImageCore(_ModelCore):
    """An image on the daemon (shared by `Image` and `AsyncImage`)."""

    def __repr__(self) -> str:
        tags = "', '".join(self.tags)
        return f"<{type(self).__name__}: '{tags}'>"

    @property
    def short_id(self) -> str:
        """The ID cut to 12 hex digits, keeping its `sha256:` prefix if it has one."""
        image_id = str(self.id)
        return image_id[:19] if image_id.startswith("sha256:") else image_id[:12]

    @property
    def tags(self) -> list[str]:
        """The image's `repository:tag` names (none for an untagged image)."""
        return [tag for tag in self.attrs.get("RepoTags") or [] if tag != "<none>:<none>"]

    @property
    def labels(self) -> dict[str, str]:
        """The image's labels (`{}` when it has none)."""
        labels: dict[str, str] = (self.attrs.get("Config") or {}).get("Labels") or {}
        return labels

    @property
    def model(self) -> ImageInspect:
        """`attrs` as the generated typed model (`docker_engine_api.models.ImageInspect`)."""
        from docker_engine_api.models import ImageInspect

        return typed(ImageInspect, self.attrs)


class Image(_ImageCore, Model):
    """An image on the daemon (blocking)."""


class AsyncImage(_ImageCore, AsyncModel):
    """An image on the daemon (asyncio: methods are coroutines)."""


class _ImageCollectionCore(_CollectionCore[ModelT]):
    """Images on the daemon (shared by both flavours)."""

    @plan
    def get(self, name: str) -> PlanGenerator[ModelT]:
        """An image by name (`busybox:latest`) or ID.

        Raises:
            ImageNotFound: no such image.
        """
        attrs = yield from ImageApiMixin.inspect_image.function(self._api, name)
        return self.prepare_model(attrs)

    @plan
    def list(
        self,
        name: str | None = None,
        all: bool = False,
        filters: Mapping[str, Any] | None = None,
    ) -> PlanGenerator[list[ModelT]]:
        """The images, like `docker images`, each read in full.

        Args:
            name: only images of this repository (`busybox`, `busybox:latest`).
            all: include intermediate images.
            filters: `dangling`, `label`, `reference`, `before`, `since`.
        """
        listed = yield from ImageApiMixin.images.function(
            self._api, name=name, all=all, filters=filters
        )
        images: list[ModelT] = []
        for summary in listed or []:
            images.append((yield from _ImageCollectionCore.get.function(self, summary["Id"])))
        return images


class ImageCollection(_ImageCollectionCore[Image], Collection[Image]):
    """Images on the daemon (blocking)."""

    model = Image


class AsyncImageCollection(_ImageCollectionCore[AsyncImage], AsyncCollection[AsyncImage]):
    """Images on the daemon (asyncio: methods are coroutines)."""

    model = AsyncImage

"""Volumes: `Volume` and `VolumeCollection` (`client.volumes`), docker-py's, and
their asyncio twins `AsyncVolume` / `AsyncVolumeCollection` (one implementation)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from .._plan import PlanGenerator, plan
from ..api.volume import VolumeApiMixin
from ._binding import delegate, forward
from ._typed import typed
from .resource import AsyncCollection, AsyncModel, Collection, Model, _CollectionCore, _ModelCore

if TYPE_CHECKING:
    from docker_engine_api.models import Volume as VolumeModel

__all__ = ["AsyncVolume", "AsyncVolumeCollection", "Volume", "VolumeCollection"]

VolumeT = TypeVar("VolumeT", bound="_VolumeCore")

_API = VolumeApiMixin


class _VolumeCore(_ModelCore):
    """A volume on the daemon (shared by `Volume` and `AsyncVolume`); its ID is its name."""

    id_attribute = "Name"

    @property
    def name(self) -> str:
        """The volume's name."""
        name: str = self.attrs["Name"]
        return name

    @property
    def model(self) -> VolumeModel:
        """`attrs` as the generated typed model (`docker_engine_api.models.Volume`)."""
        from docker_engine_api.models import Volume as VolumeModel

        return typed(VolumeModel, self.attrs)

    remove = delegate(
        _API.remove_volume,
        "Remove this volume (`force`: even if its driver lost it already).",
    )


class Volume(_VolumeCore, Model):
    """A volume on the daemon (blocking)."""


class AsyncVolume(_VolumeCore, AsyncModel):
    """A volume on the daemon (asyncio: methods are coroutines)."""


class _VolumeCollectionCore(_CollectionCore[VolumeT]):
    """Volumes on the daemon (shared by both flavours)."""

    @plan
    def create(
        self,
        name: str | None = None,
        driver: str | None = None,
        driver_opts: Mapping[str, str] | None = None,
        labels: Mapping[str, str] | None = None,
    ) -> PlanGenerator[VolumeT]:
        """Create a volume (named by the daemon without `name`) and return it."""
        created = yield from _API.create_volume.function(
            self._api, name, driver, driver_opts, labels
        )
        return self.prepare_model(created)

    @plan
    def get(self, volume_id: str) -> PlanGenerator[VolumeT]:
        """A volume by name.

        Raises:
            NotFound: no such volume.
        """
        attrs = yield from _API.inspect_volume.function(self._api, volume_id)
        return self.prepare_model(attrs)

    @plan
    def list(self, filters: Mapping[str, Any] | None = None) -> PlanGenerator[list[VolumeT]]:
        """The volumes, like `docker volume ls` (`filters`: `name`, `driver`, `label`,
        `dangling`)."""
        listed = yield from _API.volumes.function(self._api, filters=filters)
        return [self.prepare_model(entry) for entry in listed.get("Volumes") or []]

    prune = forward(
        _API.prune_volumes,
        "Remove volumes no container uses (`filters`: `label`, `all`); "
        '`{"VolumesDeleted": [...], "SpaceReclaimed": n}`.',
    )


class VolumeCollection(_VolumeCollectionCore[Volume], Collection[Volume]):
    """Volumes on the daemon (`client.volumes`, blocking)."""

    model = Volume


class AsyncVolumeCollection(_VolumeCollectionCore[AsyncVolume], AsyncCollection[AsyncVolume]):
    """Volumes on the daemon (`client.volumes` of an `AsyncDockerClient`)."""

    model = AsyncVolume

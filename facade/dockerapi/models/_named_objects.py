"""What secrets and configs share: swarm objects named in their spec, shown by name
(`<Secret: 'db-password'>`), made by a create whose answer holds only the ID."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, TypeVar

from .resource import _CollectionCore, _ModelCore

__all__ = ["NamedObjectT", "_NamedObjectCollectionCore", "_NamedObjectCore"]

NamedObjectT = TypeVar("NamedObjectT", bound="_NamedObjectCore")


class _NamedObjectCore(_ModelCore):
    """A secret or a config: its ID is `ID`, its name `Spec.Name`."""

    id_attribute = "ID"

    def __repr__(self) -> str:
        return f"<{type(self).__name__}: '{self.name}'>"

    @property
    def name(self) -> str:
        """The object's name."""
        name: str = self.attrs["Spec"]["Name"]
        return name


class _NamedObjectCollectionCore(_CollectionCore[NamedObjectT]):
    """Secrets or configs: models from the daemon's answers."""

    def _created(self, created: dict[str, Any], name: str) -> NamedObjectT:
        """The model of a new object: the create answer (its ID) with the name it was
        given, as docker-py makes it (`reload()` reads the rest)."""
        created.setdefault("Spec", {})["Name"] = name
        return self.prepare_model(created)

    def _listed(self, listed: Iterable[dict[str, Any]]) -> list[NamedObjectT]:
        return [self.prepare_model(entry) for entry in listed]

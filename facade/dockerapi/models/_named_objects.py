"""What secrets and configs share: swarm objects named in their spec, shown by name
(`<Secret: 'db-password'>`), made by a create whose answer holds only the ID. Each
kind names its low-level plans and its generated typed model; the methods are here."""

from __future__ import annotations

from collections.abc import Mapping
from importlib import import_module
from typing import Any, ClassVar, Generic, TypeVar

from .._plan import PlanGenerator, plan
from ._typed import typed
from .resource import _CollectionCore, _ModelCore

__all__ = ["NamedObjectT", "_NamedObjectCollectionCore", "_NamedObjectCore"]

NamedObjectT = TypeVar("NamedObjectT", bound="_NamedObjectCore[Any]")
TypedT = TypeVar("TypedT")


class _NamedObjectCore(_ModelCore, Generic[TypedT]):
    """A secret or a config: its ID is `ID`, its name `Spec.Name`."""

    id_attribute = "ID"
    #: The generated typed model of the kind, by name (`docker_engine_api.models.Secret`).
    _typed_model: ClassVar[str]
    #: The kind's low-level remove plan (`APIClient.remove_secret`).
    _remove: ClassVar[Any]

    def __repr__(self) -> str:
        return f"<{type(self).__name__}: '{self.name}'>"

    @property
    def name(self) -> str:
        """The object's name."""
        name: str = self.attrs["Spec"]["Name"]
        return name

    @property
    def model(self) -> TypedT:
        """`attrs` as the generated typed model (`docker_engine_api.models.Secret`,
        `Config`): `secret.model.spec.labels`, ..."""
        model: Any = getattr(import_module("docker_engine_api.models"), self._typed_model)
        result: TypedT = typed(model, self.attrs)
        return result

    @plan
    def remove(self) -> PlanGenerator[bool]:
        """Remove it (no service may use it); True."""
        removed: bool = yield from type(self)._remove.function(self._api, self.id)
        return removed


class _NamedObjectCollectionCore(_CollectionCore[NamedObjectT]):
    """Secrets or configs: each kind names its low-level plans; `create` and `get`
    are the kind's own (their parameters are docker-py's), on `_created` and `_got`."""

    #: The kind's low-level create, inspect and list plans.
    _create: ClassVar[Any]
    _inspect: ClassVar[Any]
    _list: ClassVar[Any]

    def _created(
        self, name: str, data: str | bytes, labels: Mapping[str, str] | None, option: Any
    ) -> PlanGenerator[NamedObjectT]:
        """Create one; its model is the answer (its ID) with the name it was given, as
        docker-py makes it (`reload()` reads the rest)."""
        created = yield from type(self)._create.function(self._api, name, data, labels, option)
        created.setdefault("Spec", {})["Name"] = name
        return self.prepare_model(created)

    def _got(self, key: str) -> PlanGenerator[NamedObjectT]:
        return self.prepare_model((yield from type(self)._inspect.function(self._api, key)))

    @plan
    def list(self, filters: Mapping[str, Any] | None = None) -> PlanGenerator[list[NamedObjectT]]:
        """All of them, like `docker secret ls` / `docker config ls` (`filters`: `id`,
        `label`, `name`, `names`)."""
        listed = yield from type(self)._list.function(self._api, filters)
        return [self.prepare_model(entry) for entry in listed]

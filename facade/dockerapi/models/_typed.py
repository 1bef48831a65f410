"""A model's `attrs` as a generated typed model (`container.model`, ...)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Protocol, TypeVar

from ..errors import DockerException

__all__ = ["typed"]

T_co = TypeVar("T_co", covariant=True)


class _FromDict(Protocol[T_co]):
    def from_dict(self, src_dict: Mapping[str, Any], /) -> T_co: ...


def typed(model: _FromDict[T_co], attrs: Mapping[str, Any]) -> T_co:
    """`model.from_dict(attrs)`: fields the model does not know stay reachable
    (`result["NewField"]`, `result.additional_properties`); a value of the wrong
    shape raises DockerException naming the model."""
    try:
        return model.from_dict(attrs)
    except (TypeError, ValueError, KeyError, AttributeError) as error:
        name = getattr(model, "__name__", repr(model))
        raise DockerException(f"the daemon's data does not fit {name}: {error!r}") from error

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.container_memory_stats_stats import ContainerMemoryStatsStats


T = TypeVar("T", bound="ContainerMemoryStats")


@_attrs_define
class ContainerMemoryStats:
    """Aggregates all memory stats since container inception on Linux.
    Windows returns stats for commit and private working set only.

    """

    usage: int | None | Unset = UNSET
    """ Current `res_counter` usage for memory.

    This field is Linux-specific and omitted for Windows containers.
     """
    max_usage: int | None | Unset = UNSET
    """ Maximum usage ever recorded.

    This field is Linux-specific and only supported on cgroups v1.
    It is omitted when using cgroups v2 and for Windows containers.
     """
    stats: ContainerMemoryStatsStats | None | Unset = UNSET
    """ All the stats exported via memory.stat.

    The fields in this object differ between cgroups v1 and v2.
    On cgroups v1, fields such as `cache`, `rss`, `mapped_file` are available.
    On cgroups v2, fields such as `file`, `anon`, `inactive_file` are available.

    This field is Linux-specific and omitted for Windows containers.
     """
    failcnt: int | None | Unset = UNSET
    """ Number of times memory usage hits limits.

    This field is Linux-specific and only supported on cgroups v1.
    It is omitted when using cgroups v2 and for Windows containers.
     """
    limit: int | None | Unset = UNSET
    """ This field is Linux-specific and omitted for Windows containers.
     """
    commitbytes: int | None | Unset = UNSET
    """ Committed bytes.

    This field is Windows-specific and omitted for Linux containers.
     """
    commitpeakbytes: int | None | Unset = UNSET
    """ Peak committed bytes.

    This field is Windows-specific and omitted for Linux containers.
     """
    privateworkingset: int | None | Unset = UNSET
    """ Private working set.

    This field is Windows-specific and omitted for Linux containers.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields this API version does not know (sent by newer engines), by wire name. """

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data with the API's field names (unset fields left out)."""
        from ..models.container_memory_stats_stats import ContainerMemoryStatsStats  # noqa: PLC0415

        usage: int | None | Unset
        if isinstance(self.usage, Unset):
            usage = UNSET
        else:
            usage = self.usage

        max_usage: int | None | Unset
        if isinstance(self.max_usage, Unset):
            max_usage = UNSET
        else:
            max_usage = self.max_usage

        stats: dict[str, Any] | None | Unset
        if isinstance(self.stats, Unset):
            stats = UNSET
        elif isinstance(self.stats, ContainerMemoryStatsStats):
            stats = self.stats.to_dict()
        else:
            stats = self.stats

        failcnt: int | None | Unset
        if isinstance(self.failcnt, Unset):
            failcnt = UNSET
        else:
            failcnt = self.failcnt

        limit: int | None | Unset
        if isinstance(self.limit, Unset):
            limit = UNSET
        else:
            limit = self.limit

        commitbytes: int | None | Unset
        if isinstance(self.commitbytes, Unset):
            commitbytes = UNSET
        else:
            commitbytes = self.commitbytes

        commitpeakbytes: int | None | Unset
        if isinstance(self.commitpeakbytes, Unset):
            commitpeakbytes = UNSET
        else:
            commitpeakbytes = self.commitpeakbytes

        privateworkingset: int | None | Unset
        if isinstance(self.privateworkingset, Unset):
            privateworkingset = UNSET
        else:
            privateworkingset = self.privateworkingset

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if usage is not UNSET:
            field_dict["usage"] = usage
        if max_usage is not UNSET:
            field_dict["max_usage"] = max_usage
        if stats is not UNSET:
            field_dict["stats"] = stats
        if failcnt is not UNSET:
            field_dict["failcnt"] = failcnt
        if limit is not UNSET:
            field_dict["limit"] = limit
        if commitbytes is not UNSET:
            field_dict["commitbytes"] = commitbytes
        if commitpeakbytes is not UNSET:
            field_dict["commitpeakbytes"] = commitpeakbytes
        if privateworkingset is not UNSET:
            field_dict["privateworkingset"] = privateworkingset

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A model from JSON data with the API's field names; unknown fields are kept."""
        from ..models.container_memory_stats_stats import ContainerMemoryStatsStats  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_usage(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        usage = _parse_usage(d.pop("usage", UNSET))

        def _parse_max_usage(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_usage = _parse_max_usage(d.pop("max_usage", UNSET))

        def _parse_stats(data: object) -> ContainerMemoryStatsStats | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            stats_type_1 = ContainerMemoryStatsStats.from_dict(data)

            return stats_type_1

        stats = _parse_stats(d.pop("stats", UNSET))

        def _parse_failcnt(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        failcnt = _parse_failcnt(d.pop("failcnt", UNSET))

        def _parse_limit(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        limit = _parse_limit(d.pop("limit", UNSET))

        def _parse_commitbytes(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        commitbytes = _parse_commitbytes(d.pop("commitbytes", UNSET))

        def _parse_commitpeakbytes(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        commitpeakbytes = _parse_commitpeakbytes(d.pop("commitpeakbytes", UNSET))

        def _parse_privateworkingset(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        privateworkingset = _parse_privateworkingset(d.pop("privateworkingset", UNSET))

        container_memory_stats = cls(
            usage=usage,
            max_usage=max_usage,
            stats=stats,
            failcnt=failcnt,
            limit=limit,
            commitbytes=commitbytes,
            commitpeakbytes=commitpeakbytes,
            privateworkingset=privateworkingset,
        )

        container_memory_stats.additional_properties = d
        return container_memory_stats

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

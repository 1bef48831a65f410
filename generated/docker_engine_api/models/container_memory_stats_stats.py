from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

T = TypeVar("T", bound="ContainerMemoryStatsStats")


class ContainerMemoryStatsStats(dict[str, "int | None"]):
    """All the stats exported via memory.stat.

    The fields in this object differ between cgroups v1 and v2.
    On cgroups v1, fields such as `cache`, `rss`, `mapped_file` are available.
    On cgroups v2, fields such as `file`, `anon`, `inactive_file` are available.

    This field is Linux-specific and omitted for Windows containers.

        Example:
            {'active_anon': 1572864, 'active_file': 5115904, 'anon': 1572864, 'anon_thp': 0, 'file': 7626752, 'file_dirty':
                0, 'file_mapped': 2723840, 'file_writeback': 0, 'inactive_anon': 0, 'inactive_file': 2510848, 'kernel_stack':
                16384, 'pgactivate': 0, 'pgdeactivate': 0, 'pgfault': 2042, 'pglazyfree': 0, 'pglazyfreed': 0, 'pgmajfault': 45,
                'pgrefill': 0, 'pgscan': 0, 'pgsteal': 0, 'shmem': 0, 'slab': 1180928, 'slab_reclaimable': 725576,
                'slab_unreclaimable': 455352, 'sock': 0, 'thp_collapse_alloc': 0, 'thp_fault_alloc': 1, 'unevictable': 0,
                'workingset_activate': 0, 'workingset_nodereclaim': 0, 'workingset_refault': 0}

        A map: a ``dict`` of int | None values.
    """

    __slots__ = ()

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.items():
            field_dict[prop_name] = prop
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        container_memory_stats_stats = cls()
        for prop_name, prop_dict in src_dict.items():

            def _parse_additional_property(data: object) -> int | None:
                if data is None:
                    return data
                return cast(int | None, data)

            additional_property = _parse_additional_property(prop_dict)

            container_memory_stats_stats[prop_name] = additional_property
        return container_memory_stats_stats

    @property
    def additional_properties(self) -> dict[str, int | None]:
        """The entries: the map itself (other models keep unknown fields under this name)."""
        return self

    def __repr__(self) -> str:
        return f"{type(self).__name__}({dict.__repr__(self)})"

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.join_tokens import JoinTokens
    from ..models.object_version import ObjectVersion
    from ..models.swarm_spec import SwarmSpec
    from ..models.tls_info import TLSInfo


T = TypeVar("T", bound="Swarm")


@_attrs_define
class Swarm:
    id: str | Unset = UNSET
    """ The ID of the swarm. """
    version: None | ObjectVersion | Unset = UNSET
    created_at: str | Unset = UNSET
    """ Date and time at which the swarm was initialised in
    [RFC 3339](https://www.ietf.org/rfc/rfc3339.txt) format with nano-seconds.
     """
    updated_at: str | Unset = UNSET
    """ Date and time at which the swarm was last updated in
    [RFC 3339](https://www.ietf.org/rfc/rfc3339.txt) format with nano-seconds.
     """
    spec: None | SwarmSpec | Unset = UNSET
    tls_info: None | TLSInfo | Unset = UNSET
    root_rotation_in_progress: bool | Unset = UNSET
    """ Whether there is currently a root CA rotation in progress for the swarm
     """
    data_path_port: int | Unset = UNSET
    """ DataPathPort specifies the data path port number for data traffic.
    Acceptable port range is 1024 to 49151.
    If no port is set or is set to 0, the default port (4789) is used.

    Daemon default: `4789` (sent only when set). """
    default_addr_pool: list[str] | None | Unset = UNSET
    """ Default Address Pool specifies default subnet pools for global scope
    networks.
     """
    subnet_size: int | Unset = UNSET
    """ SubnetSize specifies the subnet size of the networks created from the
    default subnet pool.

    Daemon default: `24` (sent only when set). """
    join_tokens: JoinTokens | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields this API version does not know (sent by newer engines), by wire name. """

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data with the API's field names (unset fields left out)."""
        from ..models.join_tokens import JoinTokens  # noqa: PLC0415
        from ..models.object_version import ObjectVersion  # noqa: PLC0415
        from ..models.swarm_spec import SwarmSpec  # noqa: PLC0415
        from ..models.tls_info import TLSInfo  # noqa: PLC0415

        id = self.id

        version: dict[str, Any] | None | Unset
        if isinstance(self.version, Unset):
            version = UNSET
        elif isinstance(self.version, ObjectVersion):
            version = self.version.to_dict()
        else:
            version = self.version

        created_at = self.created_at

        updated_at = self.updated_at

        spec: dict[str, Any] | None | Unset
        if isinstance(self.spec, Unset):
            spec = UNSET
        elif isinstance(self.spec, SwarmSpec):
            spec = self.spec.to_dict()
        else:
            spec = self.spec

        tls_info: dict[str, Any] | None | Unset
        if isinstance(self.tls_info, Unset):
            tls_info = UNSET
        elif isinstance(self.tls_info, TLSInfo):
            tls_info = self.tls_info.to_dict()
        else:
            tls_info = self.tls_info

        root_rotation_in_progress = self.root_rotation_in_progress

        data_path_port = self.data_path_port

        default_addr_pool: list[str] | None | Unset
        if isinstance(self.default_addr_pool, Unset):
            default_addr_pool = UNSET
        elif isinstance(self.default_addr_pool, list):
            default_addr_pool = self.default_addr_pool

        else:
            default_addr_pool = self.default_addr_pool

        subnet_size = self.subnet_size

        join_tokens: dict[str, Any] | None | Unset
        if isinstance(self.join_tokens, Unset):
            join_tokens = UNSET
        elif isinstance(self.join_tokens, JoinTokens):
            join_tokens = self.join_tokens.to_dict()
        else:
            join_tokens = self.join_tokens

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["ID"] = id
        if version is not UNSET:
            field_dict["Version"] = version
        if created_at is not UNSET:
            field_dict["CreatedAt"] = created_at
        if updated_at is not UNSET:
            field_dict["UpdatedAt"] = updated_at
        if spec is not UNSET:
            field_dict["Spec"] = spec
        if tls_info is not UNSET:
            field_dict["TLSInfo"] = tls_info
        if root_rotation_in_progress is not UNSET:
            field_dict["RootRotationInProgress"] = root_rotation_in_progress
        if data_path_port is not UNSET:
            field_dict["DataPathPort"] = data_path_port
        if default_addr_pool is not UNSET:
            field_dict["DefaultAddrPool"] = default_addr_pool
        if subnet_size is not UNSET:
            field_dict["SubnetSize"] = subnet_size
        if join_tokens is not UNSET:
            field_dict["JoinTokens"] = join_tokens

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A model from JSON data with the API's field names; unknown fields are kept."""
        from ..models.join_tokens import JoinTokens  # noqa: PLC0415
        from ..models.object_version import ObjectVersion  # noqa: PLC0415
        from ..models.swarm_spec import SwarmSpec  # noqa: PLC0415
        from ..models.tls_info import TLSInfo  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("ID", UNSET)

        def _parse_version(data: object) -> None | ObjectVersion | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            version_type_1 = ObjectVersion.from_dict(data)

            return version_type_1

        version = _parse_version(d.pop("Version", UNSET))

        created_at = d.pop("CreatedAt", UNSET)

        updated_at = d.pop("UpdatedAt", UNSET)

        def _parse_spec(data: object) -> None | SwarmSpec | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            spec_type_1 = SwarmSpec.from_dict(data)

            return spec_type_1

        spec = _parse_spec(d.pop("Spec", UNSET))

        def _parse_tls_info(data: object) -> None | TLSInfo | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            tls_info_type_1 = TLSInfo.from_dict(data)

            return tls_info_type_1

        tls_info = _parse_tls_info(d.pop("TLSInfo", UNSET))

        root_rotation_in_progress = d.pop("RootRotationInProgress", UNSET)

        data_path_port = d.pop("DataPathPort", UNSET)

        def _parse_default_addr_pool(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError()
            default_addr_pool_type_0 = cast(list[str], data)

            return default_addr_pool_type_0

        default_addr_pool = _parse_default_addr_pool(d.pop("DefaultAddrPool", UNSET))

        subnet_size = d.pop("SubnetSize", UNSET)

        def _parse_join_tokens(data: object) -> JoinTokens | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            join_tokens_type_1 = JoinTokens.from_dict(data)

            return join_tokens_type_1

        join_tokens = _parse_join_tokens(d.pop("JoinTokens", UNSET))

        swarm = cls(
            id=id,
            version=version,
            created_at=created_at,
            updated_at=updated_at,
            spec=spec,
            tls_info=tls_info,
            root_rotation_in_progress=root_rotation_in_progress,
            data_path_port=data_path_port,
            default_addr_pool=default_addr_pool,
            subnet_size=subnet_size,
            join_tokens=join_tokens,
        )

        swarm.additional_properties = d
        return swarm

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

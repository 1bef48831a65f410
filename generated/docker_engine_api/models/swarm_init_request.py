from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.swarm_spec import SwarmSpec


T = TypeVar("T", bound="SwarmInitRequest")


@_attrs_define
class SwarmInitRequest:
    """
    Example:
        {'ListenAddr': '0.0.0.0:2377', 'AdvertiseAddr': '192.168.1.1:2377', 'DataPathPort': 4789, 'DefaultAddrPool':
            ['10.10.0.0/8', '20.20.0.0/8'], 'SubnetSize': 24, 'ForceNewCluster': False, 'Spec': {'Orchestration': {},
            'Raft': {}, 'Dispatcher': {}, 'CAConfig': {}, 'EncryptionConfig': {'AutoLockManagers': False}}}

    """

    listen_addr: str | Unset = UNSET
    """ Listen address used for inter-manager communication, as well
    as determining the networking interface used for the VXLAN
    Tunnel Endpoint (VTEP). This can either be an address/port
    combination in the form `192.168.1.1:4567`, or an interface
    followed by a port number, like `eth0:4567`. If the port number
    is omitted, the default swarm listening port is used.
     """
    advertise_addr: str | Unset = UNSET
    """ Externally reachable address advertised to other nodes. This
    can either be an address/port combination in the form
    `192.168.1.1:4567`, or an interface followed by a port number,
    like `eth0:4567`. If the port number is omitted, the port
    number from the listen address is used. If `AdvertiseAddr` is
    not specified, it will be automatically detected when possible.
     """
    data_path_addr: str | Unset = UNSET
    """ Address or interface to use for data path traffic (format:
    `<ip|interface>`), for example,  `192.168.1.1`, or an interface,
    like `eth0`. If `DataPathAddr` is unspecified, the same address
    as `AdvertiseAddr` is used.

    The `DataPathAddr` specifies the address that global scope
    network drivers will publish towards other  nodes in order to
    reach the containers running on this node. Using this parameter
    it is possible to separate the container data traffic from the
    management traffic of the cluster.
     """
    data_path_port: int | Unset = UNSET
    """ DataPathPort specifies the data path port number for data traffic.
    Acceptable port range is 1024 to 49151.
    if no port is set or is set to 0, default port 4789 will be used.
     """
    default_addr_pool: list[str] | None | Unset = UNSET
    """ Default Address Pool specifies default subnet pools for global
    scope networks.
     """
    force_new_cluster: bool | Unset = UNSET
    """ Force creation of a new swarm. """
    subnet_size: int | Unset = UNSET
    """ SubnetSize specifies the subnet size of the networks created
    from the default subnet pool.
     """
    spec: None | SwarmSpec | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields this API version does not know (sent by newer engines), by wire name. """

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data with the API's field names (unset fields left out)."""
        from ..models.swarm_spec import SwarmSpec  # noqa: PLC0415

        listen_addr = self.listen_addr

        advertise_addr = self.advertise_addr

        data_path_addr = self.data_path_addr

        data_path_port = self.data_path_port

        default_addr_pool: list[str] | None | Unset
        if isinstance(self.default_addr_pool, Unset):
            default_addr_pool = UNSET
        elif isinstance(self.default_addr_pool, list):
            default_addr_pool = self.default_addr_pool

        else:
            default_addr_pool = self.default_addr_pool

        force_new_cluster = self.force_new_cluster

        subnet_size = self.subnet_size

        spec: dict[str, Any] | None | Unset
        if isinstance(self.spec, Unset):
            spec = UNSET
        elif isinstance(self.spec, SwarmSpec):
            spec = self.spec.to_dict()
        else:
            spec = self.spec

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if listen_addr is not UNSET:
            field_dict["ListenAddr"] = listen_addr
        if advertise_addr is not UNSET:
            field_dict["AdvertiseAddr"] = advertise_addr
        if data_path_addr is not UNSET:
            field_dict["DataPathAddr"] = data_path_addr
        if data_path_port is not UNSET:
            field_dict["DataPathPort"] = data_path_port
        if default_addr_pool is not UNSET:
            field_dict["DefaultAddrPool"] = default_addr_pool
        if force_new_cluster is not UNSET:
            field_dict["ForceNewCluster"] = force_new_cluster
        if subnet_size is not UNSET:
            field_dict["SubnetSize"] = subnet_size
        if spec is not UNSET:
            field_dict["Spec"] = spec

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A model from JSON data with the API's field names; unknown fields are kept."""
        from ..models.swarm_spec import SwarmSpec  # noqa: PLC0415

        d = dict(src_dict)
        listen_addr = d.pop("ListenAddr", UNSET)

        advertise_addr = d.pop("AdvertiseAddr", UNSET)

        data_path_addr = d.pop("DataPathAddr", UNSET)

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

        force_new_cluster = d.pop("ForceNewCluster", UNSET)

        subnet_size = d.pop("SubnetSize", UNSET)

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

        swarm_init_request = cls(
            listen_addr=listen_addr,
            advertise_addr=advertise_addr,
            data_path_addr=data_path_addr,
            data_path_port=data_path_port,
            default_addr_pool=default_addr_pool,
            force_new_cluster=force_new_cluster,
            subnet_size=subnet_size,
            spec=spec,
        )

        swarm_init_request.additional_properties = d
        return swarm_init_request

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="SwarmJoinRequest")


@_attrs_define
class SwarmJoinRequest:
    """
    Example:
        {'ListenAddr': '0.0.0.0:2377', 'AdvertiseAddr': '192.168.1.1:2377', 'DataPathAddr': '192.168.1.1',
            'RemoteAddrs': ['node1:2377'], 'JoinToken':
            'SWMTKN-1-3pu6hszjas19xyp7ghgosyx9k8atbfcr8p2is99znpy26u2lkl-7p73s1dx5in4tatdymyhg9hu2'}

    """

    listen_addr: str
    """ Listen address used for inter-manager communication if the node
    gets promoted to manager, as well as determining the networking
    interface used for the VXLAN Tunnel Endpoint (VTEP). This is
    required for joining a swarm. If the port number is omitted,
    the default swarm listening port is used.
     """
    remote_addrs: list[str] | None
    """ Addresses of manager nodes already participating in the swarm.
     """
    join_token: str
    """ Secret token for joining this swarm. """
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
    network drivers will publish towards other nodes in order to
    reach the containers running on this node. Using this parameter
    it is possible to separate the container data traffic from the
    management traffic of the cluster.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields this API version does not know (sent by newer engines), by wire name. """

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data with the API's field names (unset fields left out)."""
        listen_addr = self.listen_addr

        remote_addrs: list[str] | None
        if isinstance(self.remote_addrs, list):
            remote_addrs = self.remote_addrs

        else:
            remote_addrs = self.remote_addrs

        join_token = self.join_token

        advertise_addr = self.advertise_addr

        data_path_addr = self.data_path_addr

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ListenAddr": listen_addr,
                "RemoteAddrs": remote_addrs,
                "JoinToken": join_token,
            }
        )
        if advertise_addr is not UNSET:
            field_dict["AdvertiseAddr"] = advertise_addr
        if data_path_addr is not UNSET:
            field_dict["DataPathAddr"] = data_path_addr

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A model from JSON data with the API's field names; unknown fields are kept."""
        d = dict(src_dict)
        listen_addr = d.pop("ListenAddr")

        def _parse_remote_addrs(data: object) -> list[str] | None:
            if data is None:
                return data
            if not isinstance(data, list):
                raise TypeError()
            remote_addrs_type_0 = cast(list[str], data)

            return remote_addrs_type_0

        remote_addrs = _parse_remote_addrs(d.pop("RemoteAddrs"))

        join_token = d.pop("JoinToken")

        advertise_addr = d.pop("AdvertiseAddr", UNSET)

        data_path_addr = d.pop("DataPathAddr", UNSET)

        swarm_join_request = cls(
            listen_addr=listen_addr,
            remote_addrs=remote_addrs,
            join_token=join_token,
            advertise_addr=advertise_addr,
            data_path_addr=data_path_addr,
        )

        swarm_join_request.additional_properties = d
        return swarm_join_request

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

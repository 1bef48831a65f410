from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.config_reference import ConfigReference
    from ..models.ipam import IPAM
    from ..models.network_labels import NetworkLabels
    from ..models.network_options import NetworkOptions
    from ..models.peer_info import PeerInfo


T = TypeVar("T", bound="Network")


@_attrs_define
class Network:
    name: str | Unset = UNSET
    """ Name of the network.
     """
    id: str | Unset = UNSET
    """ ID that uniquely identifies a network on a single machine.
     """
    created: str | Unset = UNSET
    """ Date and time at which the network was created in
    [RFC 3339](https://www.ietf.org/rfc/rfc3339.txt) format with nano-seconds.
     """
    scope: str | Unset = UNSET
    """ The level at which the network exists (e.g. `swarm` for cluster-wide
    or `local` for machine level)
     """
    driver: str | Unset = UNSET
    """ The name of the driver used to create the network (e.g. `bridge`,
    `overlay`).
     """
    enable_ipv4: bool | Unset = UNSET
    """ Whether the network was created with IPv4 enabled.
     """
    enable_ipv6: bool | Unset = UNSET
    """ Whether the network was created with IPv6 enabled.
     """
    ipam: IPAM | None | Unset = UNSET
    """ The network's IP Address Management.
     """
    internal: bool | Unset = UNSET
    """ Whether the network is created to only allow internal networking
    connectivity.

    Daemon default: `false` (sent only when set). """
    attachable: bool | Unset = UNSET
    """ Whether a global / swarm scope network is manually attachable by regular
    containers from workers in swarm mode.

    Daemon default: `false` (sent only when set). """
    ingress: bool | Unset = UNSET
    """ Whether the network is providing the routing-mesh for the swarm cluster.

    Daemon default: `false` (sent only when set). """
    config_from: ConfigReference | None | Unset = UNSET
    config_only: bool | Unset = UNSET
    """ Whether the network is a config-only network. Config-only networks are
    placeholder networks for network configurations to be used by other
    networks. Config-only networks cannot be used directly to run containers
    or services.

    Daemon default: `false` (sent only when set). """
    options: NetworkOptions | None | Unset = UNSET
    """ Network-specific options uses when creating the network.
     """
    labels: NetworkLabels | None | Unset = UNSET
    """ Metadata specific to the network being created.
     """
    peers: list[PeerInfo] | None | Unset = UNSET
    """ List of peer nodes for an overlay network. This field is only present
    for overlay networks, and omitted for other network types.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields this API version does not know (sent by newer engines), by wire name. """

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data with the API's field names (unset fields left out)."""
        from ..models.config_reference import ConfigReference  # noqa: PLC0415
        from ..models.ipam import IPAM  # noqa: PLC0415
        from ..models.network_labels import NetworkLabels  # noqa: PLC0415
        from ..models.network_options import NetworkOptions  # noqa: PLC0415

        name = self.name

        id = self.id

        created = self.created

        scope = self.scope

        driver = self.driver

        enable_ipv4 = self.enable_ipv4

        enable_ipv6 = self.enable_ipv6

        ipam: dict[str, Any] | None | Unset
        if isinstance(self.ipam, Unset):
            ipam = UNSET
        elif isinstance(self.ipam, IPAM):
            ipam = self.ipam.to_dict()
        else:
            ipam = self.ipam

        internal = self.internal

        attachable = self.attachable

        ingress = self.ingress

        config_from: dict[str, Any] | None | Unset
        if isinstance(self.config_from, Unset):
            config_from = UNSET
        elif isinstance(self.config_from, ConfigReference):
            config_from = self.config_from.to_dict()
        else:
            config_from = self.config_from

        config_only = self.config_only

        options: dict[str, Any] | None | Unset
        if isinstance(self.options, Unset):
            options = UNSET
        elif isinstance(self.options, NetworkOptions):
            options = self.options.to_dict()
        else:
            options = self.options

        labels: dict[str, Any] | None | Unset
        if isinstance(self.labels, Unset):
            labels = UNSET
        elif isinstance(self.labels, NetworkLabels):
            labels = self.labels.to_dict()
        else:
            labels = self.labels

        peers: list[dict[str, Any]] | None | Unset
        if isinstance(self.peers, Unset):
            peers = UNSET
        elif isinstance(self.peers, list):
            peers = []
            for peers_type_0_item_data in self.peers:
                peers_type_0_item = peers_type_0_item_data.to_dict()
                peers.append(peers_type_0_item)

        else:
            peers = self.peers

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["Name"] = name
        if id is not UNSET:
            field_dict["Id"] = id
        if created is not UNSET:
            field_dict["Created"] = created
        if scope is not UNSET:
            field_dict["Scope"] = scope
        if driver is not UNSET:
            field_dict["Driver"] = driver
        if enable_ipv4 is not UNSET:
            field_dict["EnableIPv4"] = enable_ipv4
        if enable_ipv6 is not UNSET:
            field_dict["EnableIPv6"] = enable_ipv6
        if ipam is not UNSET:
            field_dict["IPAM"] = ipam
        if internal is not UNSET:
            field_dict["Internal"] = internal
        if attachable is not UNSET:
            field_dict["Attachable"] = attachable
        if ingress is not UNSET:
            field_dict["Ingress"] = ingress
        if config_from is not UNSET:
            field_dict["ConfigFrom"] = config_from
        if config_only is not UNSET:
            field_dict["ConfigOnly"] = config_only
        if options is not UNSET:
            field_dict["Options"] = options
        if labels is not UNSET:
            field_dict["Labels"] = labels
        if peers is not UNSET:
            field_dict["Peers"] = peers

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A model from JSON data with the API's field names; unknown fields are kept."""
        from ..models.config_reference import ConfigReference  # noqa: PLC0415
        from ..models.ipam import IPAM  # noqa: PLC0415
        from ..models.network_labels import NetworkLabels  # noqa: PLC0415
        from ..models.network_options import NetworkOptions  # noqa: PLC0415
        from ..models.peer_info import PeerInfo  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("Name", UNSET)

        id = d.pop("Id", UNSET)

        created = d.pop("Created", UNSET)

        scope = d.pop("Scope", UNSET)

        driver = d.pop("Driver", UNSET)

        enable_ipv4 = d.pop("EnableIPv4", UNSET)

        enable_ipv6 = d.pop("EnableIPv6", UNSET)

        def _parse_ipam(data: object) -> IPAM | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            ipam_type_1 = IPAM.from_dict(data)

            return ipam_type_1

        ipam = _parse_ipam(d.pop("IPAM", UNSET))

        internal = d.pop("Internal", UNSET)

        attachable = d.pop("Attachable", UNSET)

        ingress = d.pop("Ingress", UNSET)

        def _parse_config_from(data: object) -> ConfigReference | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            config_from_type_1 = ConfigReference.from_dict(data)

            return config_from_type_1

        config_from = _parse_config_from(d.pop("ConfigFrom", UNSET))

        config_only = d.pop("ConfigOnly", UNSET)

        def _parse_options(data: object) -> NetworkOptions | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            options_type_1 = NetworkOptions.from_dict(data)

            return options_type_1

        options = _parse_options(d.pop("Options", UNSET))

        def _parse_labels(data: object) -> NetworkLabels | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            labels_type_1 = NetworkLabels.from_dict(data)

            return labels_type_1

        labels = _parse_labels(d.pop("Labels", UNSET))

        def _parse_peers(data: object) -> list[PeerInfo] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError()
            peers_type_0 = []
            _peers_type_0 = data
            for peers_type_0_item_data in _peers_type_0:
                peers_type_0_item = PeerInfo.from_dict(peers_type_0_item_data)

                peers_type_0.append(peers_type_0_item)

            return peers_type_0

        peers = _parse_peers(d.pop("Peers", UNSET))

        network = cls(
            name=name,
            id=id,
            created=created,
            scope=scope,
            driver=driver,
            enable_ipv4=enable_ipv4,
            enable_ipv6=enable_ipv6,
            ipam=ipam,
            internal=internal,
            attachable=attachable,
            ingress=ingress,
            config_from=config_from,
            config_only=config_only,
            options=options,
            labels=labels,
            peers=peers,
        )

        network.additional_properties = d
        return network

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

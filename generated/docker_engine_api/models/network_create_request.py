from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.config_reference import ConfigReference
    from ..models.ipam import IPAM
    from ..models.network_create_request_labels import NetworkCreateRequestLabels
    from ..models.network_create_request_options import NetworkCreateRequestOptions


T = TypeVar("T", bound="NetworkCreateRequest")


@_attrs_define
class NetworkCreateRequest:
    name: str
    """ The network's name. """
    driver: str | Unset = UNSET
    """ Name of the network driver plugin to use.

    Daemon default: `"bridge"` (sent only when set). """
    scope: str | Unset = UNSET
    """ The level at which the network exists (e.g. `swarm` for cluster-wide
    or `local` for machine level).
     """
    internal: bool | Unset = UNSET
    """ Restrict external access to the network. """
    attachable: bool | Unset = UNSET
    """ Globally scoped network is manually attachable by regular
    containers from workers in swarm mode.
     """
    ingress: bool | Unset = UNSET
    """ Ingress network is the network which provides the routing-mesh
    in swarm mode.
     """
    config_only: bool | Unset = UNSET
    """ Creates a config-only network. Config-only networks are placeholder
    networks for network configurations to be used by other networks.
    Config-only networks cannot be used directly to run containers
    or services.

    Daemon default: `false` (sent only when set). """
    config_from: ConfigReference | None | Unset = UNSET
    """ Specifies the source which will provide the configuration for
    this network. The specified network must be an existing
    config-only network; see ConfigOnly.
     """
    ipam: IPAM | None | Unset = UNSET
    """ Optional custom IP scheme for the network. """
    enable_ipv4: bool | Unset = UNSET
    """ Enable IPv4 on the network. """
    enable_ipv6: bool | Unset = UNSET
    """ Enable IPv6 on the network. """
    options: NetworkCreateRequestOptions | None | Unset = UNSET
    """ Network specific options to be used by the drivers. """
    labels: NetworkCreateRequestLabels | None | Unset = UNSET
    """ User-defined key/value metadata. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields this API version does not know (sent by newer engines), by wire name. """

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data with the API's field names (unset fields left out)."""
        from ..models.config_reference import ConfigReference  # noqa: PLC0415
        from ..models.ipam import IPAM  # noqa: PLC0415
        from ..models.network_create_request_labels import NetworkCreateRequestLabels  # noqa: PLC0415
        from ..models.network_create_request_options import NetworkCreateRequestOptions  # noqa: PLC0415

        name = self.name

        driver = self.driver

        scope = self.scope

        internal = self.internal

        attachable = self.attachable

        ingress = self.ingress

        config_only = self.config_only

        config_from: dict[str, Any] | None | Unset
        if isinstance(self.config_from, Unset):
            config_from = UNSET
        elif isinstance(self.config_from, ConfigReference):
            config_from = self.config_from.to_dict()
        else:
            config_from = self.config_from

        ipam: dict[str, Any] | None | Unset
        if isinstance(self.ipam, Unset):
            ipam = UNSET
        elif isinstance(self.ipam, IPAM):
            ipam = self.ipam.to_dict()
        else:
            ipam = self.ipam

        enable_ipv4 = self.enable_ipv4

        enable_ipv6 = self.enable_ipv6

        options: dict[str, Any] | None | Unset
        if isinstance(self.options, Unset):
            options = UNSET
        elif isinstance(self.options, NetworkCreateRequestOptions):
            options = self.options.to_dict()
        else:
            options = self.options

        labels: dict[str, Any] | None | Unset
        if isinstance(self.labels, Unset):
            labels = UNSET
        elif isinstance(self.labels, NetworkCreateRequestLabels):
            labels = self.labels.to_dict()
        else:
            labels = self.labels

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Name": name,
            }
        )
        if driver is not UNSET:
            field_dict["Driver"] = driver
        if scope is not UNSET:
            field_dict["Scope"] = scope
        if internal is not UNSET:
            field_dict["Internal"] = internal
        if attachable is not UNSET:
            field_dict["Attachable"] = attachable
        if ingress is not UNSET:
            field_dict["Ingress"] = ingress
        if config_only is not UNSET:
            field_dict["ConfigOnly"] = config_only
        if config_from is not UNSET:
            field_dict["ConfigFrom"] = config_from
        if ipam is not UNSET:
            field_dict["IPAM"] = ipam
        if enable_ipv4 is not UNSET:
            field_dict["EnableIPv4"] = enable_ipv4
        if enable_ipv6 is not UNSET:
            field_dict["EnableIPv6"] = enable_ipv6
        if options is not UNSET:
            field_dict["Options"] = options
        if labels is not UNSET:
            field_dict["Labels"] = labels

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A model from JSON data with the API's field names; unknown fields are kept."""
        from ..models.config_reference import ConfigReference  # noqa: PLC0415
        from ..models.ipam import IPAM  # noqa: PLC0415
        from ..models.network_create_request_labels import NetworkCreateRequestLabels  # noqa: PLC0415
        from ..models.network_create_request_options import NetworkCreateRequestOptions  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("Name")

        driver = d.pop("Driver", UNSET)

        scope = d.pop("Scope", UNSET)

        internal = d.pop("Internal", UNSET)

        attachable = d.pop("Attachable", UNSET)

        ingress = d.pop("Ingress", UNSET)

        config_only = d.pop("ConfigOnly", UNSET)

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

        enable_ipv4 = d.pop("EnableIPv4", UNSET)

        enable_ipv6 = d.pop("EnableIPv6", UNSET)

        def _parse_options(data: object) -> NetworkCreateRequestOptions | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            options_type_1 = NetworkCreateRequestOptions.from_dict(data)

            return options_type_1

        options = _parse_options(d.pop("Options", UNSET))

        def _parse_labels(data: object) -> NetworkCreateRequestLabels | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            labels_type_1 = NetworkCreateRequestLabels.from_dict(data)

            return labels_type_1

        labels = _parse_labels(d.pop("Labels", UNSET))

        network_create_request = cls(
            name=name,
            driver=driver,
            scope=scope,
            internal=internal,
            attachable=attachable,
            ingress=ingress,
            config_only=config_only,
            config_from=config_from,
            ipam=ipam,
            enable_ipv4=enable_ipv4,
            enable_ipv6=enable_ipv6,
            options=options,
            labels=labels,
        )

        network_create_request.additional_properties = d
        return network_create_request

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

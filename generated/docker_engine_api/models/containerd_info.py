from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.containerd_info_namespaces import ContainerdInfoNamespaces


T = TypeVar("T", bound="ContainerdInfo")


@_attrs_define
class ContainerdInfo:
    """Information for connecting to the containerd instance that is used by the daemon.
    This is included for debugging purposes only.

    """

    address: str | Unset = UNSET
    """ The address of the containerd socket. """
    namespaces: ContainerdInfoNamespaces | None | Unset = UNSET
    """ The namespaces that the daemon uses for running containers and
    plugins in containerd. These namespaces can be configured in the
    daemon configuration, and are considered to be used exclusively
    by the daemon, Tampering with the containerd instance may cause
    unexpected behavior.

    As these namespaces are considered to be exclusively accessed
    by the daemon, it is not recommended to change these values,
    or to change them to a value that is used by other systems,
    such as cri-containerd.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields this API version does not know (sent by newer engines), by wire name. """

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data with the API's field names (unset fields left out)."""
        from ..models.containerd_info_namespaces import ContainerdInfoNamespaces  # noqa: PLC0415

        address = self.address

        namespaces: dict[str, Any] | None | Unset
        if isinstance(self.namespaces, Unset):
            namespaces = UNSET
        elif isinstance(self.namespaces, ContainerdInfoNamespaces):
            namespaces = self.namespaces.to_dict()
        else:
            namespaces = self.namespaces

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if address is not UNSET:
            field_dict["Address"] = address
        if namespaces is not UNSET:
            field_dict["Namespaces"] = namespaces

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A model from JSON data with the API's field names; unknown fields are kept."""
        from ..models.containerd_info_namespaces import ContainerdInfoNamespaces  # noqa: PLC0415

        d = dict(src_dict)
        address = d.pop("Address", UNSET)

        def _parse_namespaces(data: object) -> ContainerdInfoNamespaces | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            namespaces_type_1 = ContainerdInfoNamespaces.from_dict(data)

            return namespaces_type_1

        namespaces = _parse_namespaces(d.pop("Namespaces", UNSET))

        containerd_info = cls(
            address=address,
            namespaces=namespaces,
        )

        containerd_info.additional_properties = d
        return containerd_info

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

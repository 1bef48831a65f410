from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.device_request_options import DeviceRequestOptions


T = TypeVar("T", bound="DeviceRequest")


@_attrs_define
class DeviceRequest:
    """A request for devices to be sent to device drivers"""

    driver: str | Unset = UNSET
    """ The name of the device driver to use for this request.

    Note that if this is specified the capabilities are ignored when
    selecting a device driver.
     """
    count: int | Unset = UNSET
    device_ids: list[str] | None | Unset = UNSET
    capabilities: list[list[str]] | None | Unset = UNSET
    """ A list of capabilities; an OR list of AND lists of capabilities.

    Note that if a driver is specified the capabilities have no effect on
    selecting a driver as the driver name is used directly.

    Note that if no driver is specified the capabilities are used to
    select a driver with the required capabilities.
     """
    options: DeviceRequestOptions | None | Unset = UNSET
    """ Driver-specific options, specified as a key/value pairs. These options
    are passed directly to the driver.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields this API version does not know (sent by newer engines), by wire name. """

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data with the API's field names (unset fields left out)."""
        from ..models.device_request_options import DeviceRequestOptions  # noqa: PLC0415

        driver = self.driver

        count = self.count

        device_ids: list[str] | None | Unset
        if isinstance(self.device_ids, Unset):
            device_ids = UNSET
        elif isinstance(self.device_ids, list):
            device_ids = self.device_ids

        else:
            device_ids = self.device_ids

        capabilities: list[list[str]] | None | Unset
        if isinstance(self.capabilities, Unset):
            capabilities = UNSET
        elif isinstance(self.capabilities, list):
            capabilities = []
            for capabilities_type_0_item_data in self.capabilities:
                capabilities_type_0_item = capabilities_type_0_item_data

                capabilities.append(capabilities_type_0_item)

        else:
            capabilities = self.capabilities

        options: dict[str, Any] | None | Unset
        if isinstance(self.options, Unset):
            options = UNSET
        elif isinstance(self.options, DeviceRequestOptions):
            options = self.options.to_dict()
        else:
            options = self.options

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if driver is not UNSET:
            field_dict["Driver"] = driver
        if count is not UNSET:
            field_dict["Count"] = count
        if device_ids is not UNSET:
            field_dict["DeviceIDs"] = device_ids
        if capabilities is not UNSET:
            field_dict["Capabilities"] = capabilities
        if options is not UNSET:
            field_dict["Options"] = options

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A model from JSON data with the API's field names; unknown fields are kept."""
        from ..models.device_request_options import DeviceRequestOptions  # noqa: PLC0415

        d = dict(src_dict)
        driver = d.pop("Driver", UNSET)

        count = d.pop("Count", UNSET)

        def _parse_device_ids(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError()
            device_ids_type_0 = cast(list[str], data)

            return device_ids_type_0

        device_ids = _parse_device_ids(d.pop("DeviceIDs", UNSET))

        def _parse_capabilities(data: object) -> list[list[str]] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError()
            capabilities_type_0 = []
            _capabilities_type_0 = data
            for capabilities_type_0_item_data in _capabilities_type_0:
                capabilities_type_0_item = cast(list[str], capabilities_type_0_item_data)

                capabilities_type_0.append(capabilities_type_0_item)

            return capabilities_type_0

        capabilities = _parse_capabilities(d.pop("Capabilities", UNSET))

        def _parse_options(data: object) -> DeviceRequestOptions | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            options_type_1 = DeviceRequestOptions.from_dict(data)

            return options_type_1

        options = _parse_options(d.pop("Options", UNSET))

        device_request = cls(
            driver=driver,
            count=count,
            device_ids=device_ids,
            capabilities=capabilities,
            options=options,
        )

        device_request.additional_properties = d
        return device_request

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

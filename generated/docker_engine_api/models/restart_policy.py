from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.restart_policy_name import RestartPolicyName, check_restart_policy_name
from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="RestartPolicy")


@_attrs_define
class RestartPolicy:
    """The behavior to apply when the container exits. The default is not to
    restart.

    An ever increasing delay (double the previous delay, starting at 100ms) is
    added before each restart to prevent flooding the server.

    """

    name: RestartPolicyName | Unset = UNSET
    """ - Empty string means not to restart
    - `no` Do not automatically restart
    - `always` Always restart
    - `unless-stopped` Restart always except when the user has manually stopped the container
    - `on-failure` Restart only when the container exit code is non-zero
     """
    maximum_retry_count: int | Unset = UNSET
    """ If `on-failure` is used, the number of times to retry before giving up.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields this API version does not know (sent by newer engines), by wire name. """

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data with the API's field names (unset fields left out)."""
        name: str | Unset = UNSET
        if not isinstance(self.name, Unset):
            name = self.name

        maximum_retry_count = self.maximum_retry_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["Name"] = name
        if maximum_retry_count is not UNSET:
            field_dict["MaximumRetryCount"] = maximum_retry_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A model from JSON data with the API's field names; unknown fields are kept."""
        d = dict(src_dict)
        _name = d.pop("Name", UNSET)
        name: RestartPolicyName | Unset
        if isinstance(_name, Unset):
            name = UNSET
        else:
            name = check_restart_policy_name(_name)

        maximum_retry_count = d.pop("MaximumRetryCount", UNSET)

        restart_policy = cls(
            name=name,
            maximum_retry_count=maximum_retry_count,
        )

        restart_policy.additional_properties = d
        return restart_policy

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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.cluster_volume_spec_access_mode_availability import (
    ClusterVolumeSpecAccessModeAvailability,
    check_cluster_volume_spec_access_mode_availability,
)
from ..models.cluster_volume_spec_access_mode_scope import (
    ClusterVolumeSpecAccessModeScope,
    check_cluster_volume_spec_access_mode_scope,
)
from ..models.cluster_volume_spec_access_mode_sharing import (
    ClusterVolumeSpecAccessModeSharing,
    check_cluster_volume_spec_access_mode_sharing,
)
from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.cluster_volume_spec_access_mode_accessibility_requirements import (
        ClusterVolumeSpecAccessModeAccessibilityRequirements,
    )
    from ..models.cluster_volume_spec_access_mode_capacity_range import (
        ClusterVolumeSpecAccessModeCapacityRange,
    )
    from ..models.cluster_volume_spec_access_mode_mount_volume import (
        ClusterVolumeSpecAccessModeMountVolume,
    )
    from ..models.cluster_volume_spec_access_mode_secrets_item import (
        ClusterVolumeSpecAccessModeSecretsItem,
    )


T = TypeVar("T", bound="ClusterVolumeSpecAccessMode")


@_attrs_define
class ClusterVolumeSpecAccessMode:
    """Defines how the volume is used by tasks."""

    scope: ClusterVolumeSpecAccessModeScope | Unset = UNSET
    """ The set of nodes this volume can be used on at one time.
    - `single` The volume may only be scheduled to one node at a time.
    - `multi` the volume may be scheduled to any supported number of nodes at a time.

    Daemon default: `"single"` (sent only when set). """
    sharing: ClusterVolumeSpecAccessModeSharing | Unset = UNSET
    """ The number and way that different tasks can use this volume
    at one time.
    - `none` The volume may only be used by one task at a time.
    - `readonly` The volume may be used by any number of tasks, but they all must mount the volume as readonly
    - `onewriter` The volume may be used by any number of tasks, but only one may mount it as read/write.
    - `all` The volume may have any number of readers and writers.

    Daemon default: `"none"` (sent only when set). """
    mount_volume: ClusterVolumeSpecAccessModeMountVolume | None | Unset = UNSET
    """ Options for using this volume as a Mount-type volume.

        Either MountVolume or BlockVolume, but not both, must be
        present.
      properties:
        FsType:
          type: "string"
          description: |
            Specifies the filesystem type for the mount volume.
            Optional.
        MountFlags:
          type: "array"
          description: |
            Flags to pass when mounting the volume. Optional.
          items:
            type: "string"
    BlockVolume:
      type: "object"
      description: |
        Options for using this volume as a Block-type volume.
        Intentionally empty.
     """
    secrets: list[ClusterVolumeSpecAccessModeSecretsItem] | None | Unset = UNSET
    """ Swarm Secrets that are passed to the CSI storage plugin when
    operating on this volume.
     """
    accessibility_requirements: (
        ClusterVolumeSpecAccessModeAccessibilityRequirements | None | Unset
    ) = UNSET
    """ Requirements for the accessible topology of the volume. These
    fields are optional. For an in-depth description of what these
    fields mean, see the CSI specification.
     """
    capacity_range: ClusterVolumeSpecAccessModeCapacityRange | None | Unset = UNSET
    """ The desired capacity that the volume should be created with. If
    empty, the plugin will decide the capacity.
     """
    availability: ClusterVolumeSpecAccessModeAvailability | Unset = UNSET
    """ The availability of the volume for use in tasks.
    - `active` The volume is fully available for scheduling on the cluster
    - `pause` No new workloads should use the volume, but existing workloads are not stopped.
    - `drain` All workloads using this volume should be stopped and rescheduled, and no new ones should be started.

    Daemon default: `"active"` (sent only when set). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields this API version does not know (sent by newer engines), by wire name. """

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data with the API's field names (unset fields left out)."""
        from ..models.cluster_volume_spec_access_mode_accessibility_requirements import (
            ClusterVolumeSpecAccessModeAccessibilityRequirements,  # noqa: PLC0415
        )
        from ..models.cluster_volume_spec_access_mode_capacity_range import (
            ClusterVolumeSpecAccessModeCapacityRange,  # noqa: PLC0415
        )
        from ..models.cluster_volume_spec_access_mode_mount_volume import (
            ClusterVolumeSpecAccessModeMountVolume,  # noqa: PLC0415
        )

        scope: str | Unset = UNSET
        if not isinstance(self.scope, Unset):
            scope = self.scope

        sharing: str | Unset = UNSET
        if not isinstance(self.sharing, Unset):
            sharing = self.sharing

        mount_volume: dict[str, Any] | None | Unset
        if isinstance(self.mount_volume, Unset):
            mount_volume = UNSET
        elif isinstance(self.mount_volume, ClusterVolumeSpecAccessModeMountVolume):
            mount_volume = self.mount_volume.to_dict()
        else:
            mount_volume = self.mount_volume

        secrets: list[dict[str, Any]] | None | Unset
        if isinstance(self.secrets, Unset):
            secrets = UNSET
        elif isinstance(self.secrets, list):
            secrets = []
            for secrets_type_0_item_data in self.secrets:
                secrets_type_0_item = secrets_type_0_item_data.to_dict()
                secrets.append(secrets_type_0_item)

        else:
            secrets = self.secrets

        accessibility_requirements: dict[str, Any] | None | Unset
        if isinstance(self.accessibility_requirements, Unset):
            accessibility_requirements = UNSET
        elif isinstance(
            self.accessibility_requirements, ClusterVolumeSpecAccessModeAccessibilityRequirements
        ):
            accessibility_requirements = self.accessibility_requirements.to_dict()
        else:
            accessibility_requirements = self.accessibility_requirements

        capacity_range: dict[str, Any] | None | Unset
        if isinstance(self.capacity_range, Unset):
            capacity_range = UNSET
        elif isinstance(self.capacity_range, ClusterVolumeSpecAccessModeCapacityRange):
            capacity_range = self.capacity_range.to_dict()
        else:
            capacity_range = self.capacity_range

        availability: str | Unset = UNSET
        if not isinstance(self.availability, Unset):
            availability = self.availability

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if scope is not UNSET:
            field_dict["Scope"] = scope
        if sharing is not UNSET:
            field_dict["Sharing"] = sharing
        if mount_volume is not UNSET:
            field_dict["MountVolume"] = mount_volume
        if secrets is not UNSET:
            field_dict["Secrets"] = secrets
        if accessibility_requirements is not UNSET:
            field_dict["AccessibilityRequirements"] = accessibility_requirements
        if capacity_range is not UNSET:
            field_dict["CapacityRange"] = capacity_range
        if availability is not UNSET:
            field_dict["Availability"] = availability

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A model from JSON data with the API's field names; unknown fields are kept."""
        from ..models.cluster_volume_spec_access_mode_accessibility_requirements import (
            ClusterVolumeSpecAccessModeAccessibilityRequirements,  # noqa: PLC0415
        )
        from ..models.cluster_volume_spec_access_mode_capacity_range import (
            ClusterVolumeSpecAccessModeCapacityRange,  # noqa: PLC0415
        )
        from ..models.cluster_volume_spec_access_mode_mount_volume import (
            ClusterVolumeSpecAccessModeMountVolume,  # noqa: PLC0415
        )
        from ..models.cluster_volume_spec_access_mode_secrets_item import (
            ClusterVolumeSpecAccessModeSecretsItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _scope = d.pop("Scope", UNSET)
        scope: ClusterVolumeSpecAccessModeScope | Unset
        if isinstance(_scope, Unset):
            scope = UNSET
        else:
            scope = check_cluster_volume_spec_access_mode_scope(_scope)

        _sharing = d.pop("Sharing", UNSET)
        sharing: ClusterVolumeSpecAccessModeSharing | Unset
        if isinstance(_sharing, Unset):
            sharing = UNSET
        else:
            sharing = check_cluster_volume_spec_access_mode_sharing(_sharing)

        def _parse_mount_volume(
            data: object,
        ) -> ClusterVolumeSpecAccessModeMountVolume | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            mount_volume_type_1 = ClusterVolumeSpecAccessModeMountVolume.from_dict(data)

            return mount_volume_type_1

        mount_volume = _parse_mount_volume(d.pop("MountVolume", UNSET))

        def _parse_secrets(
            data: object,
        ) -> list[ClusterVolumeSpecAccessModeSecretsItem] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError()
            secrets_type_0 = []
            _secrets_type_0 = data
            for secrets_type_0_item_data in _secrets_type_0:
                secrets_type_0_item = ClusterVolumeSpecAccessModeSecretsItem.from_dict(
                    secrets_type_0_item_data
                )

                secrets_type_0.append(secrets_type_0_item)

            return secrets_type_0

        secrets = _parse_secrets(d.pop("Secrets", UNSET))

        def _parse_accessibility_requirements(
            data: object,
        ) -> ClusterVolumeSpecAccessModeAccessibilityRequirements | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            accessibility_requirements_type_1 = (
                ClusterVolumeSpecAccessModeAccessibilityRequirements.from_dict(data)
            )

            return accessibility_requirements_type_1

        accessibility_requirements = _parse_accessibility_requirements(
            d.pop("AccessibilityRequirements", UNSET)
        )

        def _parse_capacity_range(
            data: object,
        ) -> ClusterVolumeSpecAccessModeCapacityRange | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            capacity_range_type_1 = ClusterVolumeSpecAccessModeCapacityRange.from_dict(data)

            return capacity_range_type_1

        capacity_range = _parse_capacity_range(d.pop("CapacityRange", UNSET))

        _availability = d.pop("Availability", UNSET)
        availability: ClusterVolumeSpecAccessModeAvailability | Unset
        if isinstance(_availability, Unset):
            availability = UNSET
        else:
            availability = check_cluster_volume_spec_access_mode_availability(_availability)

        cluster_volume_spec_access_mode = cls(
            scope=scope,
            sharing=sharing,
            mount_volume=mount_volume,
            secrets=secrets,
            accessibility_requirements=accessibility_requirements,
            capacity_range=capacity_range,
            availability=availability,
        )

        cluster_volume_spec_access_mode.additional_properties = d
        return cluster_volume_spec_access_mode

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

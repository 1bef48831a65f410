from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.swarm_spec_ca_config import SwarmSpecCAConfig
    from ..models.swarm_spec_dispatcher import SwarmSpecDispatcher
    from ..models.swarm_spec_encryption_config import SwarmSpecEncryptionConfig
    from ..models.swarm_spec_labels import SwarmSpecLabels
    from ..models.swarm_spec_orchestration import SwarmSpecOrchestration
    from ..models.swarm_spec_raft import SwarmSpecRaft
    from ..models.swarm_spec_task_defaults import SwarmSpecTaskDefaults


T = TypeVar("T", bound="SwarmSpec")


@_attrs_define
class SwarmSpec:
    """User modifiable swarm configuration."""

    name: str | Unset = UNSET
    """ Name of the swarm. """
    labels: None | SwarmSpecLabels | Unset = UNSET
    """ User-defined key/value metadata. """
    orchestration: None | SwarmSpecOrchestration | Unset = UNSET
    """ Orchestration configuration. """
    raft: None | SwarmSpecRaft | Unset = UNSET
    """ Raft configuration. """
    dispatcher: None | SwarmSpecDispatcher | Unset = UNSET
    """ Dispatcher configuration. """
    ca_config: None | SwarmSpecCAConfig | Unset = UNSET
    """ CA configuration. """
    encryption_config: None | SwarmSpecEncryptionConfig | Unset = UNSET
    """ Parameters related to encryption-at-rest. """
    task_defaults: None | SwarmSpecTaskDefaults | Unset = UNSET
    """ Defaults for creating tasks in this cluster. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields this API version does not know (sent by newer engines), by wire name. """

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data with the API's field names (unset fields left out)."""
        from ..models.swarm_spec_ca_config import SwarmSpecCAConfig  # noqa: PLC0415
        from ..models.swarm_spec_dispatcher import SwarmSpecDispatcher  # noqa: PLC0415
        from ..models.swarm_spec_encryption_config import SwarmSpecEncryptionConfig  # noqa: PLC0415
        from ..models.swarm_spec_labels import SwarmSpecLabels  # noqa: PLC0415
        from ..models.swarm_spec_orchestration import SwarmSpecOrchestration  # noqa: PLC0415
        from ..models.swarm_spec_raft import SwarmSpecRaft  # noqa: PLC0415
        from ..models.swarm_spec_task_defaults import SwarmSpecTaskDefaults  # noqa: PLC0415

        name = self.name

        labels: dict[str, Any] | None | Unset
        if isinstance(self.labels, Unset):
            labels = UNSET
        elif isinstance(self.labels, SwarmSpecLabels):
            labels = self.labels.to_dict()
        else:
            labels = self.labels

        orchestration: dict[str, Any] | None | Unset
        if isinstance(self.orchestration, Unset):
            orchestration = UNSET
        elif isinstance(self.orchestration, SwarmSpecOrchestration):
            orchestration = self.orchestration.to_dict()
        else:
            orchestration = self.orchestration

        raft: dict[str, Any] | None | Unset
        if isinstance(self.raft, Unset):
            raft = UNSET
        elif isinstance(self.raft, SwarmSpecRaft):
            raft = self.raft.to_dict()
        else:
            raft = self.raft

        dispatcher: dict[str, Any] | None | Unset
        if isinstance(self.dispatcher, Unset):
            dispatcher = UNSET
        elif isinstance(self.dispatcher, SwarmSpecDispatcher):
            dispatcher = self.dispatcher.to_dict()
        else:
            dispatcher = self.dispatcher

        ca_config: dict[str, Any] | None | Unset
        if isinstance(self.ca_config, Unset):
            ca_config = UNSET
        elif isinstance(self.ca_config, SwarmSpecCAConfig):
            ca_config = self.ca_config.to_dict()
        else:
            ca_config = self.ca_config

        encryption_config: dict[str, Any] | None | Unset
        if isinstance(self.encryption_config, Unset):
            encryption_config = UNSET
        elif isinstance(self.encryption_config, SwarmSpecEncryptionConfig):
            encryption_config = self.encryption_config.to_dict()
        else:
            encryption_config = self.encryption_config

        task_defaults: dict[str, Any] | None | Unset
        if isinstance(self.task_defaults, Unset):
            task_defaults = UNSET
        elif isinstance(self.task_defaults, SwarmSpecTaskDefaults):
            task_defaults = self.task_defaults.to_dict()
        else:
            task_defaults = self.task_defaults

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["Name"] = name
        if labels is not UNSET:
            field_dict["Labels"] = labels
        if orchestration is not UNSET:
            field_dict["Orchestration"] = orchestration
        if raft is not UNSET:
            field_dict["Raft"] = raft
        if dispatcher is not UNSET:
            field_dict["Dispatcher"] = dispatcher
        if ca_config is not UNSET:
            field_dict["CAConfig"] = ca_config
        if encryption_config is not UNSET:
            field_dict["EncryptionConfig"] = encryption_config
        if task_defaults is not UNSET:
            field_dict["TaskDefaults"] = task_defaults

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A model from JSON data with the API's field names; unknown fields are kept."""
        from ..models.swarm_spec_ca_config import SwarmSpecCAConfig  # noqa: PLC0415
        from ..models.swarm_spec_dispatcher import SwarmSpecDispatcher  # noqa: PLC0415
        from ..models.swarm_spec_encryption_config import SwarmSpecEncryptionConfig  # noqa: PLC0415
        from ..models.swarm_spec_labels import SwarmSpecLabels  # noqa: PLC0415
        from ..models.swarm_spec_orchestration import SwarmSpecOrchestration  # noqa: PLC0415
        from ..models.swarm_spec_raft import SwarmSpecRaft  # noqa: PLC0415
        from ..models.swarm_spec_task_defaults import SwarmSpecTaskDefaults  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("Name", UNSET)

        def _parse_labels(data: object) -> None | SwarmSpecLabels | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            labels_type_1 = SwarmSpecLabels.from_dict(data)

            return labels_type_1

        labels = _parse_labels(d.pop("Labels", UNSET))

        def _parse_orchestration(data: object) -> None | SwarmSpecOrchestration | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            orchestration_type_1 = SwarmSpecOrchestration.from_dict(data)

            return orchestration_type_1

        orchestration = _parse_orchestration(d.pop("Orchestration", UNSET))

        def _parse_raft(data: object) -> None | SwarmSpecRaft | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            raft_type_1 = SwarmSpecRaft.from_dict(data)

            return raft_type_1

        raft = _parse_raft(d.pop("Raft", UNSET))

        def _parse_dispatcher(data: object) -> None | SwarmSpecDispatcher | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            dispatcher_type_1 = SwarmSpecDispatcher.from_dict(data)

            return dispatcher_type_1

        dispatcher = _parse_dispatcher(d.pop("Dispatcher", UNSET))

        def _parse_ca_config(data: object) -> None | SwarmSpecCAConfig | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            ca_config_type_1 = SwarmSpecCAConfig.from_dict(data)

            return ca_config_type_1

        ca_config = _parse_ca_config(d.pop("CAConfig", UNSET))

        def _parse_encryption_config(data: object) -> None | SwarmSpecEncryptionConfig | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            encryption_config_type_1 = SwarmSpecEncryptionConfig.from_dict(data)

            return encryption_config_type_1

        encryption_config = _parse_encryption_config(d.pop("EncryptionConfig", UNSET))

        def _parse_task_defaults(data: object) -> None | SwarmSpecTaskDefaults | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            task_defaults_type_1 = SwarmSpecTaskDefaults.from_dict(data)

            return task_defaults_type_1

        task_defaults = _parse_task_defaults(d.pop("TaskDefaults", UNSET))

        swarm_spec = cls(
            name=name,
            labels=labels,
            orchestration=orchestration,
            raft=raft,
            dispatcher=dispatcher,
            ca_config=ca_config,
            encryption_config=encryption_config,
            task_defaults=task_defaults,
        )

        swarm_spec.additional_properties = d
        return swarm_spec

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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.error_detail import ErrorDetail
    from ..models.image_id import ImageID
    from ..models.progress_detail import ProgressDetail


T = TypeVar("T", bound="BuildInfo")


@_attrs_define
class BuildInfo:
    id: str | Unset = UNSET
    stream: str | Unset = UNSET
    error_detail: ErrorDetail | None | Unset = UNSET
    status: str | Unset = UNSET
    progress_detail: None | ProgressDetail | Unset = UNSET
    aux: ImageID | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields this API version does not know (sent by newer engines), by wire name. """

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data with the API's field names (unset fields left out)."""
        from ..models.error_detail import ErrorDetail  # noqa: PLC0415
        from ..models.image_id import ImageID  # noqa: PLC0415
        from ..models.progress_detail import ProgressDetail  # noqa: PLC0415

        id = self.id

        stream = self.stream

        error_detail: dict[str, Any] | None | Unset
        if isinstance(self.error_detail, Unset):
            error_detail = UNSET
        elif isinstance(self.error_detail, ErrorDetail):
            error_detail = self.error_detail.to_dict()
        else:
            error_detail = self.error_detail

        status = self.status

        progress_detail: dict[str, Any] | None | Unset
        if isinstance(self.progress_detail, Unset):
            progress_detail = UNSET
        elif isinstance(self.progress_detail, ProgressDetail):
            progress_detail = self.progress_detail.to_dict()
        else:
            progress_detail = self.progress_detail

        aux: dict[str, Any] | None | Unset
        if isinstance(self.aux, Unset):
            aux = UNSET
        elif isinstance(self.aux, ImageID):
            aux = self.aux.to_dict()
        else:
            aux = self.aux

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if stream is not UNSET:
            field_dict["stream"] = stream
        if error_detail is not UNSET:
            field_dict["errorDetail"] = error_detail
        if status is not UNSET:
            field_dict["status"] = status
        if progress_detail is not UNSET:
            field_dict["progressDetail"] = progress_detail
        if aux is not UNSET:
            field_dict["aux"] = aux

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A model from JSON data with the API's field names; unknown fields are kept."""
        from ..models.error_detail import ErrorDetail  # noqa: PLC0415
        from ..models.image_id import ImageID  # noqa: PLC0415
        from ..models.progress_detail import ProgressDetail  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        stream = d.pop("stream", UNSET)

        def _parse_error_detail(data: object) -> ErrorDetail | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            error_detail_type_1 = ErrorDetail.from_dict(data)

            return error_detail_type_1

        error_detail = _parse_error_detail(d.pop("errorDetail", UNSET))

        status = d.pop("status", UNSET)

        def _parse_progress_detail(data: object) -> None | ProgressDetail | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            progress_detail_type_1 = ProgressDetail.from_dict(data)

            return progress_detail_type_1

        progress_detail = _parse_progress_detail(d.pop("progressDetail", UNSET))

        def _parse_aux(data: object) -> ImageID | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            aux_type_1 = ImageID.from_dict(data)

            return aux_type_1

        aux = _parse_aux(d.pop("aux", UNSET))

        build_info = cls(
            id=id,
            stream=stream,
            error_detail=error_detail,
            status=status,
            progress_detail=progress_detail,
            aux=aux,
        )

        build_info.additional_properties = d
        return build_info

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

"""``Healthcheck``: how the daemon decides whether a container is healthy."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from dockerapi.types.base import DictType

__all__ = ["Healthcheck"]

_NS_PER_SECOND = 1_000_000_000


def _test_command(test: Any) -> Any:
    # A string is a shell command line; lists ("CMD", ...), ["NONE"] or [] pass through.
    return ["CMD-SHELL", test] if isinstance(test, str) else test


def _nanoseconds(value: Any) -> Any:
    """Durations are nanoseconds for the API; a ``timedelta`` is converted for convenience."""
    if isinstance(value, timedelta):
        return (value.days * 86_400 + value.seconds) * _NS_PER_SECOND + value.microseconds * 1000
    return value


class Healthcheck(DictType):
    """A container or service healthcheck.

    Args:
        test: ``[]`` inherits the image's check, ``["NONE"]`` disables it,
            ``["CMD", arg, ...]`` runs a program, ``["CMD-SHELL", line]`` runs a shell line;
            a plain string is taken as a ``CMD-SHELL`` line.
        interval: time between checks, in nanoseconds (0, or at least 1 ms).
        timeout: time before a check counts as hung, in nanoseconds.
        retries: consecutive failures before the container is unhealthy.
        start_period: grace period after start before failures count, in nanoseconds.
        start_interval: time between checks during the start period, in nanoseconds
            (API 1.44+; not in docker-py). Added to the dict only when given.

    Durations may also be given as ``datetime.timedelta``. Each argument may be passed
    with its API name too (``Test``, ``Interval``, ...).
    """

    def __init__(self, **kwargs: Any) -> None:
        fields: dict[str, Any] = {
            "Test": _test_command(kwargs.get("test", kwargs.get("Test"))),
            "Interval": _nanoseconds(kwargs.get("interval", kwargs.get("Interval"))),
            "Timeout": _nanoseconds(kwargs.get("timeout", kwargs.get("Timeout"))),
            "Retries": kwargs.get("retries", kwargs.get("Retries")),
            "StartPeriod": _nanoseconds(kwargs.get("start_period", kwargs.get("StartPeriod"))),
        }
        start_interval = kwargs.get("start_interval", kwargs.get("StartInterval"))
        # Only present when asked for: the key is gated to API >= 1.44 by the core.
        if start_interval is not None:
            fields["StartInterval"] = _nanoseconds(start_interval)
        super().__init__(fields)

    @property
    def test(self) -> Any:
        return self["Test"]

    @test.setter
    def test(self, value: Any) -> None:
        self["Test"] = _test_command(value)

    @property
    def interval(self) -> Any:
        return self["Interval"]

    @interval.setter
    def interval(self, value: Any) -> None:
        self["Interval"] = _nanoseconds(value)

    @property
    def timeout(self) -> Any:
        return self["Timeout"]

    @timeout.setter
    def timeout(self, value: Any) -> None:
        self["Timeout"] = _nanoseconds(value)

    @property
    def retries(self) -> Any:
        return self["Retries"]

    @retries.setter
    def retries(self, value: Any) -> None:
        self["Retries"] = value

    @property
    def start_period(self) -> Any:
        return self["StartPeriod"]

    @start_period.setter
    def start_period(self, value: Any) -> None:
        self["StartPeriod"] = _nanoseconds(value)

    @property
    def start_interval(self) -> Any:
        return self.get("StartInterval")

    @start_interval.setter
    def start_interval(self, value: Any) -> None:
        self["StartInterval"] = _nanoseconds(value)

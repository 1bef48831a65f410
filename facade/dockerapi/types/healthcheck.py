"""``Healthcheck``: how the daemon decides whether a container is healthy."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from dockerapi._wire import Keywords
from dockerapi.types.base import DictType

__all__ = ["HEALTHCHECK", "Healthcheck"]

#: Healthcheck's keywords -> the ContainerCreate body fields they set (under Healthcheck);
#: each keyword may also be given as its field name (``Test``).
HEALTHCHECK = Keywords(
    "ContainerCreate",
    within="Healthcheck",
    body={
        "test": "Test",
        "interval": "Interval",
        "timeout": "Timeout",
        "retries": "Retries",
        "start_period": "StartPeriod",
        "start_interval": "StartInterval",
    },
)

_NS_PER_SECOND = 1_000_000_000

_field = HEALTHCHECK.field


def _test_command(test: Any) -> Any:
    # A string is a shell command line; lists ("CMD", ...), ["NONE"] or [] pass through.
    return ["CMD-SHELL", test] if isinstance(test, str) else test


def _nanoseconds(value: Any) -> Any:
    """Durations are nanoseconds for the API; a ``timedelta`` is converted for convenience."""
    if isinstance(value, timedelta):
        return (value.days * 86_400 + value.seconds) * _NS_PER_SECOND + value.microseconds * 1000
    return value


@HEALTHCHECK.describes
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
        def given(keyword: str) -> Any:
            return kwargs.get(keyword, kwargs.get(_field(keyword)))

        fields = HEALTHCHECK.body(
            test=_test_command(given("test")),
            interval=_nanoseconds(given("interval")),
            timeout=_nanoseconds(given("timeout")),
            retries=given("retries"),
            start_period=_nanoseconds(given("start_period")),
        )
        start_interval = given("start_interval")
        # Only present when asked for: the key is gated to API >= 1.44 by the core.
        if start_interval is not None:
            fields |= HEALTHCHECK.body(start_interval=_nanoseconds(start_interval))
        super().__init__(fields)

    @property
    def test(self) -> Any:
        """The check (`Test`): `["CMD", ...]`, `["CMD-SHELL", command]`, `["NONE"]` or `[]` (inherit)."""
        return self[_field("test")]

    @test.setter
    def test(self, value: Any) -> None:
        self[_field("test")] = _test_command(value)

    @property
    def interval(self) -> Any:
        """Nanoseconds between two checks (`Interval`; 0 inherits)."""
        return self[_field("interval")]

    @interval.setter
    def interval(self, value: Any) -> None:
        self[_field("interval")] = _nanoseconds(value)

    @property
    def timeout(self) -> Any:
        """Nanoseconds a check may take before it counts as failed (`Timeout`)."""
        return self[_field("timeout")]

    @timeout.setter
    def timeout(self, value: Any) -> None:
        self[_field("timeout")] = _nanoseconds(value)

    @property
    def retries(self) -> Any:
        """Failures in a row that make the container unhealthy (`Retries`)."""
        return self[_field("retries")]

    @retries.setter
    def retries(self, value: Any) -> None:
        self[_field("retries")] = value

    @property
    def start_period(self) -> Any:
        """Nanoseconds after start during which failures do not count (`StartPeriod`)."""
        return self[_field("start_period")]

    @start_period.setter
    def start_period(self, value: Any) -> None:
        self[_field("start_period")] = _nanoseconds(value)

    @property
    def start_interval(self) -> Any:
        """Nanoseconds between checks during the start period (`StartInterval`)."""
        return self.get(_field("start_interval"))

    @start_interval.setter
    def start_interval(self, value: Any) -> None:
        self[_field("start_interval")] = _nanoseconds(value)

"""Keep the window alive whatever a database holds: Qt virtuals that cannot fail, text that stays text.

An exception raised inside a method Qt calls (data(), paintEvent, showEvent, mouse events) would reach
Qt's C++ with nowhere to go and, at worst, end the process. `guarded` wraps every such override: it logs
the error, counts it among the damaged records the status bar shows, and returns a safe default.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable
from typing import Any, TypeVar

logger = logging.getLogger("azkz_desktop")
MAX_KEPT = 200  # distinct problems remembered; the count goes on
_problems: list[str] = []
_counted = [0]
Method = TypeVar("Method", bound=Callable[..., Any])


def guarded(default: Any = None) -> Callable[[Method], Method]:
    """Wrap a Qt override so that an exception in it is logged and counted, and `default` returned."""

    def wrap(method: Method) -> Method:
        @functools.wraps(method)
        def safe(*args: Any, **kwargs: Any) -> Any:
            try:
                return method(*args, **kwargs)
            except Exception as error:
                owner = type(args[0]).__name__ if args else ""
                record(f"{owner}.{method.__name__}: {type(error).__name__}: {one_line(str(error))}")
                return default() if callable(default) else default

        return safe  # type: ignore[return-value]

    return wrap


def record(problem: str) -> None:
    """Count a value that could not be shown; log each distinct problem once."""
    _counted[0] += 1
    if problem not in _problems and len(_problems) < MAX_KEPT:
        _problems.append(problem)
        logger.warning("could not show a value: %s", problem)


def shown_problems() -> list[str]:
    """The distinct problems met while showing values, for the damaged-records count."""
    return list(_problems)


def one_line(text: str, limit: int = 200) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"

"""A process-wide setting changed while bulk work runs (the garbage collector paused, a short
thread switch interval), counted: two pieces of work at once (the app's two lanes: a pull and an
import) put it back only when the last one ends, and to what it was when the first began."""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable, Iterator
from typing import Generic, TypeVar

T = TypeVar("T")


class CountedSetting(Generic[T]):
    def __init__(self, read: Callable[[], T], change: Callable[[T], None], restore: Callable[[T], None]):
        """`read()` the setting as the first work begins, `change(it)` then, `restore(it)` after
        the last."""
        self._read, self._change, self._restore = read, change, restore
        self._lock = threading.Lock()
        self._running = 0
        self._before: T | None = None

    @contextlib.contextmanager
    def held(self) -> Iterator[None]:
        with self._lock:
            if self._running == 0:
                self._before = self._read()
                self._change(self._before)
            self._running += 1
        try:
            yield
        finally:
            with self._lock:
                self._running -= 1
                if self._running == 0:
                    self._restore(self._before)  # type: ignore[arg-type]  # set as the first began

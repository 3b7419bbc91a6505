"""Ctrl+C in a batch run stops at the next safe point, never inside a vault write.

Why: Python raises ``KeyboardInterrupt`` wherever the parent happens to be. Inside the
anonymize stage that can be between a catalog COMMIT and the code that knows it happened,
or inside a garbage-collected object's ``__del__``, where Python prints "Exception ignored"
and the interrupt is lost. A batch is long and a user presses Ctrl+C expecting it to stop
cleanly, so the first Ctrl+C only records the request, and the run stops at the next of the
loop's safe points (``StopRequest.check``: between recordings, and every half second while
it waits for the workers). A second Ctrl+C is the user insisting and interrupts at once.
"""

from __future__ import annotations

import contextlib
import signal
import threading
from collections.abc import Iterator
from types import FrameType


class StopRequest:
    """Whether Ctrl+C was pressed; ``check`` turns it into ``KeyboardInterrupt``."""

    def __init__(self) -> None:
        self.requested = False

    def check(self) -> None:
        if self.requested:
            raise KeyboardInterrupt

    def on_sigint(self, signum: int, frame: FrameType | None) -> None:
        if self.requested:
            raise KeyboardInterrupt
        self.requested = True


@contextlib.contextmanager
def stop_on_ctrl_c() -> Iterator[StopRequest]:
    """Install the deferring SIGINT handler for the block (main thread only: elsewhere
    Python delivers no signals, and the request simply never comes)."""
    stop = StopRequest()
    if threading.current_thread() is not threading.main_thread():
        yield stop
        return
    old = signal.signal(signal.SIGINT, stop.on_sigint)
    try:
        yield stop
    finally:
        signal.signal(signal.SIGINT, old)

"""Anomaly detection: remember where each node was created; fail on NaN gradients, naming the node.

Off by default. When off, op wrappers pay one global read; nothing is recorded.
"""
from __future__ import annotations

import sys
import traceback
import weakref

import numpy as np

_state = {"enabled": False, "check_nan": True}
# The switch `make` and the engine read on their hot paths: a list, so that is one global read.
ANOMALY = [False]
# node -> the formatted stack of the forward call that created it (only while anomaly mode is on)
FORWARD_TRACES: "weakref.WeakKeyDictionary" = weakref.WeakKeyDictionary()


def is_anomaly_enabled() -> bool:
    return _state["enabled"]


def set_detect_anomaly(mode: bool, check_nan: bool = True) -> None:
    _state["enabled"] = bool(mode)
    _state["check_nan"] = bool(check_nan)
    ANOMALY[0] = bool(mode)


class detect_anomaly:  # noqa: N801 (torch's name)
    """Context manager (and decorator) that turns anomaly detection on inside its block."""

    def __init__(self, check_nan: bool = True):
        self.check_nan = check_nan

    def __enter__(self):
        self.prev = (_state["enabled"], _state["check_nan"])
        set_detect_anomaly(True, self.check_nan)
        return self

    def __exit__(self, *exc):
        set_detect_anomaly(*self.prev)
        return False

    def __call__(self, fn):
        import functools

        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            with detect_anomaly(self.check_nan):
                return fn(*args, **kwargs)
        return wrapper


def record_creation(node) -> None:
    stack = traceback.format_stack()[:-3]  # drop the frames inside yamlgrad's own wrappers
    FORWARD_TRACES[node] = "".join(stack)


def check_outputs(node, outputs) -> None:
    """Raise if a node returned NaN, after printing the traceback of the forward that created it."""
    if not _state["check_nan"]:
        return
    for i, g in enumerate(outputs):
        if g is None:
            continue
        data = getattr(g, "_data", g)
        if np.isnan(data).any():
            trace = FORWARD_TRACES.get(node)
            if trace:
                print(f"Traceback of forward call that caused the error:\n{trace}", file=sys.stderr)
            raise RuntimeError(f"Function '{node.name()}' returned nan values in its {i}th output.")

"""Grad mode: a per-thread switch that says whether ops record a graph.

`state.enabled` is read on every op, so it lives on a threading.local subclass whose class
attribute supplies the default (True) for each new thread.
"""
from __future__ import annotations

import functools
import threading


class _GradState(threading.local):
    enabled = True


state = _GradState()


def is_grad_enabled() -> bool:
    return state.enabled


class _GradModeContext:
    """Base for no_grad / enable_grad: a context manager that also decorates functions."""
    mode: bool

    def __init__(self, func=None):
        # Allows both `@no_grad` and `@no_grad()`.
        self._func = func
        if func is not None:
            functools.update_wrapper(self, func)
        self._prev: list[bool] = []

    def __enter__(self):
        self._prev.append(state.enabled)
        state.enabled = self.mode
        return self

    def __exit__(self, *exc):
        state.enabled = self._prev.pop()
        return False

    def __call__(self, *args, **kwargs):
        if self._func is None:
            (func,) = args
            return type(self)(func)
        with type(self)():
            return self._func(*args, **kwargs)

    def clone(self):
        return type(self)()


class no_grad(_GradModeContext):
    """Disable graph recording inside the block (e.g. optimizer updates)."""
    mode = False


class enable_grad(_GradModeContext):
    """Re-enable graph recording inside a no_grad block."""
    mode = True


class set_grad_enabled:
    """`set_grad_enabled(False)` switches at once (like torch); as a context manager it also restores."""

    def __init__(self, mode: bool):
        self.prev = state.enabled
        self.mode = bool(mode)
        state.enabled = self.mode

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        state.enabled = self.prev
        return False

    def __call__(self, func):
        state.enabled = self.prev  # used as a decorator: do not change the mode at definition time

        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            with set_grad_enabled(self.mode):
                return func(*args, **kwargs)
        return wrapper

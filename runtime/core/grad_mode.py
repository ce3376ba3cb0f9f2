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


class _InferenceState(threading.local):
    enabled = False


_inference = _InferenceState()


def is_inference_mode_enabled() -> bool:
    return _inference.enabled


class inference_mode:
    """`inference_mode(mode=True)`: like no_grad (no graph is recorded inside the block); also a decorator,
    with or without parentheses. yamlgrad does not mark the tensors made inside as inference tensors."""

    def __init__(self, mode=True):
        self._func = None
        if callable(mode) and not isinstance(mode, bool):  # @inference_mode without parentheses
            self._func, mode = mode, True
            functools.update_wrapper(self, self._func)
        self.mode = bool(mode)
        self._prev: list[tuple[bool, bool]] = []

    def __enter__(self):
        self._prev.append((state.enabled, _inference.enabled))
        if self.mode:
            state.enabled = False
        _inference.enabled = self.mode
        return self

    def __exit__(self, *exc):
        state.enabled, _inference.enabled = self._prev.pop()
        return False

    def __call__(self, *args, **kwargs):
        if self._func is None:
            (func,) = args

            @functools.wraps(func)
            def wrapper(*a, **k):
                with inference_mode(self.mode):
                    return func(*a, **k)
            return wrapper
        with inference_mode(self.mode):
            return self._func(*args, **kwargs)

    def clone(self):
        return inference_mode(self.mode)

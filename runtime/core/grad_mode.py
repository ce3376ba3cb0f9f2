"""Grad mode: a per-thread switch that says whether ops record a graph.

`state.enabled` is read on every op, so it lives on a threading.local subclass whose class
attribute supplies the default (True) for each new thread.

Each mode object is a context manager and a decorator. Used as a decorator it returns a plain
function (so a decorated method binds `self` like any other function); a decorated generator
function gets a generator that switches the mode only while its body runs, not between yields,
so the caller's code around a `for` loop keeps its own mode.
"""
from __future__ import annotations

import functools
import inspect
import threading


class _GradState(threading.local):
    enabled = True


state = _GradState()


def is_grad_enabled() -> bool:
    return state.enabled


def _decorate(make_ctx, func):
    """`func` running under a fresh context from `make_ctx()` on every call (or every resumption)."""
    if inspect.isgeneratorfunction(func):
        @functools.wraps(func)
        def generator_wrapper(*args, **kwargs):
            gen = func(*args, **kwargs)
            try:
                with make_ctx():
                    value = next(gen)
                while True:
                    try:
                        sent = yield value
                    except GeneratorExit:  # closed by the caller: close the body too, then stop
                        with make_ctx():
                            gen.close()
                        return
                    except BaseException as exc:  # thrown in by the caller: pass it on to the body
                        with make_ctx():
                            value = gen.throw(exc)
                    else:
                        with make_ctx():
                            value = gen.send(sent)
            except StopIteration as stop:
                return stop.value
        return generator_wrapper

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        with make_ctx():
            return func(*args, **kwargs)
    return wrapper


class _GradModeContext:
    """Base for no_grad / enable_grad: a context manager that also decorates functions."""
    mode: bool

    def __new__(cls, orig_func=None):
        # `@no_grad` without parentheses passes the function straight to the class.
        if orig_func is not None:
            return _decorate(cls, orig_func)
        return super().__new__(cls)

    def __init__(self, orig_func=None):
        self._prev: list[bool] = []

    def __enter__(self):
        self._prev.append(state.enabled)
        state.enabled = self.mode
        return self

    def __exit__(self, *exc):
        state.enabled = self._prev.pop()
        return False

    def __call__(self, func):
        return _decorate(type(self), func)

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
        mode = self.mode
        return _decorate(lambda: set_grad_enabled(mode), func)


class _InferenceState(threading.local):
    enabled = False


_inference = _InferenceState()


def is_inference_mode_enabled() -> bool:
    return _inference.enabled


class inference_mode:
    """`inference_mode(mode=True)`: like no_grad (no graph is recorded inside the block); also a decorator,
    with or without parentheses. yamlgrad does not mark the tensors made inside as inference tensors."""

    def __new__(cls, mode=True):
        if callable(mode) and not isinstance(mode, bool):  # @inference_mode without parentheses
            return _decorate(cls, mode)
        return super().__new__(cls)

    def __init__(self, mode=True):
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

    def __call__(self, func):
        mode = self.mode
        return _decorate(lambda: inference_mode(mode), func)

    def clone(self):
        return inference_mode(self.mode)

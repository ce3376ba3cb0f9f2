"""Guards: what a compiled entry assumes about a call, as one hashable key.

The key holds, for every Tensor argument (found through lists, tuples and dicts), its shape, dtype
and requires_grad; the value of every Python scalar argument; the identity of any other argument;
grad mode; and the current values of the Python scalars the function closes over or reads as
globals (so `scale = 0.5` changed between calls retraces rather than reusing the old constant).
Lifted tensors (parameters, captured tensors) are checked separately when the entry runs.
"""
from __future__ import annotations

import types

from yamlgrad.core.grad_mode import state as grad_state
from yamlgrad.core.tensor import Tensor

_SCALARS = (int, float, bool, str, type(None), complex)


def _walk(value, tensors: list, key: list) -> None:
    cls = value.__class__
    if cls is Tensor or isinstance(value, Tensor):
        d = value._data
        tensors.append(value)
        key.append((d.shape, d.dtype, value._requires_grad))
    elif cls in _SCALARS:
        key.append((cls, value))
    elif cls is tuple or cls is list:
        key.append((cls, len(value)))
        for v in value:
            _walk(v, tensors, key)
    elif cls is dict:
        key.append((dict, tuple(value)))
        for v in value.values():
            _walk(v, tensors, key)
    else:
        key.append((cls, id(value)))


def signature(args: tuple, kwargs: dict, closure_reads) -> tuple:
    """(key, tensors): the guard key of a call and its Tensor arguments in order."""
    tensors: list = []
    key: list = [grad_state.enabled]
    for a in args:
        _walk(a, tensors, key)
    if kwargs:
        for k, v in kwargs.items():
            key.append(k)
            _walk(v, tensors, key)
    if closure_reads:
        key.append(tuple(read() for read in closure_reads))
    return tuple(key), tensors


def closure_readers(fn) -> list:
    """Callables returning the scalars `fn` closes over or reads as module globals, at call time."""
    readers = []
    code = getattr(fn, "__code__", None)
    if code is None:
        return readers
    for cell in fn.__closure__ or ():
        try:
            value = cell.cell_contents
        except ValueError:
            continue
        if value.__class__ in _SCALARS:
            readers.append(lambda cell=cell: _scalar_or_id(cell.cell_contents))
    g = fn.__globals__
    for name in code.co_names:
        if name in g and g[name].__class__ in _SCALARS:
            readers.append(lambda name=name: _scalar_or_id(g.get(name)))
    return readers


def _scalar_or_id(value):
    return (value.__class__, value) if value.__class__ in _SCALARS else id(value)


def flatten_output(result):
    """(leaves, rebuild): the Tensors and constants of a returned structure, and a function that
    puts new leaves back into the same structure (tuples, lists, dicts, namedtuples)."""
    leaves: list = []

    def walk(value):
        cls = value.__class__
        if isinstance(value, tuple) and hasattr(value, "_fields"):
            parts = [walk(v) for v in value]
            return lambda it: cls(*[p(it) for p in parts])
        if cls in (tuple, list):
            parts = [walk(v) for v in value]
            return lambda it: cls(p(it) for p in parts)
        if cls is dict:
            parts = {k: walk(v) for k, v in value.items()}
            return lambda it: {k: p(it) for k, p in parts.items()}
        leaves.append(value)
        return lambda it: next(it)

    build = walk(result)
    if isinstance(result, Tensor):
        return leaves, lambda new: new[0]
    return leaves, lambda new: build(iter(new))


def is_function(obj) -> bool:
    return isinstance(obj, (types.FunctionType, types.MethodType))

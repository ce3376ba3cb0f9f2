"""Tangents of forward-mode AD as the generated op wrappers see them.

`FORWARD_AD[0]` counts the open dual levels; while it is 0 the wrappers skip all of this (one
global read per op). A tangent is an array stored on the Tensor (`_fw`); it is not differentiated.
"""
from __future__ import annotations

import weakref

import numpy as np

from yamlgrad.core.tensor import Tensor

FORWARD_AD = [0]
# Weak references to every tensor given a tangent, one list per open level (forward_ad clears them).
LEVEL_TENSORS: list = []


def tangent(value):
    return value._fw if isinstance(value, Tensor) else None


def zeros_if_none(t, primal):
    return np.zeros_like(primal, dtype=np.result_type(primal, np.float32)) if t is None else t


def set_tangents(results, tangents) -> None:
    """Attach each computed tangent to its output, broadcast to its shape and cast to its dtype."""
    for result, t in zip(results, tangents):
        if t is None or result._data.dtype.kind not in "fc":
            continue
        shape, dtype = result._data.shape, result._data.dtype
        if getattr(t, "shape", None) != shape:
            t = np.broadcast_to(t, shape)
        if t.dtype != dtype:
            t = t.astype(dtype)
        result._fw = t
        if LEVEL_TENSORS:
            LEVEL_TENSORS[-1].append(weakref.ref(result))


def record(rule, inputs, results, primals, not_implemented=(), op: str = "") -> None:
    """The one forward-mode step of every generated wrapper (JAX's `standard_jvp`): read the tangents
    of the differentiable `inputs` (a Tensor[] input gives a list), and if any is set, run the op's
    `rule` from autogen/jvp.py on the arrays (`primals`, the tangents, the outputs' arrays) and attach
    its result to `results` (one Tensor, a tuple of outputs, or the list of a Tensor[] output).

    A tangent on an input whose derivative the registry marks `not_implemented` (`(name, input)` pairs)
    cannot be propagated: raise rather than drop it."""
    for name, x in not_implemented:
        if tangent(x) is not None:
            raise NotImplementedError(f"forward-mode AD of '{op}' with respect to input '{name}' is not "
                                      "implemented (its registry entry marks it not_implemented)")
    tangents = [[tangent(t) for t in x] if x.__class__ in (list, tuple) else tangent(x) for x in inputs]
    if all(t is None or (t.__class__ is list and all(u is None for u in t)) for t in tangents):
        return
    if results.__class__ is list:  # a Tensor[] output: the rule takes and returns one list
        set_tangents(results, rule(*primals, *tangents, [r._data for r in results])[0])
    elif results.__class__ is tuple:
        set_tangents(results, rule(*primals, *tangents, *(r._data for r in results)))
    else:
        set_tangents((results,), rule(*primals, *tangents, results._data))


def no_forward_formula(op: str, inputs) -> None:
    if any(tangent(x) is not None for x in inputs):
        raise NotImplementedError(f"forward-mode AD of '{op}' is not implemented: its registry entry has no "
                                  "forward formula (e.g. `result: auto_element_wise`)")

"""Regression guard for engine work, counted rather than timed (benchmarks/ does the timing).

For two fixed small graphs — one SGD step of a 2-layer MLP and a 50-op scalar chain — count:

- node applies: calls of `apply` on backward nodes (every Node subclass's `apply` is wrapped while
  counting, so generated, hand-written and custom nodes are all seen);
- array allocations: buffers NumPy allocates for array data (every ufunc result, temporary, copy,
  0-d array wrapping a scalar...). They are counted by installing, only while counting, a NumPy
  memory handler (NEP 49, PyDataMem_SetHandler) that forwards to the default allocator and counts
  its malloc/calloc/realloc calls. Frees stay with the default allocator's C function.

Both counts are deterministic for a given graph, NumPy version and yamlgrad source (the test checks
that two measurements agree). The bounds below are the values measured when this test was written
(numpy 2.4, python 3.11). A change may lower them freely — please lower the bound with it, so
the gain is kept. Raising a bound needs a reason: say in the commit message which extra work the
engine now does and why it is worth it (for example a new feature that must allocate), because
every extra array or node run on these paths costs time on every step of every user's model.
"""
from __future__ import annotations

import contextlib
import ctypes
from collections import Counter

import numpy as np
import pytest

import yamlgrad as yg
from yamlgrad import nn, optim
from yamlgrad.core.node import Node
from yamlgrad.nn import functional as F

# ---- bounds (see the module docstring before changing one) ---------------------------------------
BOUNDS = {
    # 7 applies: 2 Addmm (linear), 2 T (weight.t()), Relu, LogSoftmax, NllLoss — torch's graph.
    "mlp": {"applies": 7, "forward_allocs": 65, "backward_allocs": 37, "update_allocs": 12},
    # 50 applies: 25 Mul, 25 Tanh.
    "chain": {"applies": 50, "forward_allocs": 236, "backward_allocs": 136},
}


# ---- counting node applies -----------------------------------------------------------------------
def _node_classes():
    seen, stack = [], [Node]
    while stack:
        cls = stack.pop()
        for sub in cls.__subclasses__():
            if sub not in seen:
                seen.append(sub)
                stack.append(sub)
    return [Node, *seen]


@contextlib.contextmanager
def count_applies():
    """Counter of node type name -> apply calls, while the block runs."""
    counts: Counter = Counter()
    patched = []
    for cls in _node_classes():
        original = cls.__dict__.get("apply")
        if original is None:
            continue

        def counted(node, *args, __original=original, **kwargs):
            counts[type(node).__name__] += 1
            return __original(node, *args, **kwargs)
        patched.append((cls, original))
        cls.apply = counted
    try:
        yield counts
    finally:
        for cls, original in patched:
            cls.apply = original


# ---- counting array allocations ------------------------------------------------------------------
class _Allocator(ctypes.Structure):
    _fields_ = [("ctx", ctypes.c_void_p), ("malloc", ctypes.c_void_p), ("calloc", ctypes.c_void_p),
                ("realloc", ctypes.c_void_p), ("free", ctypes.c_void_p)]


class _Handler(ctypes.Structure):  # PyDataMem_Handler, version 1
    _fields_ = [("name", ctypes.c_char * 127), ("version", ctypes.c_uint8), ("allocator", _Allocator)]


_MALLOC = ctypes.CFUNCTYPE(ctypes.c_void_p, ctypes.c_void_p, ctypes.c_size_t)
_CALLOC = ctypes.CFUNCTYPE(ctypes.c_void_p, ctypes.c_void_p, ctypes.c_size_t, ctypes.c_size_t)
_REALLOC = ctypes.CFUNCTYPE(ctypes.c_void_p, ctypes.c_void_p, ctypes.c_void_p, ctypes.c_size_t)
_SET_HANDLER, _GET_HANDLER = 304, 305  # slots in NumPy's C-API table (stable since NumPy 1.22)


class AllocationCounter:
    """Installs a counting NumPy data allocator on demand. Built once per process and never freed:
    arrays allocated through it keep a reference to its capsule and free through its (C) free."""

    def __init__(self):
        try:
            from numpy._core import _multiarray_umath as umath
        except ImportError:  # NumPy 1.x
            from numpy.core import _multiarray_umath as umath
        api = ctypes.pythonapi
        api.PyCapsule_GetPointer.restype = ctypes.c_void_p
        api.PyCapsule_GetPointer.argtypes = [ctypes.py_object, ctypes.c_char_p]
        api.PyCapsule_New.restype = ctypes.py_object
        api.PyCapsule_New.argtypes = [ctypes.c_void_p, ctypes.c_void_p, ctypes.c_void_p]
        table = ctypes.cast(api.PyCapsule_GetPointer(umath._ARRAY_API, None), ctypes.POINTER(ctypes.c_void_p))
        self._set = ctypes.PYFUNCTYPE(ctypes.py_object, ctypes.py_object)(table[_SET_HANDLER])
        get = ctypes.PYFUNCTYPE(ctypes.py_object)(table[_GET_HANDLER])
        default = get()
        self._default = _Handler.from_address(api.PyCapsule_GetPointer(default, b"mem_handler")).allocator
        self._default_capsule = default  # keeps the default handler (and its struct) alive
        self.count = 0
        malloc, calloc, realloc = (_MALLOC(self._default.malloc), _CALLOC(self._default.calloc),
                                   _REALLOC(self._default.realloc))

        def counting_malloc(ctx, size):
            self.count += 1
            return malloc(ctx, size)

        def counting_calloc(ctx, nelem, elsize):
            self.count += 1
            return calloc(ctx, nelem, elsize)

        def counting_realloc(ctx, ptr, size):
            self.count += 1
            return realloc(ctx, ptr, size)
        self._callbacks = (_MALLOC(counting_malloc), _CALLOC(counting_calloc), _REALLOC(counting_realloc))
        # The struct and the capsule's name live in memory that is never freed (see the class doc).
        libc = ctypes.CDLL(None)
        libc.malloc.restype = ctypes.c_void_p
        libc.malloc.argtypes = [ctypes.c_size_t]
        address = libc.malloc(ctypes.sizeof(_Handler))
        name = libc.malloc(16)
        if not address or not name:
            raise MemoryError
        ctypes.memmove(name, b"mem_handler\0", 12)
        self._handler = _Handler.from_address(address)
        self._handler.name = b"yamlgrad_test_counting_allocator"
        self._handler.version = 1
        ctypes.memmove(ctypes.addressof(self._handler.allocator), ctypes.addressof(self._default),
                       ctypes.sizeof(_Allocator))
        self._capsule = api.PyCapsule_New(address, name, None)

    def _route(self, counting: bool) -> None:
        source = [ctypes.cast(c, ctypes.c_void_p).value for c in self._callbacks] if counting else \
            [self._default.malloc, self._default.calloc, self._default.realloc]
        allocator = self._handler.allocator
        allocator.malloc, allocator.calloc, allocator.realloc = source

    @contextlib.contextmanager
    def counting(self):
        """Yields a function returning the number of allocations so far in the block."""
        self._route(True)
        previous = self._set(self._capsule)
        start = self.count
        try:
            yield lambda: self.count - start
        finally:
            self._set(previous)
            self._route(False)  # arrays allocated meanwhile may outlive this: no Python callbacks left


_COUNTER: list = []


def allocation_counter() -> AllocationCounter:
    if not _COUNTER:
        try:
            _COUNTER.append(AllocationCounter())
        except Exception as exc:  # pragma: no cover - an unusual NumPy or a non-CPython interpreter
            pytest.skip(f"cannot install a counting NumPy allocator here: {exc!r}")
    return _COUNTER[0]


def test_allocation_counter_counts_numpy_arrays():
    counter = allocation_counter()
    x = np.ones(1000)
    with counter.counting() as count:
        y = x * 2.0
        z = np.exp(y)
        w = z.copy()
    assert count() >= 3
    assert np.allclose(w, np.exp(2.0))
    with counter.counting() as count:
        pass
    assert count() == 0
    assert (y + z).sum() > 0  # arrays from the counting handler still work (and free) afterwards


# ---- the graphs ----------------------------------------------------------------------------------
def _mlp_step():
    """One SGD step of Linear(8, 16) -> ReLU -> Linear(16, 4), batch 4, cross-entropy."""
    rng = np.random.default_rng(0)
    yg.manual_seed(0)
    model = nn.Sequential(nn.Linear(8, 16), nn.ReLU(), nn.Linear(16, 4))
    opt = optim.SGD(model.parameters(), lr=0.1)
    x = yg.tensor(rng.standard_normal((4, 8)).astype(np.float32))
    y = yg.tensor(rng.integers(0, 4, 4))
    counter = allocation_counter()
    opt.zero_grad()
    with counter.counting() as forward_allocs:
        loss = F.cross_entropy(model(x), y)
    with count_applies() as applies, counter.counting() as backward_allocs:
        loss.backward()
    with counter.counting() as update_allocs:
        opt.step()
    return {"applies": sum(applies.values()), "forward_allocs": forward_allocs(),
            "backward_allocs": backward_allocs(), "update_allocs": update_allocs()}, applies


def _scalar_chain():
    """50 ops on 0-d float64: h = tanh(h * w), 25 times."""
    x = yg.tensor(0.5, dtype=yg.float64, requires_grad=True)
    w = yg.tensor(0.9, dtype=yg.float64, requires_grad=True)
    counter = allocation_counter()
    with counter.counting() as forward_allocs:
        h = x
        for _ in range(25):
            h = (h * w).tanh()
    with count_applies() as applies, counter.counting() as backward_allocs:
        h.backward()
    assert x.grad is not None and w.grad is not None
    return {"applies": sum(applies.values()), "forward_allocs": forward_allocs(),
            "backward_allocs": backward_allocs()}, applies


GRAPHS = {"mlp": _mlp_step, "chain": _scalar_chain}


@pytest.mark.parametrize("graph", sorted(GRAPHS))
def test_work_counts_stay_within_bounds(graph):
    GRAPHS[graph]()  # warm-up: lazily built state must not count
    counts, applies = GRAPHS[graph]()
    again, _ = GRAPHS[graph]()
    assert counts == again, f"counts are not deterministic: {counts} then {again}"
    assert counts["applies"] > 0 and counts["backward_allocs"] > 0, (
        f"the counting hooks saw no work ({counts}): update count_applies/AllocationCounter to the engine")
    over = {k: (v, BOUNDS[graph][k]) for k, v in counts.items() if v > BOUNDS[graph][k]}
    assert not over, (f"{graph}: more engine work than recorded (measured, bound): {over}; "
                      f"applies by node: {dict(applies)}. Raising a bound needs a reason (see the module doc).")

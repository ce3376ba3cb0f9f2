"""Tracing: run the function once with every registry op wrapper recording its call.

While a trace is open, each function of `yamlgrad.autogen.ops` is replaced, wherever yamlgrad's
modules (and the traced function's module) hold a reference to it, by a recorder that runs the
real wrapper and appends (op, arguments, output) to the trace. Only the outermost call is
recorded: wrappers that call other wrappers are one op. The run is an ordinary eager run, so it
also builds the autograd graph whose nodes tell which backward formulas and saved values the
compiled backward needs.

Anything that reads a Tensor's values outside a registry op (`.item()`, `bool(t)`, `.numpy()`,
NumPy code over `t._data`, in-place writes, printing) would bake trace-time values into the
generated code. To see them, `Tensor._data` becomes a property for the duration of the trace:
a read outside an op wrapper from anywhere but the metadata accessors below stops the trace
(a "graph break"), naming the user's line. Random draws stop it too.
"""
from __future__ import annotations

import os
import sys
import threading

from yamlgrad.autogen import ops
from yamlgrad.core.tensor import Tensor

_LOCK = threading.RLock()
_DATA = Tensor.__dict__["_data"]  # the slot descriptor
_HERE = os.path.dirname(__file__)
_PACKAGE = os.path.dirname(_HERE)
_GENERATED = os.path.dirname(ops.__file__)  # yamlgrad.autogen may live outside the package folder

# Functions that read `_data` outside op wrappers for metadata only (shape, dtype, ndim) or to
# dispatch on it; (file name relative to the package, function name).
_METADATA_READERS = {
    ("core/tensor.py", f) for f in ("dtype", "shape", "ndim", "size", "dim", "numel", "nelement", "element_size",
                                    "is_floating_point", "__len__", "__iter__", "device", "requires_grad",
                                    "detach", "data", "__hash__")
} | {
    ("api/overloads.py", "matmul"), ("api/overloads.py", "max"), ("api/overloads.py", "min"),
    ("api/tensor_methods.py", "to"), ("api/tensor_methods.py", "_cast"), ("api/tensor_methods.py", "type"),
    ("core/node.py", "edge"), ("core/node.py", "meta_of"), ("core/node.py", "__init__"),
    ("core/tensor.py", "requires_grad"), ("core/grad_mode.py", "__exit__"),
}


class GraphBreak(Exception):
    """Raised inside the traced function when it does something the trace cannot record."""

    def __init__(self, reason: str, where: str):
        super().__init__(f"{reason} at {where}")
        self.reason, self.where = reason, where


class Call:
    __slots__ = ("op", "args", "kwargs", "out", "grad")

    def __init__(self, op, args, kwargs, out, grad):
        self.op, self.args, self.kwargs, self.out, self.grad = op, args, kwargs, out, grad


class Trace:
    """What one traced run recorded. Tensors are held strongly so their ids stay meaningful."""

    def __init__(self):
        self.calls: list[Call] = []
        self.aliases: list[tuple] = []   # (source Tensor, detached alias Tensor), in order, as calls
        self.thread = threading.get_ident()
        self.depth = 0
        self.broken: GraphBreak | None = None


_ACTIVE: list = [None]


def user_frame(skip_files=()) -> str:
    """'file:line' of the innermost frame outside yamlgrad (the user's code), for messages."""
    f = sys._getframe(1)
    while f is not None:
        name = f.f_code.co_filename
        if not name.startswith((_PACKAGE, _GENERATED)) and "importlib" not in name:
            return f"{name}:{f.f_lineno}"
        f = f.f_back
    return "<unknown>"


def _break(trace: Trace, reason: str):
    where = user_frame()
    trace.broken = GraphBreak(reason, where)
    raise trace.broken


def _data_get(t):
    trace = _ACTIVE[0]
    if trace is not None and trace.depth == 0 and trace.broken is None and threading.get_ident() == trace.thread:
        f = sys._getframe(1)
        name = f.f_code.co_filename
        if not name.startswith(_HERE):
            rel = name[len(_PACKAGE) + 1:].replace(os.sep, "/") if name.startswith(_PACKAGE) else ""
            if (rel, f.f_code.co_name) not in _METADATA_READERS:
                if rel.startswith("core/inplace") or f.f_code.co_name.endswith("_") or f.f_code.co_name == "__setitem__":
                    _break(trace, "in-place write to a tensor")
                what = f.f_code.co_name
                _break(trace, f"data-dependent access to a tensor's values ({what})")
    return _DATA.__get__(t)


def _data_set(t, value):
    trace = _ACTIVE[0]
    if trace is not None and trace.depth == 0 and trace.broken is None and threading.get_ident() == trace.thread:
        _break(trace, "in-place write to a tensor (.data = ...)")
    _DATA.__set__(t, value)


def _recorder(name: str, fn):
    def traced(*args, **kwargs):
        trace = _ACTIVE[0]
        if trace is None or trace.depth or threading.get_ident() != trace.thread:
            return fn(*args, **kwargs)
        if kwargs.get("out") is not None:
            _break(trace, f"'{name}' with out=")
        from yamlgrad.core.grad_mode import state
        trace.depth += 1
        try:
            out = fn(*args, **kwargs)
        finally:
            trace.depth -= 1
        trace.calls.append(Call(name, args, kwargs, out, state.enabled))
        return out
    traced.__name__ = getattr(fn, "__name__", name)
    traced.__wrapped__ = fn
    return traced


def _detach(orig):
    def detach(self):
        trace = _ACTIVE[0]
        if trace is None or trace.depth or threading.get_ident() != trace.thread:
            return orig(self)
        trace.depth += 1
        try:
            out = orig(self)
        finally:
            trace.depth -= 1
        trace.aliases.append((len(trace.calls), self, out))
        trace.calls.append(Call("<detach>", (self,), {}, out, False))
        return out
    return detach


def _no_random(orig):
    def generator(*args, **kwargs):
        trace = _ACTIVE[0]
        if trace is not None and threading.get_ident() == trace.thread and trace.broken is None:
            _break(trace, "random op (its draws would be frozen into the compiled code)")
        return orig(*args, **kwargs)
    return generator


def _no_hooks(orig, what):
    def method(self, *args, **kwargs):
        trace = _ACTIVE[0]
        if trace is not None and threading.get_ident() == trace.thread and trace.broken is None:
            _break(trace, f"{what} on a tensor inside the compiled function")
        return orig(self, *args, **kwargs)
    return method


_OPS = None


def _op_functions() -> dict:
    global _OPS
    if _OPS is None:
        _OPS = {}
        from yamlgrad.autogen.samples import OPS  # every registry op, including those with variants: []
        for name in OPS:
            fn = getattr(ops, name, None)
            if callable(fn) and (getattr(fn, "__module__", None) or "").startswith(ops.__name__):  # ops, ops_internal
                _OPS[id(fn)] = (name, fn)
    return _OPS


_RECORDERS: dict = {}
_LOCATIONS: list = [None, None]


def _recorders(table) -> dict:
    if not _RECORDERS:
        _RECORDERS.update({key: _recorder(name, fn) for key, (name, fn) in table.items()})
    return _RECORDERS


def _scan(namespaces, table) -> list:
    return [(ns, key) for ns in namespaces for key, value in list(ns.items()) if id(value) in table]


def _locations(table) -> list:
    """Where yamlgrad's modules hold op functions; rescanned when modules were imported since."""
    count = len(sys.modules)
    if _LOCATIONS[0] != count:
        namespaces = [vars(m) for n, m in list(sys.modules.items())
                      if m is not None and (n == "yamlgrad" or n.startswith("yamlgrad.")) and hasattr(m, "__dict__")]
        unique = list({id(ns): ns for ns in namespaces}.values())
        _LOCATIONS[0], _LOCATIONS[1] = count, _scan(unique, table)
    return _LOCATIONS[1]


class Patches:
    """Swap the op wrappers (and a few Tensor members) for recorders; undo exactly what was done."""

    def __init__(self, extra_globals=()):
        self.done: list[tuple] = []
        self.extra = [g for g in extra_globals if isinstance(g, dict)]

    def __enter__(self):
        table = _op_functions()
        replacement = _recorders(table)
        for ns, key in _locations(table) + _scan(self.extra, table):
            value = ns.get(key)
            new = replacement.get(id(value))
            if new is not None and table[id(value)][1] is value:
                self.done.append((ns, key, value))
                ns[key] = new
        for key, value in list(Tensor.__dict__.items()):
            new = replacement.get(id(value))
            if new is not None and table[id(value)][1] is value:
                self._setattr(Tensor, key, new)
        self._setattr(Tensor, "_data", property(_data_get, _data_set))
        self._setattr(Tensor, "detach", _detach(Tensor.detach))
        self._setattr(Tensor, "data", property(_detach(Tensor.__dict__["data"].fget), _data_set))
        self._setattr(Tensor, "register_hook", _no_hooks(Tensor.register_hook, "register_hook"))
        self._setattr(Tensor, "retain_grad", _no_hooks(Tensor.retain_grad, "retain_grad"))
        from yamlgrad.api import factories
        self._set_module(factories, "generator", _no_random(factories.generator))
        return self

    def _setattr(self, cls, key, value):
        self.done.append((cls, key, cls.__dict__[key]))
        setattr(cls, key, value)

    def _set_module(self, module, key, value):
        ns = vars(module)
        self.done.append((ns, key, ns[key]))
        ns[key] = value

    def __exit__(self, *exc):
        for target, key, value in reversed(self.done):
            if isinstance(target, dict):
                target[key] = value
            else:
                setattr(target, key, value)
        self.done.clear()
        return False


def run_traced(fn, args, kwargs, extra_globals=()) -> tuple:
    """Run fn(*args, **kwargs) recording its ops. Returns (trace, result); a graph break leaves
    `trace.broken` set and result None (the function's remaining code did not run)."""
    trace = Trace()
    with _LOCK:
        with Patches(extra_globals):
            _ACTIVE[0] = trace
            try:
                result = fn(*args, **kwargs)
            except GraphBreak as exc:
                if exc is not trace.broken:
                    raise
                return trace, None
            except BaseException:
                if trace.broken is not None:  # the function caught our break and failed otherwise
                    return trace, None
                raise
            finally:
                _ACTIVE[0] = None
    return trace, result

"""yamlgrad.compile: trace a function once per input signature, run generated NumPy code after.

    step = yamlgrad.compile(loss_fn)        # or @yamlgrad.compile, or yamlgrad.compile(model)
    loss = step(x, y); loss.backward()      # one CompiledFunctionBackward node in the graph

See docs/compile.md: tracing (trace.py), guards (guards.py), code generation from the registry's
own formulas (templates.py, codegen.py) and the call path (function.py).
"""
from __future__ import annotations

import os
import warnings

from yamlgrad.compile import guards, trace as _trace
from yamlgrad.compile.codegen import CompileError
from yamlgrad.compile.templates import NotInlinable
from yamlgrad.compile.function import (RETRACE_LIMIT, CompiledFunctionBackward, CompileWarning, build_entry,
                                       run_entry)
from yamlgrad.core.tangents import FORWARD_AD

__all__ = ["compile", "CompileError", "CompileWarning", "CompiledFunction", "CompiledModule",
           "CompiledFunctionBackward", "RETRACE_LIMIT"]

_BACKENDS = ("inductor", "eager", "aot_eager", "yamlgrad", None)


class CompiledFunction:
    """The callable `compile` returns for a function. `source()` shows the generated code."""

    def __init__(self, fn, fullgraph: bool = False, name: str | None = None, readers=None, extra_globals=()):
        self.fn = fn
        self.fullgraph = fullgraph
        self.name = name or getattr(fn, "__qualname__", None) or type(fn).__name__
        self._cache: dict = {}
        self._readers = guards.closure_readers(fn) if readers is None else readers
        self._globals = list(extra_globals) or ([fn.__globals__] if hasattr(fn, "__globals__") else [])
        if not hasattr(fn, "__globals__") and isinstance(getattr(fn, "__dict__", None), dict):
            self._globals.append(fn.__dict__)  # a callable object may hold op functions as attributes
        self._warned = False
        self.stats = {"traces": 0, "hits": 0, "eager_calls": 0}
        self.__wrapped__ = fn
        self.__doc__ = getattr(fn, "__doc__", None)

    def __call__(self, *args, **kwargs):
        if FORWARD_AD[0] or _trace._ACTIVE[0] is not None:
            # forward-mode tangents are not in the generated code; inside another trace, the ops
            # are recorded by that trace
            return self.fn(*args, **kwargs)
        key, tensors = guards.signature(args, kwargs, self._readers)
        entry = self._cache.get(key)
        if entry is None:
            entry = self._trace(key, tensors, args, kwargs)
            if entry is None:
                self.stats["eager_calls"] += 1
                return self.fn(*args, **kwargs)
        else:
            self.stats["hits"] += 1
        if entry.eager:
            self.stats["eager_calls"] += 1
            return self.fn(*args, **kwargs)
        out = run_entry(entry, tensors)
        if out is None:  # a parameter or captured tensor changed shape, dtype or requires_grad
            del self._cache[key]
            return self(*args, **kwargs)
        return out

    def _trace(self, key, tensors, args, kwargs):
        if len(self._cache) >= RETRACE_LIMIT:
            if not self._warned:
                self._warned = True
                warnings.warn(f"yamlgrad.compile: '{self.name}' was traced for {RETRACE_LIMIT} input signatures "
                              "(the retrace limit); calls with new signatures run eagerly", CompileWarning,
                              stacklevel=3)
            return None
        self.stats["traces"] += 1
        try:
            entry, _ = build_entry(self.fn, self.name, tensors, args, kwargs, None, self._globals)
        except NotInlinable as exc:
            from yamlgrad.compile.function import Entry
            entry = Entry()
            entry.eager, entry.reason = True, str(exc)
        if entry.eager:
            if self.fullgraph:
                raise CompileError(f"yamlgrad.compile(fullgraph=True): '{self.name}' cannot be compiled: "
                                   f"{entry.reason}")
            warnings.warn(f"yamlgrad.compile: '{self.name}' runs eagerly for this input signature: {entry.reason}",
                          CompileWarning, stacklevel=3)
        self._cache[key] = entry
        _dump(self.name, len(self._cache), entry)
        return entry

    def source(self) -> str:
        """The generated code of every traced signature (most recent last)."""
        parts = []
        for i, entry in enumerate(self._cache.values()):
            head = f"# signature {i}" + (f": runs eagerly ({entry.reason})" if entry.eager else "")
            parts.append(head + "\n" + entry.source)
        return "\n".join(parts)

    def reset(self) -> None:
        """Forget every traced signature."""
        self._cache.clear()
        self._warned = False


class CompiledModule:
    """`compile(module)`: calls go through the compiled `module.__call__`; everything else
    (parameters(), train(), state_dict(), attributes) is the original module's (`_orig_mod`)."""

    def __init__(self, module, fullgraph: bool = False):
        modules = list(module.modules())
        readers = [lambda: tuple(m.training for m in modules)]
        globs = []
        for m in modules:
            g = getattr(type(m).forward, "__globals__", None)
            if g is not None and all(g is not x for x in globs):
                globs.append(g)
        object.__setattr__(self, "_orig_mod", module)
        object.__setattr__(self, "_compiled", CompiledFunction(module.__call__, fullgraph,
                                                                name=type(module).__name__, readers=readers,
                                                                extra_globals=globs))

    def __call__(self, *args, **kwargs):
        return self._compiled(*args, **kwargs)

    def forward(self, *args, **kwargs):
        return self._compiled(*args, **kwargs)

    def source(self) -> str:
        return self._compiled.source()

    def __getattr__(self, name):
        return getattr(self._orig_mod, name)

    def __setattr__(self, name, value):
        setattr(self._orig_mod, name, value)

    def __repr__(self) -> str:
        return f"CompiledModule({self._orig_mod!r})"


def compile(model=None, *, fullgraph: bool = False, dynamic=None, backend="inductor", mode=None, options=None,
            disable: bool = False):
    """torch.compile's signature. `model`: a function or an nn.Module; without it, a decorator.

    fullgraph=True raises CompileError where the default would run a signature eagerly (a graph
    break). dynamic, mode and options are accepted and ignored (every signature is specialized);
    backend must be one of torch's names or "yamlgrad"; disable=True returns `model` itself."""
    if backend not in _BACKENDS and not callable(backend):
        raise ValueError(f"yamlgrad.compile: unknown backend {backend!r} (expected one of "
                         f"{', '.join(repr(b) for b in _BACKENDS if b)})")
    if mode not in (None, "default", "reduce-overhead", "max-autotune", "max-autotune-no-cudagraphs"):
        raise ValueError(f"yamlgrad.compile: unknown mode {mode!r}")

    def wrap(target):
        if disable:
            return target
        from yamlgrad.nn.module import Module
        if isinstance(target, Module):
            return CompiledModule(target, fullgraph)
        if not callable(target):
            raise TypeError(f"yamlgrad.compile expects a function or an nn.Module, got {type(target).__name__}")
        return CompiledFunction(target, fullgraph)

    return wrap if model is None else wrap(model)


def _dump(name: str, index: int, entry) -> None:
    folder = os.environ.get("YAMLGRAD_COMPILE_DUMP")
    if not folder:
        return
    os.makedirs(folder, exist_ok=True)
    safe = "".join(c if c.isalnum() or c in "_-" else "_" for c in name)
    with open(os.path.join(folder, f"{safe}_{index}.py"), "w", encoding="utf-8") as fh:
        fh.write(f"# yamlgrad.compile: {name}, signature {index}\n")
        fh.write(entry.source if not entry.eager else f"# runs eagerly: {entry.reason}\n")


class _CallableModule(type(os)):
    """`yamlgrad.compile` is this package and, as in torch, a function: importing the package sets
    it as the root's attribute, so the package itself must be callable."""

    def __call__(self, model=None, **kwargs):
        return compile(model, **kwargs)


import sys as _sys  # noqa: E402

_sys.modules[__name__].__class__ = _CallableModule

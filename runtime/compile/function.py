"""A compiled function: per input signature, one traced and generated (forward, backward) pair.

A call computes its guard key (see guards.py), looks the entry up, traces on a miss, and runs the
entry's generated forward on the arrays of the Tensor arguments and of the lifted tensors. When
an output needs a gradient, all outputs share one `CompiledFunctionBackward` node whose edges are
the inputs' edges, so `backward()`, hooks on inputs, `.grad` accumulation and optimizers see an
ordinary graph with one node in it.
"""
from __future__ import annotations

import os
import warnings

import numpy as np

from yamlgrad.compile import guards
from yamlgrad.compile.codegen import Builder, allocate
from yamlgrad.compile.templates import NotInlinable
from yamlgrad.compile.trace import run_traced
from yamlgrad.core import grad_mode
from yamlgrad.core.namespaces import F as NAMESPACES
from yamlgrad.core.node import Node, edge, meta_of
from yamlgrad.core.tangents import FORWARD_AD
from yamlgrad.core.tensor import Tensor, make

RETRACE_LIMIT = 8


class CompileWarning(UserWarning):
    """A signature runs eagerly: a graph break, or the retrace limit was reached."""


class CompiledFunctionBackward(Node):
    __slots__ = ("entry", "saved", "versions")
    saved_tensor_slots = ("saved",)

    def apply(self, grads, F):
        if F is not NAMESPACES.raw:
            raise RuntimeError("yamlgrad.compile: create_graph=True through a compiled function is not supported (its "
                               "backward runs generated array code, which records no graph); call the function "
                               "uncompiled to take higher derivatives")
        saved = self.saved
        if saved is None:
            from yamlgrad.core.saved import FREED
            raise RuntimeError(FREED.format(self.name()))
        for counter, version, shape in self.versions:
            if counter[0] != version:
                from yamlgrad.core.saved import MODIFIED
                raise RuntimeError(MODIFIED.format(shape=", ".join(map(str, shape)), now=counter[0], then=version,
                                                   node=self.name()))
        return self.entry.backward(saved, *grads)

    def release(self):
        self.saved = None


class Entry:
    """One signature's generated code and how to call it."""

    def __init__(self):
        self.forward = self.backward = None
        self.eager = False
        self.reason = ""
        self.source = ""
        self.lifted: list = []          # (Tensor, shape, dtype, requires_grad)
        self.out_spec = None            # how to rebuild the outputs
        self.grad_inputs: list = []     # ("input", flat index) | ("lifted", Tensor)
        self.saved_versions: list = []  # same, for saved inputs whose versions are checked
        self.n_grad_out = 0
        self.meta = ()


def build_entry(fn, name: str, tensors: list, args, kwargs, structure, extra_globals) -> tuple:
    """Trace fn on these arguments and generate its code. Returns (entry, eager_result or None).

    The cyclic GC is paused meanwhile: a long trace keeps every op's Tensor and node alive, and the
    full collections that a growing heap triggers would walk all of them again and again."""
    import gc
    enabled = gc.isenabled()
    gc.disable()
    try:
        return _build_entry(fn, name, tensors, args, kwargs, extra_globals)
    finally:
        if enabled:
            gc.enable()


def _build_entry(fn, name: str, tensors: list, args, kwargs, extra_globals) -> tuple:
    entry = Entry()
    trace, result = run_traced(fn, args, kwargs, extra_globals)
    if trace.broken is not None:
        entry.eager, entry.reason = True, f"graph break: {trace.broken}"
        return entry, None
    builder = Builder(tensors, trace, name)
    for call in trace.calls:
        builder.add_call(call)
    leaves, rebuild = guards.flatten_output(result)
    need_grad = grad_mode.state.enabled
    out_spec, fwd_outs, grad_out_vars = [], [], []
    for leaf in leaves:
        if not isinstance(leaf, Tensor):
            out_spec.append(("const", leaf))
            continue
        v = builder.vars.get(id(leaf))
        if v is None or v.kind == "lifted":
            out_spec.append(("object", leaf if v is None else v.tensor))
        elif v.kind == "input":
            out_spec.append(("input", v.index))
        else:
            if need_grad and leaf._requires_grad:
                out_spec.append(("grad", len(fwd_outs), len(grad_out_vars)))
                grad_out_vars.append(v)
            else:
                out_spec.append(("plain", len(fwd_outs)))
            fwd_outs.append(v)
    entry.out_spec, entry.rebuild = out_spec, rebuild

    saved_vars, bwd_lines, inputs_with_grad = [], None, []
    if grad_out_vars:
        builder.probe_seen = {}
        stmts, inputs_with_grad, saved_vars = builder.backward(grad_out_vars)
        probe_fn, probe_lines = _compile_backward(builder, stmts, inputs_with_grad, saved_vars, grad_out_vars, "probe")
        with np.errstate(all="ignore"):
            try:
                probe_fn(tuple(v.array for v in saved_vars), *[np.ones_like(v.array) for v in grad_out_vars])
            except Exception as exc:
                raise NotInlinable(f"the compiled backward failed its dry run: {type(exc).__name__}: {exc}") from exc
        stmts, inputs_with_grad, saved_vars = builder.backward(grad_out_vars, probe=builder.probe_seen)
        entry.backward, bwd_lines = _compile_backward(builder, stmts, inputs_with_grad, saved_vars, grad_out_vars,
                                                      "backward")
    entry.forward, fwd_lines = _compile_forward(builder, fwd_outs, saved_vars, name)
    entry.lifted = [(v.tensor, v.array.shape, v.array.dtype, v.tensor._requires_grad) for v in builder.lifted]
    entry.grad_inputs = [("input", v.index) if v.kind == "input" else ("lifted", v.tensor) for v in inputs_with_grad]
    entry.saved_versions = [("input", v.index) if v.kind == "input" else ("lifted", v.tensor)
                            for v in saved_vars if v.kind in ("input", "lifted")]
    entry.n_grad_out = len(grad_out_vars)
    entry.meta = tuple(meta_of(v.array)[0] for v in grad_out_vars)
    entry.source = "\n".join(fwd_lines + ([""] + bwd_lines if bwd_lines else [])) + "\n"
    return entry, None


def _compile_source(builder, lines, fname, label):
    source = "\n".join(lines) + "\n"
    code = compile(source, f"<yamlgrad.compile {builder.fn_name} {label}>", "exec")
    namespace = dict(builder.glob.names)
    exec(code, namespace)
    return namespace[fname]


def _compile_forward(builder, fwd_outs, saved_vars, name):
    pinned = {}
    params = []
    for v in builder.inputs:
        key = ("v", v.n)
        if key not in pinned:
            pinned[key] = f"_a{v.index}"
    params = [f"_a{i}" for i in range(len(builder.inputs))]
    for i, v in enumerate(builder.lifted):
        pinned[("v", v.n)] = f"_l{i}"
        params.append(f"_l{i}")
    live = {("v", v.n) for v in fwd_outs + saved_vars}
    body, names = allocate(builder.fwd, live, {"v": "_v"}, pinned)
    arr = builder.glob.bind("_asarray", np.asarray)
    outs = ", ".join(f"{arr}({names[('v', v.n)]})" if v.n in builder.generic or v.array.ndim == 0 else names[("v", v.n)]
                     for v in fwd_outs)
    saved = ", ".join(names[("v", v.n)] for v in saved_vars)
    lines = [f"def forward({', '.join(params)}):", f'    """{builder.fn_name}: forward over arrays."""']
    # 0-d inputs as NumPy scalars: arithmetic on them takes NumPy's scalar path, several times
    # faster than a ufunc call on a 0-d array, with the same IEEE results
    for v, name in [(v, f"_a{v.index}") for v in builder.inputs] + [(v, f"_l{i}") for i, v in enumerate(builder.lifted)]:
        if v.array.ndim == 0 and v.array.dtype.kind in "fc" and pinned.get(("v", v.n)) == name:
            lines.append(f"    {name} = {name}[()]")
    lines += ["    " + line.replace("\n", "\n    ") for line in body]
    lines.append(f"    return ({outs}{',' if len(fwd_outs) == 1 else ''}), ({saved}{',' if len(saved_vars) == 1 else ''})")
    return _compile_source(builder, lines, "forward", "forward"), lines


def _compile_backward(builder, stmts, inputs_with_grad, saved_vars, grad_out_vars, label):
    from yamlgrad.compile.codegen import Stmt
    head = []
    if saved_vars:
        refs = [("v", v) for v in saved_vars]
        targets = ", ".join("{%d}" % i for i in range(len(refs)))
        head.append(Stmt(f"{targets}{',' if len(refs) == 1 else ''} = saved", refs, refs, []))
    live = {("g", v.n) for v in inputs_with_grad}
    body, names = allocate(head + stmts, live, {"v": "_s", "g": "_g"})
    arr = builder.glob.bind("_asarray", np.asarray)
    rets = ", ".join(("None" if ("g", v.n) not in names else
                      f"{arr}({names[('g', v.n)]})" if v.array.ndim == 0 else names[("g", v.n)])
                     for v in inputs_with_grad)
    params = ", ".join(["saved"] + [f"_o{i}" for i in range(len(grad_out_vars))])
    lines = [f"def {label}({params}):", f'    """{builder.fn_name}: backward over arrays."""']
    lines += ["    " + line.replace("\n", "\n    ") for line in body]
    lines.append(f"    return ({rets}{',' if len(inputs_with_grad) == 1 else ''})")
    return _compile_source(builder, lines, label, label), lines


def run_entry(entry: Entry, tensors: list):
    for t, shape, dtype, rg in entry.lifted:
        d = t._data
        if d.shape != shape or d.dtype != dtype or t._requires_grad != rg:
            return None   # a lifted tensor changed: the caller retraces
    arrays = [t._data for t in tensors]
    arrays.extend(t._data for t, _, _, _ in entry.lifted)
    outs, saved = entry.forward(*arrays)
    node = None
    if entry.n_grad_out:
        node = CompiledFunctionBackward()
        node.entry = entry
        node.saved = saved
        node._next = tuple(edge(tensors[x] if kind == "input" else x) for kind, x in entry.grad_inputs)
        node._meta = entry.meta
        node.versions = [(t._version, t._version[0], t._data.shape) for t in
                         (tensors[x] if kind == "input" else x for kind, x in entry.saved_versions)]
    leaves = []
    for spec in entry.out_spec:
        kind = spec[0]
        if kind == "grad":
            leaves.append(make(outs[spec[1]], node, spec[2]))
        elif kind == "plain":
            leaves.append(make(outs[spec[1]]))
        elif kind == "input":
            leaves.append(tensors[spec[1]])
        else:
            leaves.append(spec[1])
    return entry.rebuild(leaves)

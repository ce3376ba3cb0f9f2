"""From a trace to two straight-line Python functions over arrays: forward and backward.

Values are numbered as the trace meets them: the function's Tensor arguments, tensors it uses but
did not receive ("lifted": parameters, captured tensors, constants it built; read from the same
Tensor object at every call), and the outputs of recorded ops. Each recorded call becomes one
statement, the body of `raw.<op>` inlined when it is a single expression and gives exactly the
eager result on the trace's arrays (otherwise a call of raw.<op>, or of the op wrapper itself when
even that differs, e.g. where the wrapper fixes a dtype). Each node of the trace's autograd graph
becomes the specialized body of its `apply` (templates.py), in reverse recording order; gradients
flowing into a value are summed, brought to its shape and dtype (where a dry run at compile time
showed that they differ), and handed to the next formula.

Locals are reused once their value is dead (a linear scan over the statements), so a 100k-op chain
holds as many arrays as eager mode does, not one per op.
"""
from __future__ import annotations

import ast
import re
import warnings

import numpy as np

from yamlgrad.autogen import ops, raw
from yamlgrad.compile.templates import BackwardTemplates, Globals, NotInlinable, RawTemplates, placeholder
from yamlgrad.core.grad_mode import no_grad
from yamlgrad.core.node import AccumulateGrad, edge
from yamlgrad.core.tensor import Tensor, make


class CompileError(RuntimeError):
    """The function (or one of its ops) cannot be compiled; the message says why and where."""


_RAW = None
_BWD = None


def _templates():
    global _RAW, _BWD
    if _RAW is None:
        from yamlgrad.autogen import functions
        _RAW, _BWD = RawTemplates(raw), BackwardTemplates(functions)
    return _RAW, _BWD


class Var:
    __slots__ = ("n", "kind", "index", "tensor", "array", "grad_edge")

    def __init__(self, n, kind, index, tensor):
        self.n, self.kind, self.index, self.tensor = n, kind, index, tensor
        self.array = tensor._data
        self.grad_edge = None


class Stmt:
    """One line (or block) of generated code: a format string over the names of `refs`, which are
    (namespace, Var) pairs; `defs` are the refs it assigns, `uses` those it reads."""
    __slots__ = ("fmt", "refs", "defs", "uses")

    def __init__(self, fmt, refs, defs, uses):
        self.fmt, self.refs, self.defs, self.uses = fmt, refs, defs, uses


_PH = re.compile(r"__P(\d+)__")


def _fmt(code: str) -> str:
    return _PH.sub(r"{\1}", code.replace("{", "{{").replace("}", "}}"))


def _eager_call(op, *args, **kwargs):
    """Fallback for an op whose raw forward differs from its wrapper's: run the wrapper on Tensors."""
    with no_grad():
        out = op(*[_wrap(a) for a in args], **{k: _wrap(v) for k, v in kwargs.items()})
    return _unwrap(out)


def _wrap(a):
    if isinstance(a, np.ndarray):
        return make(a)
    if type(a) in (list, tuple):
        return type(a)(_wrap(x) for x in a)
    return a


def _unwrap(out):
    if isinstance(out, Tensor):
        return out._data
    if isinstance(out, (tuple, list)):
        return tuple(_unwrap(o) for o in out)
    return out


def _flat_out(out):
    if isinstance(out, Tensor):
        return [out]
    if isinstance(out, (tuple, list)) and all(isinstance(o, Tensor) for o in out):
        return list(out)
    return None


def _same(a, t: Tensor) -> bool:
    b = t._data
    if not isinstance(a, np.ndarray) or a.shape != b.shape or a.dtype != b.dtype:
        return False
    try:
        return bool(np.array_equal(a, b, equal_nan=a.dtype.kind in "fc"))
    except TypeError:
        return bool(np.array_equal(a, b))


class Builder:
    def __init__(self, inputs: list, trace, fn_name: str):
        self.glob = Globals()
        self.glob.names["__builtins__"] = __builtins__
        self.vars: dict = {}          # id(Tensor) -> Var
        self.by_array: dict = {}      # id(array) -> Var (for saved results)
        self.keep: list = []          # keeps traced objects alive while ids are in use
        self.inputs = []
        self.lifted = []
        self.n = 0
        self.fwd: list[Stmt] = []
        self.calls = []               # (Call, out vars) in order
        self.fn_name = fn_name
        self.generic: set = set()    # values NumPy computes as scalars (np.float64), not 0-d arrays
        self.fwd_cache: dict = {}
        self.bwd_cache: dict = {}
        for i, t in enumerate(inputs):
            if id(t) in self.vars:    # the same Tensor passed twice: one value
                self.inputs.append(self.vars[id(t)])
                continue
            self.inputs.append(self._new("input", i, t))
        self.trace = trace

    def _new(self, kind, index, t) -> Var:
        v = Var(self.n, kind, index, t)
        self.n += 1
        self.vars[id(t)] = v
        self.by_array.setdefault(id(t._data), v)
        self.keep.append(t)
        return v

    def var_of(self, t: Tensor) -> Var:
        v = self.vars.get(id(t))
        if v is None:
            v = self._new("lifted", len(self.lifted), t)
            self.lifted.append(v)
        return v

    # ---- forward -----------------------------------------------------------------------------
    def _arg(self, value, refs: list, key: list):
        if isinstance(value, Tensor):
            v = self.var_of(value)
            refs.append(("v", v))
            key.append(("V", v.array.shape, v.array.dtype))
            return placeholder(len(refs) - 1)
        if type(value) in (list, tuple) and any(isinstance(x, Tensor) for x in value):
            key.append((type(value), len(value)))
            items = [self._arg(x, refs, key) for x in value]
            return ast.List(items, ast.Load()) if type(value) is list else ast.Tuple(items, ast.Load())
        key.append(_const_key(value))
        return self.glob.constant(value)

    def _value(self, value):
        if isinstance(value, Tensor):
            return self.vars[id(value)].array
        if type(value) in (list, tuple):
            return type(value)(self._value(x) for x in value)
        return value

    def add_call(self, call):
        if call.op == "<detach>":
            src, out = call.args[0], call.out
            self.vars[id(out)] = self.var_of(src)
            self.keep.append(out)
            return
        outs = _flat_out(call.out)
        if outs is None:
            raise NotInlinable(f"op '{call.op}' returned {type(call.out).__name__}, not Tensors")
        if len(outs) == 1 and id(outs[0]) in self.vars:   # the op returned one of its inputs as is
            return
        refs: list = []
        key: list = [call.op]
        args = [self._arg(a, refs, key) for a in call.args]
        kwargs = {k: self._arg(v, refs, key) for k, v in call.kwargs.items() if not (k == "out" and v is None)}
        out_vars = []
        for t in outs:
            v = self._new("op", None, t)
            out_vars.append(v)
        n_in = len(refs)
        key.append((len(out_vars), isinstance(call.out, (tuple, list))))
        key = tuple(key)
        cached = self.fwd_cache.get(key)
        if cached is not None:  # the same op on the same kinds of arguments: the same code
            code, generic = cached
            if generic:
                self.generic.update(v.n for v in out_vars)
            refs.extend(("v", v) for v in out_vars)
            self.fwd.append(Stmt(code, refs, refs[n_in:], refs[:n_in]))
            self.calls.append((call, out_vars))
            return
        expr = self._forward_expr(call, args, kwargs, out_vars)
        targets = [placeholder(n_in + i) for i in range(len(out_vars))]
        refs.extend(("v", v) for v in out_vars)
        if len(targets) == 1 and not isinstance(call.out, (tuple, list)):
            target = targets[0]
        else:
            target = ast.Tuple([ast.Name(t.id, ast.Store()) for t in targets], ast.Store())
            if len(targets) == 1:
                target = ast.Tuple([ast.Name(targets[0].id, ast.Store())], ast.Store())
        if isinstance(target, ast.Name):
            target = ast.Name(target.id, ast.Store())
        stmt = ast.Assign([target], expr, lineno=0)
        code = _fmt(ast.unparse(stmt))
        self.fwd_cache[key] = (code, out_vars[0].n in self.generic)
        self.fwd.append(Stmt(code, refs, refs[n_in:], refs[:n_in]))
        self.calls.append((call, out_vars))

    def _forward_expr(self, call, args, kwargs, out_vars):
        """The raw body inlined, or raw.<op>(...), or the wrapper: the first that reproduces eager."""
        raw_t, _ = _templates()
        name = call.op
        outs = _flat_out(call.out)
        rawfn = getattr(raw, name, None)
        arrays = [self._value(a) for a in call.args]
        karrays = {("self" if k == "input" else k): self._value(v) for k, v in call.kwargs.items() if k != "out"}
        if rawfn is not None:
            import inspect
            try:
                sig = _signature(rawfn)
                bound = sig.bind(*arrays, **karrays)
                with np.errstate(all="ignore"):
                    result = rawfn(*bound.args, **bound.kwargs)
                flat = list(result) if isinstance(result, (tuple, list)) else [result]
                flat = [np.asarray(r) if isinstance(r, np.generic) else r for r in flat]
                ok = len(flat) == len(outs) and all(_same(r, t) for r, t in zip(flat, outs))
                scalar_out = any(isinstance(r, np.generic) for r in
                                 (list(result) if isinstance(result, (tuple, list)) else [result]))
            except Exception:
                ok = False
            if ok:
                ast_args = {}
                ab = sig.bind(*args, **{("self" if k == "input" else k): v for k, v in kwargs.items()})
                ab.apply_defaults()
                for pname, value in ab.arguments.items():
                    ast_args[pname] = value if isinstance(value, ast.AST) else self.glob.constant(value)
                if scalar_out:  # NumPy scalars flow on; outputs handed to Tensors are made arrays
                    self.generic.update(v.n for v in out_vars)
                expr = raw_t.expression(name, ast_args, self.glob)
                if expr is None:
                    f = ast.Name(self.glob.bind(f"raw_{name}", rawfn), ast.Load())
                    expr = ast.Call(f, list(args), [ast.keyword(k if k != "input" else "self", v)
                                                    for k, v in kwargs.items()])
                return expr
        op = getattr(ops, name)
        f = ast.Name(self.glob.bind("_eager_call", _eager_call), ast.Load())
        return ast.Call(f, [ast.Name(self.glob.bind(f"op_{name}", op), ast.Load()), *args],
                        [ast.keyword(k, v) for k, v in kwargs.items()])

    # ---- backward ----------------------------------------------------------------------------
    def backward(self, grad_outputs: list, probe=None):
        """Statements of the backward. grad_outputs: Vars whose gradient comes from the caller.
        Returns (stmts, input_vars_with_grad, saved_vars)."""
        _, bwd = _templates()
        self.probe_targets = {}
        self._fix_fn = getattr(self, "_fix_fn", None) or self._fix
        edge_map = {}
        for v in list(self.vars.values()):
            t = v.tensor
            if t._requires_grad:
                e = edge(t) if (t.grad_fn is not None or v.kind != "op") else None
                if e is not None:
                    key = (id(e[0]), e[1]) if e.__class__ is tuple else (id(e), 0)
                    edge_map.setdefault(key, v)
        has_grad: set = set()
        stmts: list[Stmt] = []
        saved: dict = {}
        for i, v in enumerate(grad_outputs):
            if v.n in has_grad:
                stmts.append(Stmt(f"{{0}} = {{0}} + _o{i}", [("g", v)], [("g", v)], [("g", v)]))
            else:
                scalar = "[()]" if v.array.ndim == 0 else ""  # see the forward's 0-d inputs
                stmts.append(Stmt(f"{{0}} = _o{i}{scalar}", [("g", v)], [("g", v)], []))
                has_grad.add(v.n)
        contribution = 0
        import sys
        from yamlgrad.autogen import functions
        glob_ns = vars(functions)
        for call, out_vars in reversed(self.calls):
            if not any(v.n in has_grad for v in out_vars):
                continue
            node = next((v.tensor.grad_fn for v in out_vars if v.tensor.grad_fn is not None), None)
            if node is None or isinstance(node, AccumulateGrad):
                continue
            refs = []
            prelude = []
            zero_defs = []
            for i, v in enumerate(out_vars):
                refs.append(("g", v))
                if v.n not in has_grad:
                    z = self.glob.bind("_zeros", np.zeros)
                    prelude.append(f"{{{i}}} = {z}({v.array.shape!r}, {self.glob.bind('_dt', v.array.dtype)})")
                    zero_defs.append(("g", v))
                    has_grad.add(v.n)
            list_input = any(type(a) in (list, tuple) and len(a) == len(node._next) and len(a) > 0
                             and all(isinstance(x, Tensor) for x in a)
                             for a in list(call.args) + list(call.kwargs.values()))
            ckey = _node_key(node, len(out_vars), list_input)
            cached = self.bwd_cache.get(ckey)
            if cached is None:
                order = []

                def saved_expr(slot, kind, node=node, order=order):
                    value = getattr(node, slot)
                    if kind == "list":
                        return ast.List([self._saved_placeholder(x, (slot, i), order, len(out_vars))
                                         for i, x in enumerate(value)], ast.Load())
                    return self._saved_placeholder(value, (slot, None), order, len(out_vars))

                try:
                    body, results = bwd.chunk(node, len(out_vars), saved_expr, self.glob, glob_ns, list_input)
                except NotInlinable as exc:
                    raise NotInlinable(f"the backward of '{call.op}' ({node.name()}) cannot be compiled: "
                                       f"{exc}") from None
                cached = ([_fmt(ast.unparse(x)) for x in body],
                          [None if r is None else _fmt(ast.unparse(r)) for r in results], order)
                self.bwd_cache[ckey] = cached
            body_lines, result_codes, order = cached
            saved_refs = []
            for slot, i in order:
                value = getattr(node, slot)
                v = self._saved_var(value if i is None else value[i])
                saved_refs.append(("v", v))
            for r, v in saved_refs:
                saved[v.n] = v
            refs.extend(saved_refs)
            lines = prelude + list(body_lines)
            uses = list(refs)
            defs = list(zero_defs)
            for e, res_code in zip(node._next, result_codes):
                if e is None or res_code is None:
                    continue
                key = (id(e[0]), e[1]) if e.__class__ is tuple else (id(e), 0)
                target = edge_map.get(key)
                if target is None:
                    raise NotInlinable(f"the backward of '{call.op}' reaches a tensor the trace did not see")
                k = contribution
                contribution += 1
                if probe is None:
                    res_code = f"{self.glob.bind('_fix', self._fix_fn)}({res_code}, {k})"
                else:
                    info = probe.get(k)
                    if info is None:
                        continue  # the formula returned None: no gradient
                    shape, dtype = info
                    if shape != target.array.shape:
                        res_code = (f"{self.glob.bind('_sum_to_shape', _sum_to_shape)}({res_code}, "
                                    f"{target.array.shape!r})")
                    if dtype != target.array.dtype:
                        res_code = f"{res_code}.astype({self.glob.bind('_dt', target.array.dtype)})"
                self.probe_targets[k] = target
                idx = len(refs)
                refs.append(("g", target))
                if target.n in has_grad:
                    lines.append(f"{{{idx}}} = {{{idx}}} + {res_code}")
                    uses.append(("g", target))
                else:
                    lines.append(f"{{{idx}}} = {res_code}")
                    has_grad.add(target.n)
                defs.append(("g", target))
            stmts.append(Stmt("\n".join(lines), refs, defs, uses))
        inputs_with_grad = [v for v in self.inputs + self.lifted if v.n in has_grad and v.tensor._requires_grad]
        # one Var per distinct input
        seen, uniq = set(), []
        for v in inputs_with_grad:
            if v.n not in seen:
                seen.add(v.n)
                uniq.append(v)
        return stmts, uniq, list(saved.values())

    def _fix(self, g, k):
        """Dry-run stand-in for a gradient hand-over: note the gradient's shape and dtype."""
        target = self.probe_targets[k]
        if g is None:
            return None
        g = np.asarray(g)
        self.probe_seen[k] = (g.shape, g.dtype)
        if g.shape != target.array.shape:
            g = _sum_to_shape(g, target.array.shape)
        if g.dtype != target.array.dtype:
            g = g.astype(target.array.dtype)
        return g

    def _saved_var(self, saved):
        """The Var a saved slot holds: (value, version) of an input, (array, ...) of an output."""
        if saved is None:
            raise NotInlinable("a saved value was already freed")
        v = self.vars.get(id(saved[0])) if len(saved) == 2 else self.by_array.get(id(saved[0]))
        if v is None:
            raise NotInlinable("saves a tensor the trace did not see")
        return v

    def _saved_placeholder(self, saved, where, order, offset):
        if saved is not None and len(saved) == 2 and saved[1] is None:  # a Python number saved as is
            return self.glob.constant(saved[0])
        self._saved_var(saved)  # one placeholder per saved slot, even when two hold the same value
        order.append(where)
        return placeholder(offset + len(order) - 1)


def _node_key(node, n_outputs, list_input):
    """What a node's specialized backward depends on: its class, which edges exist, and the
    constants it saved (saved tensors only by their position)."""
    cls = type(node)
    saved_slots = getattr(cls, "saved_tensor_slots", ())
    key = [cls, tuple(e is not None for e in node._next), n_outputs, list_input]
    for klass in cls.__mro__:
        for slot in getattr(klass, "__slots__", ()):
            if slot.startswith("_") or slot == "__weakref__":
                continue
            value = getattr(node, slot, _MISSING)
            if slot in saved_slots:
                if value.__class__ is list:
                    key.append(("L", tuple(_saved_key(x) for x in value)))
                else:
                    key.append(_saved_key(value))
            else:
                key.append(_const_key(value))
    return tuple(key)


def _saved_key(saved):
    if saved is None or saved is _MISSING:
        return None
    if len(saved) == 2 and saved[1] is None:
        return ("C", _const_key(saved[0]))
    return "T"


_MISSING = object()


def _sum_to_shape(g, shape):
    return _kernel_sum_to_shape(g, shape)  # the dry run showed that this reduction exists


def _asarrays(result):
    if isinstance(result, (tuple, list)):
        return tuple(np.asarray(r) for r in result)
    return np.asarray(result)


from yamlgrad.numerics.kernels import sum_to_shape as _kernel_sum_to_shape  # noqa: E402

_SIGS: dict = {}


def _signature(fn):
    sig = _SIGS.get(fn)
    if sig is None:
        import inspect
        sig = _SIGS[fn] = inspect.signature(fn)
    return sig


def _const_key(value):
    if value is None or type(value) in (bool, int, float, str):
        return (type(value), value)
    if type(value) in (tuple, list):
        return (type(value), tuple(_const_key(v) for v in value))
    return ("id", id(value))


def allocate(stmts: list, live_out: set, prefix: dict, pinned=()) -> tuple[list, dict]:
    """Render statements with locals reused after their last use (linear scan).

    live_out: refs (namespace, var number) alive at the end. pinned: refs given fixed names.
    Returns the lines and the names of the refs alive at the end."""
    last = {}
    for i, s in enumerate(stmts):
        for ns, v in s.uses:
            last[(ns, v.n)] = i
        for ns, v in s.defs:
            last.setdefault((ns, v.n), i)
            last[(ns, v.n)] = max(last[(ns, v.n)], i)
    for r in live_out:
        last[r] = len(stmts)
    names: dict = dict(pinned)
    free: dict = {ns: [] for ns in prefix}
    count: dict = {ns: 0 for ns in prefix}
    lines = []
    for i, s in enumerate(stmts):
        for ns, v in s.defs:
            k = (ns, v.n)
            if k not in names:
                if free[ns]:
                    names[k] = free[ns].pop()
                else:
                    names[k] = f"{prefix[ns]}{count[ns]}"
                    count[ns] += 1
        rendered = s.fmt.format(*[names[(ns, v.n)] for ns, v in s.refs])
        lines.append(rendered)
        dying = {(ns, v.n) for ns, v in list(s.uses) + list(s.defs) if last.get((ns, v.n)) == i}
        for k in dying:
            if k in names and k not in dict(pinned):
                free[k[0]].append(names.pop(k))
    return lines, names

"""Code templates taken from the generated modules: raw forwards and Node backward formulas.

The registry's formulas already exist as Python twice over: `autogen/raw.py` holds each op's NumPy
forward, and each `XxxBackward0.apply(node, grads, F)` in `autogen/functions.py` holds its backward
formulas over a namespace F. Rather than re-deriving them, the compiler reads both files' ASTs and
specializes them for one recorded call: parameters become the call's arguments, `node.<attr>`
becomes the constant the node saved, `F.unpack(node.x, node)` becomes the local holding the saved
array, `grads[i]` the incoming gradient, and the `if x_fn is not None:` tests on the node's edges
are decided at compile time. What cannot be specialized this way is refused (CompileError).
"""
from __future__ import annotations

import ast
import builtins
import copy
import importlib
import inspect
import itertools
import warnings

from yamlgrad.core.lazy import Deferred


class NotInlinable(Exception):
    pass


def placeholder(i: int) -> ast.Name:
    return ast.Name(f"__P{i}__", ast.Load())


class Globals:
    """The generated module's globals: each distinct object one name, taken from the source module's
    name when free (`np`), otherwise suffixed, so raw's `sum` never shadows the builtin `sum` a
    formula means."""

    def __init__(self):
        self.names: dict = {}
        self.by_id: dict = {}

    def bind(self, preferred: str, value) -> str:
        if isinstance(value, Deferred):
            value = importlib.import_module(value._name)
        key = id(value)
        name = self.by_id.get(key)
        if name is not None:
            return name
        name = preferred if preferred.isidentifier() else "_c"
        for n in itertools.count(1):
            if name not in self.names and not name.startswith("__P"):
                break
            name = f"{preferred}_{n}" if preferred.isidentifier() else f"_c{n}"
        self.names[name] = value
        self.by_id[key] = name
        return name

    def constant(self, value) -> ast.expr:
        """An expression for a constant: a literal when it round-trips, else a bound name."""
        if value is None or isinstance(value, (bool, str)) or (type(value) is int):
            return ast.Constant(value)
        if type(value) is float and value == value and value not in (float("inf"), float("-inf")):
            return ast.Constant(value)
        if type(value) in (tuple, list) and all(not isinstance(v, (list, tuple, dict)) for v in value):
            items = [self.constant(v) for v in value]
            return ast.Tuple(items, ast.Load()) if type(value) is tuple else ast.List(items, ast.Load())
        return ast.Name(self.bind("_c", value), ast.Load())


def _free_names(tree: ast.AST, params: set) -> tuple[set, set]:
    stored, loaded = set(params), set()
    for n in ast.walk(tree):
        if isinstance(n, ast.Name):
            (stored if isinstance(n.ctx, (ast.Store, ast.Del)) else loaded).add(n.id)
        elif isinstance(n, ast.arg):
            stored.add(n.arg)
    return stored, loaded - stored


class _Rename(ast.NodeTransformer):
    def __init__(self, mapping: dict):
        self.mapping = mapping

    def visit_Name(self, n):
        new = self.mapping.get(n.id)
        if new is None:
            return n
        if isinstance(new, str):
            return ast.copy_location(ast.Name(new, n.ctx), n)
        return copy.deepcopy(new)


def _module_functions(module) -> dict:
    tree = ast.parse(inspect.getsource(module))
    return {n.name: n for n in tree.body if isinstance(n, ast.FunctionDef)}


# ---- forward: raw.<op> bodies --------------------------------------------------------------------

class RawTemplates:
    def __init__(self, raw):
        self.raw = raw
        self.defs = _module_functions(raw)
        self.cache: dict = {}

    def expression(self, op: str, bound_args: dict, glob: Globals):
        """The body of raw.<op> as one expression over `bound_args` (name -> AST), or None when the
        body is more than `return <expr>`."""
        fn = self.defs.get(op)
        if fn is None:
            return None
        body = [s for s in fn.body if not (isinstance(s, ast.Expr) and isinstance(s.value, ast.Constant))]
        if len(body) != 1 or not isinstance(body[0], ast.Return) or body[0].value is None:
            return None
        expr = body[0].value
        params = {a.arg for a in fn.args.args + fn.args.kwonlyargs}
        _, free = _free_names(expr, params)
        mapping = dict(bound_args)
        for name in free:
            if name in params:
                continue
            value = vars(self.raw).get(name, getattr(builtins, name, None))
            if value is None and name not in vars(self.raw) and not hasattr(builtins, name):
                return None
            mapping[name] = glob.bind(name, value)
        expr = _Fold().visit(_Rename(mapping).visit(copy.deepcopy(expr)))
        return _Operators(mapping.get("np")).visit(expr)


# ---- backward: Node.apply bodies -----------------------------------------------------------------

_UNPACK = {"unpack": "one", "unpack_result": "one", "unpack_list": "list", "unpack_list_result": "list"}


class BackwardTemplates:
    def __init__(self, functions):
        self.module = functions
        self.applies: dict = {}

    def _apply(self, cls) -> ast.FunctionDef:
        tree = self.applies.get(cls)
        if tree is None:
            src = inspect.getsource(cls.apply)
            lines = src.splitlines()
            indent = len(lines[0]) - len(lines[0].lstrip())
            tree = ast.parse("\n".join(line[indent:] for line in lines)).body[0]
            self.applies[cls] = tree
        return tree

    def chunk(self, node, n_outputs: int, saved_expr, glob: Globals, module_globals: dict, list_input=False):
        """Specialize `type(node).apply` for this node.

        saved_expr(slot, kind) -> AST for the saved value of `slot` ('one' or 'list').
        Returns (statements, results): the body with grads[i] as placeholders __P{i}__ (i < n_outputs)
        and one result expression per edge of node._next (None where there is no edge)."""
        fn = self._apply(type(node))
        args = [a.arg for a in fn.args.args]
        if len(args) != 3:
            raise NotInlinable("unexpected apply signature")
        node_name, grads_name, f_name = args
        body = copy.deepcopy(fn.body)
        if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
            body = body[1:]
        edges_known: dict = {}
        mask = [e is not None for e in node._next]

        # 1. `a_fn, b_fn = node._next`: decided now
        kept = []
        for stmt in body:
            if (isinstance(stmt, ast.Assign) and len(stmt.targets) == 1 and isinstance(stmt.targets[0], ast.Name)
                    and stmt.targets[0].id == grads_name):
                continue  # `grads = list(grads)`: the gradients are a list literal here already
            if (isinstance(stmt, ast.Assign) and len(stmt.targets) == 1 and isinstance(stmt.value, ast.Attribute)
                    and isinstance(stmt.value.value, ast.Name) and stmt.value.value.id == node_name
                    and stmt.value.attr == "_next"):
                target = stmt.targets[0]
                names = target.elts if isinstance(target, ast.Tuple) else None
                if names is None or len(names) != len(mask) or not all(isinstance(n, ast.Name) for n in names):
                    raise NotInlinable("edges unpacked in an unexpected way")
                for n, m in zip(names, mask):
                    edges_known[n.id] = m
                continue
            kept.append(stmt)
        body = _drop_deletes(_fold_edges(kept, edges_known))

        # 2. the return statement
        if not body or not isinstance(body[-1], ast.Return):
            raise NotInlinable("apply does not end in a return")
        ret = body.pop().value
        for n in ast.walk(ast.Module(body, [])):
            if isinstance(n, ast.Return):
                raise NotInlinable("early return")
        if isinstance(ret, ast.Tuple) and len(ret.elts) == len(mask):
            results = list(ret.elts)
        elif len(mask) == 1 and not list_input:
            results = [ret]
        else:  # a list of gradients (Tensor[] inputs): name it, then index it
            body.append(ast.Assign([ast.Name("returned", ast.Store())], ret, lineno=0))
            results = [ast.Subscript(ast.Name("returned", ast.Load()), ast.Constant(i), ast.Load())
                       for i in range(len(mask))]

        # 3. substitute node/grads/F, rename locals
        grads_pop_index = n_outputs - 1

        class Sub(ast.NodeTransformer):
            def visit_Call(self, c):
                fnx = c.func
                if (isinstance(fnx, ast.Attribute) and isinstance(fnx.value, ast.Name) and fnx.value.id == f_name
                        and fnx.attr in _UNPACK):
                    a = c.args[0] if c.args else None
                    if not (isinstance(a, ast.Attribute) and isinstance(a.value, ast.Name) and a.value.id == node_name):
                        raise NotInlinable("unpack of something other than a node slot")
                    return saved_expr(a.attr, _UNPACK[fnx.attr])
                if (isinstance(fnx, ast.Attribute) and isinstance(fnx.value, ast.Name) and fnx.value.id == grads_name
                        and fnx.attr == "pop" and not c.args):
                    return placeholder(grads_pop_index)
                self.generic_visit(c)
                return c

            def visit_Subscript(self, s):
                if isinstance(s.value, ast.Name) and s.value.id == grads_name:
                    if isinstance(s.slice, ast.Constant) and isinstance(s.slice.value, int):
                        return placeholder(s.slice.value % n_outputs)
                    raise NotInlinable("grads indexed by a non-constant")
                self.generic_visit(s)
                return s

            def visit_Name(self, n):
                if n.id == grads_name and isinstance(n.ctx, ast.Load):
                    return ast.List([placeholder(i) for i in range(n_outputs)], ast.Load())
                return n

            def visit_Attribute(self, a):
                if isinstance(a.value, ast.Name) and a.value.id == node_name:
                    if a.attr == "_next":  # which edges exist, not the nodes themselves
                        return ast.Tuple([ast.Constant(True if m else None) for m in mask], ast.Load())
                    if a.attr in getattr(type(node), "saved_tensor_slots", ()):
                        raise NotInlinable(f"saved slot {a.attr} read without unpack")
                    if not hasattr(node, a.attr):
                        raise NotInlinable(f"node attribute {a.attr} not set")
                    return glob.constant(getattr(node, a.attr))
                self.generic_visit(a)
                return a

        sub = Sub()
        body = [sub.visit(s) for s in body]
        results = [sub.visit(r) for r in results]
        whole = ast.Module(body + [ast.Expr(r) for r in results], [])
        stored, free = _free_names(whole, set())
        for n in ast.walk(whole):
            if isinstance(n, ast.Name) and n.id in (node_name, grads_name):
                raise NotInlinable(f"uses '{n.id}' in a way the compiler does not specialize")
        mapping = {name: f"_t_{name}" for name in stored if not name.startswith("__P")}
        for name in free:
            if name.startswith("__P") or name in glob.names:
                continue
            if name == f_name:
                mapping[name] = glob.bind("F", glob_raw())
                continue
            if name in module_globals:
                mapping[name] = glob.bind(name, module_globals[name])
            elif hasattr(builtins, name):
                mapping[name] = glob.bind(name, getattr(builtins, name))
            else:
                raise NotInlinable(f"unknown name {name}")
        ren = _Rename(mapping)
        body = [ren.visit(s) for s in body]
        results = [None if not m else ren.visit(r) for r, m in zip(results, mask)]
        return simplify(body, results)


def glob_raw():
    from yamlgrad.autogen import raw
    return raw


def _fold_edges(stmts: list, known: dict) -> list:
    """Replace `if x_fn is not None:` / `is None` on known edges by the branch taken, recursively."""
    out = []
    for s in stmts:
        if isinstance(s, ast.If):
            decided = _decide(s.test, known)
            if decided is True:
                out.extend(_fold_edges(s.body, known))
                continue
            if decided is False:
                out.extend(_fold_edges(s.orelse, known))
                continue
            s.body = _fold_edges(s.body, known) or [ast.Pass()]
            s.orelse = _fold_edges(s.orelse, known)
        out.append(s)
    for s in out:
        for n in ast.walk(s):
            if isinstance(n, ast.Name) and n.id in known:
                raise NotInlinable("edge variable used outside an `is not None` test")
    return out


def _decide(test, known):
    if (isinstance(test, ast.Compare) and isinstance(test.left, ast.Name) and test.left.id in known
            and len(test.ops) == 1 and isinstance(test.comparators[0], ast.Constant)
            and test.comparators[0].value is None):
        present = known[test.left.id]
        if isinstance(test.ops[0], ast.IsNot):
            return present
        if isinstance(test.ops[0], ast.Is):
            return not present
    if isinstance(test, ast.BoolOp):
        values = [_decide(v, known) for v in test.values]
        if isinstance(test.op, ast.Or):
            if any(v is True for v in values):
                return True
            if all(v is False for v in values):
                return False
        else:
            if any(v is False for v in values):
                return False
            if all(v is True for v in values):
                return True
    return None


# ---- clean-up of a specialized chunk -------------------------------------------------------------

def _loads(tree, name) -> int:
    return sum(1 for n in ast.walk(tree) if isinstance(n, ast.Name) and n.id == name and isinstance(n.ctx, ast.Load))


def _stores(stmts, name) -> int:
    return sum(1 for s in stmts for n in ast.walk(s)
               if isinstance(n, ast.Name) and n.id == name and isinstance(n.ctx, ast.Store))


def simplify(body: list, results: list) -> tuple[list, list]:
    """Copy propagation and dead-store removal on a chunk's formula locals (`_t_*`), so that
    `grad = grads[0]; ...; grad_self = grad * other; return grad_self` becomes one expression.

    Only names assigned once, at the chunk's top level, are substituted; `del` of a local (buffer
    hand-over in the eager engine) is dropped, since the compiled code names its gradients."""
    fold = _Fold()
    body = _fold_ifs([fold.visit(s) for s in body])
    results = [None if r is None else fold.visit(r) for r in results]
    body = [s for s in body if not (isinstance(s, ast.Delete) and all(
        isinstance(t, ast.Name) and t.id.startswith("_t_") for t in s.targets))]
    # the same `x = <name or constant>` repeated (each formula unpacks what it reads): keep the first
    seen = {}
    deduped = []
    for s in body:
        if (isinstance(s, ast.Assign) and len(s.targets) == 1 and isinstance(s.targets[0], ast.Name)
                and ((isinstance(s.value, ast.Name) and not s.value.id.startswith("_t_"))
                     or isinstance(s.value, ast.Constant))):
            name = s.targets[0].id
            value = ast.dump(s.value)
            if seen.get(name) == value:
                continue
            seen[name] = value
        else:
            for n in ast.walk(s):
                if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Store):
                    seen.pop(n.id, None)
        deduped.append(s)
    body = deduped
    changed = True
    while changed:
        changed = False
        whole = body + [ast.Expr(r) for r in results if r is not None]
        for i, s in enumerate(body):
            if not (isinstance(s, ast.Assign) and len(s.targets) == 1 and isinstance(s.targets[0], ast.Name)
                    and s.targets[0].id.startswith("_t_")):
                continue
            name = s.targets[0].id
            if _stores(body, name) != 1:
                continue
            simple = isinstance(s.value, (ast.Name, ast.Constant))
            uses = _loads(ast.Module(whole, []), name)
            later = body[i + 1:]
            if not simple:
                # an expression used once, by a result or the next statement's top level only
                if uses != 1 or any(_loads(x, name) for x in later):
                    continue
                if any(isinstance(x, (ast.If, ast.For, ast.While)) for x in later):
                    continue
            if isinstance(s.value, ast.Name) and s.value.id.startswith("_t_") and _stores(body, s.value.id) != 1:
                continue
            ren = _Rename({name: s.value})
            fold = _Fold()
            body = body[:i] + [fold.visit(ren.visit(x)) for x in later]
            results = [None if r is None else fold.visit(ren.visit(r)) for r in results]
            body = _fold_ifs(body)
            changed = True
            break
        if changed:
            continue
        # `a = b = None` initializations overwritten before any read
        for i, s in enumerate(body):
            if (isinstance(s, ast.Assign) and isinstance(s.value, ast.Constant) and s.value.value is None
                    and all(isinstance(t, ast.Name) for t in s.targets)):
                keep = []
                for t in s.targets:
                    if not _overwritten_before_read(body[i + 1:], results, t.id):
                        keep.append(t)
                if len(keep) != len(s.targets):
                    body = body[:i] + ([ast.Assign(keep, s.value, lineno=0)] if keep else []) + body[i + 1:]
                    changed = True
                    break
    return body, results


def _overwritten_before_read(rest: list, results: list, name: str) -> bool:
    for s in rest:
        if (isinstance(s, ast.Assign) and len(s.targets) == 1 and isinstance(s.targets[0], ast.Name)
                and s.targets[0].id == name and not _loads(s.value, name)):
            return True
        if _loads(s, name) or _stores([s], name):
            return False
    return not any(r is not None and _loads(r, name) for r in results)


def _constant_value(expr):
    """The value of an expression made of constants only (1 == 1, not None), else a sentinel."""
    for n in ast.walk(expr):
        if not isinstance(n, (ast.Constant, ast.Compare, ast.BoolOp, ast.UnaryOp, ast.cmpop, ast.boolop,
                              ast.unaryop, ast.Load)):
            return _UNKNOWN
    try:
        tree = ast.fix_missing_locations(ast.Expression(copy.deepcopy(expr)))
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            code = compile(tree, "<fold>", "eval")
        return eval(code, {"__builtins__": {}})
        return eval(compile(tree, "<fold>", "eval"), {"__builtins__": {}})
    except Exception:
        return _UNKNOWN


_UNKNOWN = object()


class _Fold(ast.NodeTransformer):
    def visit_IfExp(self, n):
        self.generic_visit(n)
        value = _constant_value(n.test)
        if value is _UNKNOWN:
            return n
        return n.body if value else n.orelse


def _fold_ifs(stmts: list) -> list:
    out = []
    for s in stmts:
        if isinstance(s, ast.If):
            value = _constant_value(s.test)
            if value is not _UNKNOWN:
                out.extend(_fold_ifs(s.body if value else s.orelse))
                continue
        out.append(s)
    return out


def _drop_deletes(stmts: list) -> list:
    """`del grad` hands the buffer over in the eager engine; here `grad` may be the caller's name."""
    out = []
    for s in stmts:
        if isinstance(s, ast.Delete):
            continue
        for field in ("body", "orelse"):
            if isinstance(getattr(s, field, None), list):
                setattr(s, field, _drop_deletes(getattr(s, field)) or ([ast.Pass()] if field == "body" else []))
        out.append(s)
    return out


_BINARY = {"multiply": ast.Mult, "add": ast.Add, "subtract": ast.Sub, "true_divide": ast.Div, "divide": ast.Div,
           "power": ast.Pow}


class _Operators(ast.NodeTransformer):
    """`np.multiply(a, b)` -> `a * b` (and add, subtract, divide, power, negative): on arrays the
    operator calls the same ufunc, and on the NumPy scalars that 0-d results become it takes
    NumPy's scalar fast path (same IEEE result) instead of a ufunc call."""

    def __init__(self, np_name):
        self.np_name = np_name

    def visit_Call(self, c):
        self.generic_visit(c)
        f = c.func
        if (self.np_name and isinstance(f, ast.Attribute) and isinstance(f.value, ast.Name)
                and f.value.id == self.np_name and not c.keywords):
            if f.attr in _BINARY and len(c.args) == 2:
                return ast.BinOp(c.args[0], _BINARY[f.attr](), c.args[1])
            if f.attr == "negative" and len(c.args) == 1:
                return ast.UnaryOp(ast.USub(), c.args[0])
        return c

"""Formulas are data: parse with `ast`, accept a whitelist, and re-emit our own source.

Two kinds of expressions are checked here:

* `forward:` — NumPy code over the op's inputs. May call `np.<function>`, `np.linalg.<function>`,
  `kernels.<function>` (the hand-written runtime/numerics/kernels/) and a fixed list of array methods.
* backward formulas — expressions over `grad`/`grads[i]`/`grad_<return>`, the inputs, `result` (or
  the return names), registry ops (as functions or methods) and the helpers of runtime/numerics/helpers/.
  They are translated once into code over a namespace `F`: `self.cos()` becomes `F.cos(self)`, so
  the same emitted line runs over raw arrays (F = yamlgrad.autogen.raw) or over Tensors
  (F = yamlgrad.autogen.ops, which records the backward pass for higher-order gradients).

Nothing here ever evaluates the text. The output is `ast.unparse` of a tree we built and checked,
so comments, odd spacing or tricks in the YAML cannot reach the generated file.
"""
from __future__ import annotations

import ast
import inspect
from dataclasses import dataclass, field

import numpy as np

MAX_FORMULA_CHARS = 2000
MAX_DEPTH = 60
MAX_LITERAL_DIGITS = 40

METADATA_ATTRS = ("shape", "dtype", "ndim")

# Array methods a forward expression may call (positive list: `.tofile`, `.dump` etc. write files).
ARRAY_METHODS = frozenset("""
    reshape transpose swapaxes sum mean max min prod astype copy squeeze clip take repeat ravel
    flatten cumsum cumprod argmax argmin std var any all conj real imag shape ndim dtype size T mT
    diagonal trace nonzero round
""".split())

# NumPy names that do I/O, touch the process, or hand out raw memory: never in a forward.
NUMPY_DENIED = frozenset("""
    load save savez savez_compressed savetxt loadtxt genfromtxt fromfile tofile memmap fromregex
    ctypeslib lib testing f2py distutils DataSource show_config get_include set_printoptions
    seterr seterrcall setbufsize frombuffer from_dlpack fromstring info source lookfor
    exec_command test typing random rec char emath core ma polynomial matrixlib
""".split())
NUMPY_SUBMODULES = {"linalg": np.linalg, "fft": np.fft}

# A forward computes new arrays. Writing into an input would change an array the graph saved (or the
# caller's tensor) without bumping its version counter: a silently wrong gradient. So a forward may not
# name an output buffer (`out=`; `where=`, which leaves the unselected elements of an output
# uninitialized), pass one positionally, or call the NumPy functions whose job is writing into their
# first argument. In-place array methods (.sort, .fill, .put, .resize, ...) are outside ARRAY_METHODS.
WRITE_KEYWORDS = frozenset({"out", "where"})
NUMPY_MUTATING = frozenset("copyto put place putmask put_along_axis fill_diagonal".split())
# How many positional arguments each array method with an `out` parameter takes before it (ndarray's
# methods are builtins without an inspectable signature).
ARRAY_METHOD_POSITIONAL = {"sum": 2, "mean": 2, "prod": 2, "cumsum": 2, "cumprod": 2, "std": 2, "var": 2,
                           "max": 1, "min": 1, "argmax": 1, "argmin": 1, "any": 1, "all": 1, "clip": 2,
                           "take": 2, "round": 1, "trace": 4}

# Constant arithmetic runs when the generated code does (Python ints have no size limit): `9**9**9**9`
# or `'a' * 10**12` would hang the forward or exhaust memory. Integer constant subexpressions are
# bounded by magnitude, a power may not have a non-constant power in its exponent (an exponent tower
# over an int input), and sequence repetition by a constant is capped.
MAX_CONSTANT_BITS = 256
MAX_REPEAT = 10_000

_BINOPS = (ast.Add, ast.Sub, ast.Mult, ast.Div, ast.FloorDiv, ast.Mod, ast.Pow, ast.MatMult,
           ast.BitAnd, ast.BitOr, ast.BitXor)
_UNARYOPS = (ast.USub, ast.UAdd, ast.Not, ast.Invert)
_CMPOPS = (ast.Eq, ast.NotEq, ast.Lt, ast.LtE, ast.Gt, ast.GtE, ast.Is, ast.IsNot)


class FormulaError(ValueError):
    pass


@dataclass
class Uses:
    """What a formula reads: for backward formulas this decides what the node saves."""
    tensors: set[str] = field(default_factory=set)      # input tensors used bare
    metadata: set[tuple[str, str]] = field(default_factory=set)  # (input, "shape"|"dtype"|"ndim")
    values: set[str] = field(default_factory=set)       # non-tensor inputs
    results: set[str] = field(default_factory=set)      # outputs used (by return name)
    grads: set[int] = field(default_factory=set)        # output gradients used (by index)
    all_grads: bool = False                             # `grads` used as a whole
    tangents: set[str] = field(default_factory=set)     # forward formulas: inputs whose tangent is read


@dataclass
class Scope:
    """The names an expression may use."""
    tensor_inputs: frozenset[str]
    value_inputs: frozenset[str]
    ops: frozenset[str] = frozenset()
    tensor_helpers: frozenset[str] = frozenset()
    plain_helpers: frozenset[str] = frozenset()
    kernels: frozenset[str] = frozenset()
    returns: tuple[str, ...] = ("result",)
    forward_mode: bool = False     # a forward (JVP) formula: <input>_p / <input>_t instead of grad
    list_output: bool = False      # `-> Tensor[]`: output gradients only as `grads` (a list)


def _parse(text: object) -> ast.expr:
    if isinstance(text, bool) or not isinstance(text, (str, int, float)):
        raise FormulaError(f"expected an expression string, got {type(text).__name__}")
    try:
        text = str(text)
    except ValueError:  # an int too large to print
        raise FormulaError("number literal is too large") from None
    if len(text) > MAX_FORMULA_CHARS:
        raise FormulaError(f"expression is {len(text)} characters; the limit is {MAX_FORMULA_CHARS}"
                           " (move long math into a helper)")
    if "\x00" in text:
        raise FormulaError("expression contains a NUL byte")
    try:
        tree = ast.parse(text.strip(), mode="eval")
    except SyntaxError as exc:
        raise FormulaError(f"not a Python expression: {exc.msg}") from None
    except (RecursionError, MemoryError, ValueError):
        raise FormulaError("expression is nested too deeply") from None
    if _depth(tree.body) > MAX_DEPTH:
        raise FormulaError(f"expression is nested deeper than {MAX_DEPTH} levels")
    _check_arithmetic(tree.body)
    return tree.body


def _int_bound(node: ast.AST) -> int | None:
    """An upper bound on |value| of an integer constant subexpression (None if it is not one); raises
    before computing anything larger than MAX_CONSTANT_BITS bits."""
    if isinstance(node, ast.Constant):
        value = node.value
        return abs(int(value)) if isinstance(value, int) else None
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, (ast.USub, ast.UAdd, ast.Invert)):
        inner = _int_bound(node.operand)
        return None if inner is None else inner + 1
    if not isinstance(node, ast.BinOp):
        return None
    left, right = _int_bound(node.left), _int_bound(node.right)
    if left is None or right is None:
        return None
    if isinstance(node.op, ast.Pow):
        if left <= 1:
            return 1
        if right * left.bit_length() > MAX_CONSTANT_BITS:
            raise FormulaError(f"constant power is too large (more than {MAX_CONSTANT_BITS} bits)")
        bound = left ** right
    elif isinstance(node.op, ast.Mult):
        bound = left * right
    elif isinstance(node.op, (ast.Add, ast.Sub, ast.BitOr, ast.BitXor, ast.BitAnd)):
        bound = 2 * max(left, right)
    elif isinstance(node.op, (ast.Div, ast.FloorDiv, ast.Mod)):
        bound = left
    else:
        return None
    if bound.bit_length() > MAX_CONSTANT_BITS:
        raise FormulaError(f"constant expression is too large (more than {MAX_CONSTANT_BITS} bits)")
    return bound


def _is_sequence(node: ast.AST) -> bool:
    return isinstance(node, (ast.List, ast.Tuple)) or (isinstance(node, ast.Constant) and isinstance(node.value, str))


def _check_arithmetic(tree: ast.AST) -> None:
    for node in ast.walk(tree):
        if not isinstance(node, ast.BinOp):
            continue
        _int_bound(node)
        if isinstance(node.op, ast.Pow) and any(isinstance(n, ast.BinOp) and isinstance(n.op, ast.Pow)
                                                and _int_bound(n) is None for n in ast.walk(node.right)):
            raise FormulaError("exponent tower: a power in the exponent of a power must be a small constant")
        if isinstance(node.op, ast.Mult):
            for seq, count in ((node.left, node.right), (node.right, node.left)):
                times = _int_bound(count)
                if _is_sequence(seq) and times is not None and times > MAX_REPEAT:
                    raise FormulaError(f"a sequence repeated more than {MAX_REPEAT} times")


def _depth(node: ast.AST) -> int:
    best, stack = 0, [(node, 1)]
    while stack:
        cur, d = stack.pop()
        best = max(best, d)
        if best > MAX_DEPTH:
            return best
        stack.extend((child, d + 1) for child in ast.iter_child_nodes(cur))
    return best


def _check_constant(node: ast.Constant) -> None:
    value = node.value
    if value is None or isinstance(value, bool):
        return
    if isinstance(value, int):
        if len(str(abs(value))) > MAX_LITERAL_DIGITS:
            raise FormulaError("integer literal is too large")
        return
    if isinstance(value, float):
        return
    if isinstance(value, str) and len(value) <= 64 and value.isprintable():
        return
    raise FormulaError(f"literal {type(value).__name__} {value!r:.40} is not allowed")


def _check_common(node: ast.AST) -> None:
    """Node kinds allowed in both forward and backward expressions."""
    if isinstance(node, ast.Constant):
        _check_constant(node)
    elif isinstance(node, ast.BinOp):
        if not isinstance(node.op, _BINOPS):
            raise FormulaError(f"operator {type(node.op).__name__} is not allowed")
    elif isinstance(node, ast.UnaryOp):
        if not isinstance(node.op, _UNARYOPS):
            raise FormulaError(f"operator {type(node.op).__name__} is not allowed")
    elif isinstance(node, ast.Compare):
        for op, right in zip(node.ops, node.comparators):
            if not isinstance(op, _CMPOPS):
                raise FormulaError(f"comparison {type(op).__name__} is not allowed")
            if isinstance(op, (ast.Is, ast.IsNot)) and not (isinstance(right, ast.Constant) and right.value is None):
                raise FormulaError("'is' / 'is not' may only compare with None")
    elif isinstance(node, ast.Subscript):
        # arrays and tuples take int, slice and array indices; a string key only reaches mappings
        # (`grad['__class__']` on some object's __dict__-like view), never an array element
        if any(isinstance(n, ast.Constant) and isinstance(n.value, (str, bytes)) for n in ast.walk(node.slice)):
            raise FormulaError("a string subscript is not allowed (index with ints, slices or arrays)")
    elif isinstance(node, (ast.BoolOp, ast.IfExp, ast.Tuple, ast.List, ast.Slice,
                           ast.Load, ast.keyword, ast.And, ast.Or, ast.Eq, ast.NotEq, ast.Lt, ast.LtE,
                           ast.Gt, ast.GtE, ast.Is, ast.IsNot, *_BINOPS, *_UNARYOPS)):
        pass
    elif isinstance(node, (ast.Call, ast.Attribute, ast.Name)):
        pass  # checked by the caller, which knows the names
    else:
        raise FormulaError(_describe_rejected(node))


def _describe_rejected(node: ast.AST) -> str:
    kinds = {
        ast.Lambda: "a lambda", ast.ListComp: "a comprehension", ast.SetComp: "a comprehension",
        ast.DictComp: "a comprehension", ast.GeneratorExp: "a generator expression",
        ast.NamedExpr: "an assignment expression (:=)", ast.Starred: "starred arguments",
        ast.JoinedStr: "an f-string", ast.FormattedValue: "an f-string", ast.Await: "await",
        ast.Yield: "yield", ast.YieldFrom: "yield", ast.Dict: "a dict literal", ast.Set: "a set literal",
    }
    for cls, text in kinds.items():
        if isinstance(node, cls):
            return f"{text} is not allowed in a formula"
    return f"{type(node).__name__} is not allowed in a formula"


def _no_dunder(attr: str) -> None:
    if attr.startswith("_"):
        raise FormulaError(f"attribute {attr!r} is not allowed (private and dunder attributes are rejected)")


def _check_call_shape(node: ast.Call) -> None:
    for arg in node.args:
        if isinstance(arg, ast.Starred):
            raise FormulaError("starred arguments are not allowed in a formula")
    for kw in node.keywords:
        if kw.arg is None:
            raise FormulaError("**keyword unpacking is not allowed in a formula")


# ---------------------------------------------------------------------------------------------
# forward expressions


def check_forward(text: object, scope: Scope) -> str:
    """Validate a `forward:` expression; return normalized source."""
    tree = _parse(text)
    names = scope.tensor_inputs | scope.value_inputs
    for node in ast.walk(tree):
        _check_common(node)
        if isinstance(node, ast.Call):
            _check_call_shape(node)
            if not isinstance(node.func, (ast.Attribute, ast.Name)):
                raise FormulaError("only named functions may be called")
            if isinstance(node.func, ast.Name):
                raise FormulaError(f"call of {node.func.id!r}: a forward may call np.<function>, "
                                   "kernels.<function> or an array method")
            _check_no_write(node)
        elif isinstance(node, ast.Attribute):
            _no_dunder(node.attr)
            _check_forward_attribute(node, scope)
        elif isinstance(node, ast.Name):
            if node.id not in names and node.id not in ("np", "kernels"):
                raise FormulaError(f"unknown name {node.id!r} in forward (inputs: {', '.join(sorted(names)) or '-'})")
            if node.id in ("np", "kernels") and not _is_attribute_base(tree, node):
                raise FormulaError(f"{node.id!r} may only be used as {node.id}.<function>")
    return ast.unparse(tree)


def _is_attribute_base(tree: ast.AST, name: ast.Name) -> bool:
    return any(isinstance(n, ast.Attribute) and n.value is name for n in ast.walk(tree))


def _numpy_function(func: ast.AST):
    """The NumPy object an `np.<name>` / `np.linalg.<name>` / `np.fft.<name>` call names, else None."""
    if not isinstance(func, ast.Attribute):
        return None
    base = func.value
    if isinstance(base, ast.Name) and base.id == "np":
        return getattr(np, func.attr, None)
    if (isinstance(base, ast.Attribute) and isinstance(base.value, ast.Name) and base.value.id == "np"
            and base.attr in NUMPY_SUBMODULES):
        return getattr(NUMPY_SUBMODULES[base.attr], func.attr, None)
    return None


def _positional_limit(func) -> int | None:
    """How many positional arguments reach a NumPy function before its output buffer (None: no such
    parameter, or no signature to tell)."""
    if isinstance(func, np.ufunc):
        return func.nin  # np.add(a, b, out): positionals past the inputs are outputs
    try:
        params = list(inspect.signature(func).parameters.values())
    except (TypeError, ValueError):
        return None
    for index, param in enumerate(params):
        if param.name == "out" and param.kind in (param.POSITIONAL_ONLY, param.POSITIONAL_OR_KEYWORD):
            return index
    return None


def _check_no_write(node: ast.Call) -> None:
    """A forward call may not write into an array: no out=/where=, no positional output argument."""
    for kw in node.keywords:
        if kw.arg in WRITE_KEYWORDS:
            raise FormulaError(f"keyword {kw.arg}= writes into an existing array; a forward must compute a new one")
    func = node.func
    numpy_func = _numpy_function(func)
    if numpy_func is not None:
        limit, what = _positional_limit(numpy_func), f"{ast.unparse(func)}()"
    elif isinstance(func, ast.Attribute) and not (isinstance(func.value, ast.Name) and func.value.id == "kernels"):
        limit, what = ARRAY_METHOD_POSITIONAL.get(func.attr), f".{func.attr}()"
    else:
        return
    if limit is not None and len(node.args) > limit:
        raise FormulaError(f"{what} takes at most {limit} positional arguments here: the next one is its "
                           "output array (out), which a forward may not pass")


def _check_forward_attribute(node: ast.Attribute, scope: Scope) -> None:
    base = node.value
    if isinstance(base, ast.Name) and base.id == "np":
        if node.attr in NUMPY_SUBMODULES:
            return  # checked at the next level down
        if node.attr in NUMPY_DENIED or not hasattr(np, node.attr):
            raise FormulaError(f"np.{node.attr} is not an allowed NumPy function")
        if node.attr in NUMPY_MUTATING:
            raise FormulaError(f"np.{node.attr} writes into its argument; a forward must compute a new array")
        return
    if (isinstance(base, ast.Attribute) and isinstance(base.value, ast.Name) and base.value.id == "np"
            and base.attr in NUMPY_SUBMODULES):
        if not hasattr(NUMPY_SUBMODULES[base.attr], node.attr):
            raise FormulaError(f"np.{base.attr}.{node.attr} does not exist")
        return
    if isinstance(base, ast.Name) and base.id == "kernels":
        if node.attr not in scope.kernels:
            raise FormulaError(f"kernels.{node.attr} is not a function of runtime/numerics/kernels/")
        return
    if node.attr not in ARRAY_METHODS:
        raise FormulaError(f"attribute .{node.attr} is not an allowed array method")


# ---------------------------------------------------------------------------------------------
# backward formulas


class _Translate(ast.NodeTransformer):
    """Checks a backward formula and rewrites it into code over the op namespace `F`."""

    def __init__(self, scope: Scope):
        self.scope = scope
        self.uses = Uses()
        multi = len(scope.returns) > 1 or scope.list_output
        self.grad_names = {f"grad_{r}": i for i, r in enumerate(scope.returns)} if len(scope.returns) > 1 else {}
        self.multi = multi

    # names -------------------------------------------------------------------------------
    def visit_Name(self, node: ast.Name) -> ast.AST:
        name, s = node.id, self.scope
        if s.forward_mode:
            base, _, suffix = name.rpartition("_")
            if suffix == "t" and base in s.tensor_inputs:
                self.uses.tangents.add(base)
                return node
            if suffix == "p" and base in s.tensor_inputs:
                self.uses.tensors.add(base)
                return ast.copy_location(ast.Name(base, ast.Load()), node)
            if name in ("grad", "grads") or name in self.grad_names:
                raise FormulaError(f"a forward formula has no {name!r}: use <input>_t (tangent) and <input>_p")
        if name == "grad":
            if self.multi:
                raise FormulaError("this op has several outputs: use grads[i] or grad_<return name>, not grad")
            self.uses.grads.add(0)
            return node
        if name == "grads":
            self.uses.all_grads = True
            return node
        if name in self.grad_names:
            self.uses.grads.add(self.grad_names[name])
            return node
        if name in s.tensor_inputs:
            self.uses.tensors.add(name)
            return node
        if name in s.value_inputs:
            self.uses.values.add(name)
            return node
        if name in s.returns:
            self.uses.results.add(name)
            return node
        if name in s.ops or name in s.tensor_helpers or name in s.plain_helpers:
            raise FormulaError(f"{name!r} is a function: call it")
        raise FormulaError(f"unknown name {name!r}")

    def visit_Subscript(self, node: ast.Subscript) -> ast.AST:
        # grads[i] with a literal i reads output i's gradient, as grad_<return> does (checked against
        # output_differentiability and the number of outputs by the model)
        index = node.slice
        if (isinstance(node.value, ast.Name) and node.value.id == "grads" and isinstance(index, ast.Constant)
                and type(index.value) is int):
            self.uses.grads.add(index.value)
        return self.generic_visit(node)

    def visit_Attribute(self, node: ast.Attribute) -> ast.AST:
        _no_dunder(node.attr)
        if node.attr in METADATA_ATTRS:
            if isinstance(node.value, ast.Name) and node.value.id in self.scope.tensor_inputs:
                self.uses.metadata.add((node.value.id, node.attr))
                return ast.copy_location(ast.Name(f"{node.value.id}_{node.attr}", ast.Load()), node)
            node.value = self.visit(node.value)
            return node
        raise FormulaError(f"attribute .{node.attr} is not allowed (use shape, dtype, ndim, or call a registry op)")

    def visit_Call(self, node: ast.Call) -> ast.AST:
        _check_call_shape(node)
        if any(k.arg == "out" for k in node.keywords):
            # the generated wrappers take torch's out=, which writes into an existing tensor
            raise FormulaError("keyword out= writes into an existing tensor; a formula must compute a new one")
        args = [self.visit(a) for a in node.args]
        keywords = [ast.keyword(k.arg, self.visit(k.value)) for k in node.keywords]
        func, s = node.func, self.scope
        if isinstance(func, ast.Attribute):
            _no_dunder(func.attr)
            if func.attr not in s.ops:
                raise FormulaError(f"method .{func.attr}() is not a registry op")
            target = _attr("F", func.attr)
            args = [self.visit(func.value)] + args
        elif isinstance(func, ast.Name):
            if func.id in s.ops:
                target = _attr("F", func.id)
            elif func.id in s.tensor_helpers:
                target = _attr("helpers", func.id)
                args = [ast.Name("F", ast.Load())] + args
            elif func.id in s.plain_helpers:
                target = _attr("helpers", func.id)
            else:
                raise FormulaError(f"unknown function {func.id!r} (not a registry op or helper)")
        else:
            raise FormulaError("only registry ops and helpers may be called")
        return ast.copy_location(ast.Call(target, args, keywords), node)

    def generic_visit(self, node: ast.AST) -> ast.AST:
        _check_common(node)
        return super().generic_visit(node)


def _attr(base: str, name: str) -> ast.Attribute:
    return ast.Attribute(ast.Name(base, ast.Load()), name, ast.Load())


def translate_formula(text: object, scope: Scope) -> tuple[str, Uses]:
    """Validate a backward (or, with scope.forward_mode, forward) formula; return (source over `F`, uses)."""
    tree = _parse(text)
    translator = _Translate(scope)
    out = translator.visit(tree)
    ast.fix_missing_locations(out)
    return ast.unparse(out), translator.uses


def tangent_from_backward(code: str, grad_name: str, tangent: str) -> str:
    """auto_element_wise: the backward code with the output gradient replaced by the input's tangent."""
    tree = ast.parse(code, mode="eval")
    for node in ast.walk(tree):
        if isinstance(node, ast.Name) and node.id == grad_name:
            node.id = tangent
    return ast.unparse(tree)


def parse_index(text: object):
    """A getitem index written as subscript text, e.g. `"1:, None, ..., [0, 2]"`, as a Python value.

    Only ints, None, Ellipsis, slices and (nested) lists of ints/bools are accepted; the value is
    built from the AST by hand, never evaluated.
    """
    if isinstance(text, int) and not isinstance(text, bool):
        return text
    if not isinstance(text, str):
        raise FormulaError(f"index must be subscript text such as '1:, None', got {text!r}")
    tree = _parse(f"_[{text}]")
    if not isinstance(tree, ast.Subscript):
        raise FormulaError(f"index {text!r} is not subscript text")
    return _index_value(tree.slice)


def _index_value(node: ast.AST):
    if isinstance(node, ast.Tuple):
        return tuple(_index_value(e) for e in node.elts)
    if isinstance(node, ast.List):
        return [_index_value(e) for e in node.elts]
    if isinstance(node, ast.Slice):
        return slice(*(None if part is None else _index_value(part) for part in (node.lower, node.upper, node.step)))
    if isinstance(node, ast.Constant) and (node.value is None or node.value is Ellipsis or isinstance(node.value, (bool, int))):
        _check_constant(node) if node.value is not Ellipsis else None
        return node.value
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub) and isinstance(node.operand, ast.Constant) \
            and isinstance(node.operand.value, int) and not isinstance(node.operand.value, bool):
        return -node.operand.value
    raise FormulaError(f"{type(node).__name__} is not allowed in an index (ints, None, ..., slices, lists)")

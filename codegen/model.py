"""From loaded YAML entries to checked `Op` records: the single place that knows schema v1."""
from __future__ import annotations

import ast
import keyword
import re
from dataclasses import dataclass, field
from pathlib import Path

from .formula import (FormulaError, Scope, Uses, check_forward, parse_index, tangent_from_backward,
                      translate_formula)
from .load import Located, RegistryError, plain
from .signature import NO_DEFAULT, Arg, Signature, SignatureError, parse_signature

ENTRY_KEYS = ("name", "forward", "variants", "operators", "output_differentiability", "view", "double_backward",
              "test")
VARIANTS = ("function", "method", "inplace")
TEST_KEYS = ("samples", "extra_samples", "domain", "atol", "rtol", "eps")
SPECIAL_FORMULAS = ("non_differentiable", "not_implemented")
FORWARD_SHORTHANDS = ("auto_element_wise", "auto_linear", "non_differentiable")

# Python operators a registry op may bind; the reflected ones call the op with its first two
# arguments swapped (`2 - x` is `sub(2, x)`).
UNARY_OPERATORS = ("__neg__", "__pos__", "__abs__", "__invert__")
BINARY_OPERATORS = ("__add__", "__sub__", "__mul__", "__truediv__", "__floordiv__", "__mod__", "__pow__",
                    "__matmul__", "__and__", "__or__", "__xor__", "__lt__", "__le__", "__gt__", "__ge__",
                    "__eq__", "__ne__", "__getitem__")
REFLECTED_OPERATORS = ("__radd__", "__rsub__", "__rmul__", "__rtruediv__", "__rfloordiv__", "__rmod__",
                       "__rpow__", "__rmatmul__", "__rand__", "__ror__", "__rxor__")
# Augmented assignment binds to the op's in-place variant (`x += y` is `x.add_(y)`).
INPLACE_OPERATORS = ("__iadd__", "__isub__", "__imul__", "__itruediv__", "__ifloordiv__", "__ipow__", "__imod__")
OPERATORS = UNARY_OPERATORS + BINARY_OPERATORS + REFLECTED_OPERATORS + INPLACE_OPERATORS

# Names the generated modules use themselves (including the builtins they call); ops and inputs may
# not take them.
RESERVED = frozenset({"np", "kernels", "helpers", "F", "Tensor", "raw", "ops", "node", "grad", "grads",
                      "result", "outs", "out", "functions", "grad_mode", "saved", "unpack", "unpack_result",
                      "save", "save_result", "make", "edge", "meta_of", "Node", "NO_EDGE", "as_dtype", "default_float",
                      "is_float_dtype", "collections", "records_graph", "more", "isinstance", "any", "tuple",
                      "len", "TENSOR_METHODS", "mark_view", "inplace", "Deferred", "jvp", "float64", "float16", "_META", "out_a", "write_out", "record", "zeros_if_none", "exc"})
DEFAULT_DOMAIN = (-2.0, 2.0)
DEFAULT_SAMPLES = {
    1: [[[]], [[5]], [[2, 3]]],
    2: [[[], []], [[4], [4]], [[2, 3], [2, 3]], [[2, 3], [3]], [[3, 1], [1, 4]], [[], [2, 3]]],
}
DEFAULT_TOLERANCE = {"atol": 1e-5, "rtol": 1e-3, "eps": 1e-6}
TEST_DTYPES = ("float64", "float32", "int64", "bool")


@dataclass
class Formula:
    inputs: tuple[str, ...]        # the inputs this formula serves (several for `a, b: ...`)
    kind: str                      # "formula" | "non_differentiable" | "not_implemented"
    source: str = ""               # the YAML text
    code: str = ""                 # translated code over F
    uses: Uses = field(default_factory=Uses)
    line: int = 0


@dataclass
class ForwardFormula:
    """The tangents of one or more outputs (forward-mode AD), as code over F taking primals and
    `<input>_t`. A key naming several outputs (`U, S, Vh: svd_jvp(...)`) is one formula returning a
    tuple in that order, so a shared computation runs once (PyTorch's multi-output key)."""
    outputs: tuple[str, ...]
    kind: str                      # "formula" | "auto_element_wise" | "auto_linear"
    source: str
    code: str
    uses: Uses
    line: int


@dataclass
class Saved:
    """One slot of the node: what it holds and which inputs' gradients need it."""
    slot: str
    kind: str                      # "tensor" | "shape" | "dtype" | "ndim" | "value" | "result"
    source: str                    # input name, or return name for results
    index: int                     # return index for results
    needed_by: tuple[str, ...]     # save only if one of these inputs needs a gradient


@dataclass
class Op:
    sig: Signature
    line: int
    forward: str
    formulas: list[Formula]
    variants: tuple[str, ...]
    operators: tuple[str, ...]
    output_differentiability: tuple[bool, ...]
    test: dict
    view: bool = False             # the output may share the first input's memory
    double_backward: bool = True   # false: the backward formulas cannot themselves be differentiated
    forward_formulas: list["ForwardFormula"] = field(default_factory=list)
    saved: list[Saved] = field(default_factory=list)

    @property
    def name(self) -> str:
        return self.sig.name + (f"_{self.sig.overload}" if self.sig.overload else "")

    @property
    def node_name(self) -> str:
        # torch's rule: each word title-cased, so a letter after a digit is capitalized too and the rest of
        # a word lower-cased (log1p -> Log1PBackward0, max_pool2d_with_indices -> MaxPool2DWithIndicesBackward0),
        # and a `_forward` suffix dropped (nll_loss_forward -> NllLossBackward0)
        camel = "".join(part.title() for part in self.sig.name.split("_"))
        return f"{camel}Backward".replace("ForwardBackward", "Backward") + str(self.overload_index)

    overload_index: int = 0

    @property
    def differentiable_inputs(self) -> list[str]:
        return [name for f in self.formulas if f.kind == "formula" for name in f.inputs]

    @property
    def graph_inputs(self) -> list[Arg]:
        """Tensor inputs that get an edge in the graph (formula or not_implemented)."""
        return [a for a in self.sig.args if a.base == "Tensor"
                and self.formula_for(a.name).kind != "non_differentiable"]

    def formula_for(self, name: str) -> Formula:
        for f in self.formulas:
            if name in f.inputs:
                return f
        raise KeyError(name)

    @property
    def list_input(self) -> Arg | None:
        """The differentiable Tensor[] input, if any (then it is the only graph input)."""
        graph = self.graph_inputs
        return graph[0] if len(graph) == 1 and graph[0].is_tensor_list else None

    @property
    def builds_graph(self) -> bool:
        return bool(self.graph_inputs)


class _Errors:
    def __init__(self, where: str):
        self.where, self.lines = where, []

    def add(self, line: int, op: str | None, inp: str | None, message: str) -> None:
        prefix = f"{self.where}:{line}:"
        if op:
            prefix += f" op '{op}',"
        if inp:
            prefix += f" input '{inp}':"
        elif op:
            prefix = prefix[:-1] + ":"
        self.lines.append(f"{prefix} {message}")


def collect_helpers(path: Path) -> tuple[frozenset[str], frozenset[str]]:
    """Names of @tensor_helper / @plain_helper functions in the helpers package (every module of
    runtime/numerics/helpers/) or in one file, read by AST (no import)."""
    tensor, plain_ = set(), set()
    files = sorted(path.glob("*.py")) if path.is_dir() else [path]
    body = [node for file in files for node in ast.parse(file.read_text(encoding="utf-8")).body]
    for node in body:
        if isinstance(node, ast.FunctionDef):
            decorators = {d.id for d in node.decorator_list if isinstance(d, ast.Name)}
            if "tensor_helper" in decorators:
                tensor.add(node.name)
            elif "plain_helper" in decorators:
                plain_.add(node.name)
    return frozenset(tensor), frozenset(plain_)


def collect_kernels(path: Path) -> frozenset[str]:
    """Public function names of the kernels package (every module of runtime/numerics/kernels/, which its
    __init__ re-exports), or of one file, read by AST (no import)."""
    files = sorted(path.glob("*.py")) if path.is_dir() else [path]
    names = set()
    for file in files:
        tree = ast.parse(file.read_text(encoding="utf-8"))
        names.update(n.name for n in tree.body if isinstance(n, ast.FunctionDef) and not n.name.startswith("_"))
    return frozenset(names)


def _as_tuple_of_str(value, what: str) -> tuple[str, ...]:
    if isinstance(value, str):
        return tuple(v.strip() for v in value.split(",") if v.strip())
    if isinstance(value, list) and all(isinstance(v.value, str) for v in value):
        return tuple(v.value.strip() for v in value)
    raise ValueError(f"{what} must be a comma-separated string or a list of strings")


def build_ops(where: str, entries: list[Located], helpers_path: Path, kernels_path: Path,
              core_ops: frozenset[str] = frozenset(),
              samples: tuple[str, dict[str, Located]] | None = None) -> list[Op]:
    """Check every entry. `core_ops`: yamlgrad's own ops, callable from (and not redefinable by) a user
    registry. `samples`: the companion sample file (its name, op name -> test data), whose entries take
    the place of the ops' `test:` blocks."""
    errors = _Errors(where)
    samples_where, sample_data = samples if samples is not None else ("", {})
    sample_errors = _Errors(samples_where)
    sample_errors.lines = errors.lines  # one list, in order; each line names its own file
    tensor_helpers, plain_helpers = collect_helpers(helpers_path)
    kernel_names = collect_kernels(kernels_path)

    # Pass 1: signatures, so formulas can call any op in the registry.
    parsed: list[tuple[Located, Signature]] = []
    names: dict[str, int] = {}
    overload_counts: dict[str, int] = {}
    for entry in entries:
        if not isinstance(entry.value, dict):
            errors.add(entry.line, None, None, "each registry entry must be a mapping with a 'name:' key")
            continue
        name_field = entry.value.get("name")
        if name_field is None:
            errors.add(entry.line, None, None, "entry has no 'name:' (the op's schema string)")
            continue
        try:
            sig = parse_signature(name_field.value)
        except SignatureError as exc:
            guessed = _guess_name(name_field.value)
            errors.add(name_field.line, guessed, None, f"bad signature: {exc}")
            if guessed:  # still a known name, so formulas calling it add no follow-on errors
                names.setdefault(guessed.replace(".", "_"), name_field.line)
            continue
        op_name = sig.name + (f"_{sig.overload}" if sig.overload else "")
        if op_name in names:
            errors.add(name_field.line, op_name, None, f"duplicate op name (first defined at line {names[op_name]})")
            continue
        if op_name in core_ops:
            errors.add(name_field.line, op_name, None, "yamlgrad's own registry already defines this op")
            continue
        if op_name in RESERVED:
            errors.add(name_field.line, op_name, None, "op name is reserved by the generated code")
            continue
        if op_name in tensor_helpers or op_name in plain_helpers:
            errors.add(name_field.line, op_name, None, "op name is the name of a helper in runtime/numerics/helpers/")
            continue
        generated = {f"{a.name}_{suffix}" for a in sig.args for suffix in ("a", "rg", "fn", "shape", "dtype", "ndim")}
        clashing = [a.name for a in sig.args if a.name in generated]
        if clashing:
            errors.add(name_field.line, op_name, clashing[0], "input name clashes with a name the generated code "
                       "derives from another input (<input>_a, _rg, _fn, _shape, _dtype, _ndim)")
            continue
        bad_inputs = [a.name for a in sig.args if a.name in RESERVED or a.name.startswith("grad_")]
        if bad_inputs:
            errors.add(name_field.line, op_name, bad_inputs[0], "input name is reserved (grad, grads, result, "
                       "grad_*, np, F, node, Python builtins ...)")
            continue
        bad_returns = [r.name for r in sig.returns if r.name in RESERVED and r.name != "result"
                       or r.name.startswith("grad_") or sig.arg(r.name) is not None]
        if bad_returns:
            errors.add(name_field.line, op_name, None, f"return name {bad_returns[0]!r} is reserved or repeats an input")
            continue
        names[op_name] = name_field.line
        parsed.append((entry, sig))
    op_names = frozenset(names) | core_ops

    ops: list[Op] = []
    for entry, sig in parsed:
        op = _build_op(entry, sig, op_names, tensor_helpers, plain_helpers, kernel_names, errors,
                       (sample_errors, sample_data))
        if op is not None and core_ops:
            _check_user_bindings(op, entry.value, errors)
        if op is not None:
            op.overload_index = overload_counts.get(sig.name, 0)
            overload_counts[sig.name] = op.overload_index + 1
            ops.append(op)
    for name, located in sample_data.items():
        if name not in names:
            sample_errors.add(located.line, None, None, f"samples for '{name}', which is not an op of {where}")
    if errors.lines:
        raise RegistryError(errors.lines)
    return ops


def _check_user_bindings(op, fields: dict, errors: "_Errors") -> None:
    """A user registry's package binds functions only: Tensor methods and operators belong to yamlgrad."""
    unbound = [v for v in op.variants if v != "function"]
    if unbound:
        errors.add(fields["variants"].line, op.name, None,
                   f"variant {unbound[0]!r}: a user registry binds functions only (Tensor is yamlgrad's); "
                   "use `variants: function`")
    if op.operators:
        errors.add(fields["operators"].line, op.name, None,
                   "operators: a user registry binds functions only (Tensor is yamlgrad's); drop `operators:`")


def _guess_name(text) -> str | None:
    m = re.match(r"\s*([A-Za-z_][A-Za-z0-9_.]*)", text) if isinstance(text, str) else None
    return m.group(1) if m else None


def _build_op(entry: Located, sig: Signature, op_names, tensor_helpers, plain_helpers, kernel_names,
              errors: _Errors, samples: tuple[_Errors, dict[str, Located]]) -> Op | None:
    fields: dict[str, Located] = entry.value  # type: ignore[assignment]
    op_name = sig.name + (f"_{sig.overload}" if sig.overload else "")
    n_errors = len(errors.lines)
    tensor_inputs = frozenset(a.name for a in sig.args if a.base == "Tensor")
    value_inputs = frozenset(a.name for a in sig.args if a.base != "Tensor")
    scope = Scope(tensor_inputs, value_inputs, op_names, tensor_helpers, plain_helpers, kernel_names,
                  tuple(r.name for r in sig.returns), list_output=sig.returns[0].is_list)

    forward_src = ""
    if "forward" not in fields:
        errors.add(entry.line, op_name, None, "missing 'forward:' (the NumPy implementation)")
    else:
        try:
            forward_src = check_forward(fields["forward"].value, scope)
        except FormulaError as exc:
            errors.add(fields["forward"].line, op_name, None, f"forward: {exc}")

    formulas: list[Formula] = []
    covered: dict[str, int] = {}
    return_names = [r.name for r in sig.returns]
    forward_fields: dict[tuple[str, ...], Located] = {}
    for key, value in fields.items():
        if key in ENTRY_KEYS:
            continue
        parts = tuple(part.strip() for part in str(key).split(","))
        if all(p in return_names for p in parts):
            seen = [p for p in parts if any(p in k for k in forward_fields)]
            if len(set(parts)) != len(parts) or seen:
                errors.add(value.line, op_name, None, f"forward formula key {str(key)!r}: each output may "
                           "have one forward formula")
                continue
            forward_fields[parts] = value
            continue
        inputs = tuple(part.strip() for part in key.split(","))
        unknown = [i for i in inputs if i not in tensor_inputs | value_inputs]
        if unknown:
            errors.add(value.line, op_name, unknown[0],
                       f"unknown key {str(key)!r}: not a schema key ({', '.join(ENTRY_KEYS)}) and the signature "
                       f"has no input '{unknown[0]}'")
            continue
        not_tensor = [i for i in inputs if i not in tensor_inputs]
        if not_tensor:
            errors.add(value.line, op_name, not_tensor[0], "only Tensor inputs take derivative formulas")
            continue
        for inp in inputs:
            if inp in covered:
                errors.add(value.line, op_name, inp, f"second formula for this input (first at line {covered[inp]})")
            covered[inp] = value.line
        text = value.value
        if isinstance(text, str) and text.strip() in SPECIAL_FORMULAS:
            formulas.append(Formula(inputs, text.strip(), line=value.line))
            continue
        try:
            code, uses = translate_formula(text, scope)
        except FormulaError as exc:
            errors.add(value.line, op_name, ", ".join(inputs), str(exc))
            continue
        formulas.append(Formula(inputs, "formula", str(text), code, uses, value.line))
    for arg in sig.args:
        if arg.base == "Tensor" and arg.name not in covered:
            errors.add(entry.line, op_name, arg.name, "Tensor input has no formula: give one, or write "
                       "'non_differentiable' or 'not_implemented'")
    list_inputs = [f for f in formulas if f.kind != "non_differentiable" and any(sig.arg(i).is_tensor_list for i in f.inputs)]
    graph_inputs = [f for f in formulas if f.kind != "non_differentiable"]
    if list_inputs and (len(graph_inputs) > 1 or len(list_inputs[0].inputs) > 1):
        errors.add(list_inputs[0].line, op_name, list_inputs[0].inputs[0], "an op with a differentiable Tensor[] "
                   "input may have no other differentiable Tensor input (schema v1)")

    variants = ("function",)
    if "variants" in fields:
        try:
            variants = _as_tuple_of_str(fields["variants"].value, "variants")
        except ValueError as exc:
            errors.add(fields["variants"].line, op_name, None, str(exc))
        bad = [v for v in variants if v not in VARIANTS]
        if bad:
            errors.add(fields["variants"].line, op_name, None,
                       f"unknown variant {bad[0]!r} (known: {', '.join(VARIANTS)})")
        if "inplace" in variants and (not sig.args[0].is_tensor or len(sig.returns) != 1):
            errors.add(fields["variants"].line, op_name, None,
                       "the inplace variant needs a first Tensor input and one output")
    operators: tuple[str, ...] = ()
    if "operators" in fields:
        try:
            operators = _as_tuple_of_str(fields["operators"].value, "operators")
        except ValueError as exc:
            errors.add(fields["operators"].line, op_name, None, str(exc))
        for o in operators:
            if o not in OPERATORS:
                errors.add(fields["operators"].line, op_name, None, f"unknown operator {o!r}")
            elif o in UNARY_OPERATORS and len([a for a in sig.args if not a.has_default]) != 1:
                errors.add(fields["operators"].line, op_name, None, f"{o} needs an op with one required input")
            elif o in INPLACE_OPERATORS and "inplace" not in variants:
                errors.add(fields["operators"].line, op_name, None, f"{o} needs the inplace variant")
            elif o not in UNARY_OPERATORS and len([a for a in sig.args if not a.kw_only]) < 2:
                errors.add(fields["operators"].line, op_name, None, f"{o} needs an op with two positional inputs")

    out_diff = tuple(True for _ in sig.returns)
    if "output_differentiability" in fields:
        raw = fields["output_differentiability"].value
        if not (isinstance(raw, list) and len(raw) == len(sig.returns) and all(isinstance(v.value, bool) for v in raw)):
            errors.add(fields["output_differentiability"].line, op_name, None,
                       f"output_differentiability must be a list of {len(sig.returns)} true/false values")
        else:
            out_diff = tuple(v.value for v in raw)

    forward_formulas = _build_forward_formulas(forward_fields, formulas, sig, scope, op_name, errors)

    for f in formulas:
        for idx in sorted(f.uses.grads):
            if not sig.returns[0].is_list and not -len(out_diff) <= idx < len(out_diff):
                errors.add(f.line, op_name, ", ".join(f.inputs),
                           f"grads[{idx}]: the op has {len(out_diff)} output(s)")
            elif not sig.returns[0].is_list and not out_diff[idx]:
                errors.add(f.line, op_name, ", ".join(f.inputs),
                           f"uses the gradient of output {idx}, which output_differentiability marks false")

    double_backward = True
    if "double_backward" in fields:
        double_backward = fields["double_backward"].value
        if not isinstance(double_backward, bool):
            errors.add(fields["double_backward"].line, op_name, None, "double_backward must be true or false")
    view = False
    if "view" in fields:
        view = fields["view"].value
        if not isinstance(view, bool) or not sig.args[0].is_tensor or len(sig.returns) != 1:
            errors.add(fields["view"].line, op_name, None, "view must be true or false, on an op whose first "
                       "input is a Tensor and which has one output")
    sample_errors, sample_data = samples
    test_located, test_errors = fields.get("test"), errors
    if op_name in sample_data:
        if test_located is not None:
            errors.add(test_located.line, op_name, None, f"test data both here and in {sample_errors.where} (line "
                       f"{sample_data[op_name].line}); keep one")
        test_located, test_errors = sample_data[op_name], sample_errors
    test = _build_test(test_located, sig, op_name, formulas, test_errors, entry.line)
    if len(errors.lines) > n_errors:
        return None
    op = Op(sig, entry.line, forward_src, formulas, variants, operators, out_diff, test, view=view,
            double_backward=double_backward, forward_formulas=forward_formulas)
    op.saved = _infer_saved(op)
    return op


def _build_forward_formulas(fields: dict, formulas: list[Formula], sig: Signature, scope: Scope, op_name: str,
                            errors: "_Errors") -> list[ForwardFormula]:
    out = []
    diff = [n for f in formulas if f.kind == "formula" for n in f.inputs]
    for names, located in fields.items():
        name = ", ".join(names)
        text = located.value
        kind = text.strip() if isinstance(text, str) and text.strip() in FORWARD_SHORTHANDS else "formula"
        try:
            if kind != "formula" and len(names) > 1:
                raise FormulaError(f"{kind} is per output; a key naming several outputs needs a formula")
            if kind == "non_differentiable":  # an output with no tangent (indices, ...)
                out.append(ForwardFormula(names, kind, text, "None", Uses(), located.line))
                continue
            if kind == "auto_element_wise":
                backward = [f for f in formulas if f.kind == "formula"]
                if len(sig.returns) != 1 or len(backward) != 1 or len(backward[0].inputs) != 1:
                    raise FormulaError("auto_element_wise needs one output and exactly one differentiable input")
                inp = backward[0].inputs[0]
                code = tangent_from_backward(backward[0].code, "grad", f"{inp}_t")
                uses = backward[0].uses
                uses = Uses(set(uses.tensors), set(uses.metadata), set(uses.values), set(uses.results),
                            set(), False, {inp})
            elif kind == "auto_linear":
                args = []
                for a in sig.args:
                    value = f"{a.name}_t" if a.name in diff else a.name
                    args.append(f"{a.name}={value}" if a.kw_only else value)
                code = f"F.{op_name}({', '.join(args)})"
                if len(sig.returns) > 1:
                    code += f"[{[r.name for r in sig.returns].index(name)}]"
                uses = Uses(values={a.name for a in sig.args if a.base != "Tensor"},
                            tensors={a.name for a in sig.tensor_args if a.name not in diff}, tangents=set(diff))
            else:
                fw_scope = Scope(scope.tensor_inputs, scope.value_inputs, scope.ops, scope.tensor_helpers,
                                 scope.plain_helpers, scope.kernels, scope.returns, forward_mode=True)
                code, uses = translate_formula(text, fw_scope)
                bad = [t for t in uses.tangents if t not in diff]
                if bad:
                    raise FormulaError(f"tangent {bad[0]}_t of an input that has no derivative formula")
        except FormulaError as exc:
            errors.add(located.line, op_name, None, f"forward formula for '{name}': {exc}")
            continue
        out.append(ForwardFormula(names, kind, str(text), code, uses, located.line))
    return out


def _infer_saved(op: Op) -> list[Saved]:
    """Save only what some formula reads, guarded by the inputs whose formulas read it."""
    needed: dict[tuple[str, str, int], set[str]] = {}
    for f in op.formulas:
        if f.kind != "formula":
            continue
        for name in f.uses.tensors:
            needed.setdefault(("tensor", name, 0), set()).update(f.inputs)
        for name, attr in f.uses.metadata:
            needed.setdefault((attr, name, 0), set()).update(f.inputs)
        for name in f.uses.values:
            needed.setdefault(("value", name, 0), set()).update(f.inputs)
        for name in f.uses.results:
            index = [r.name for r in op.sig.returns].index(name)
            needed.setdefault(("result", name, index), set()).update(f.inputs)
    order = [a.name for a in op.sig.args]
    saved = []
    for (kind, name, index), by in needed.items():
        slot = name if kind in ("tensor", "value", "result") else f"{name}_{kind}"
        saved.append(Saved(slot, kind, name, index, tuple(sorted(by, key=order.index))))
    saved.sort(key=lambda s: (s.kind == "result", order.index(s.source) if s.source in order else s.index, s.slot))
    return saved


def _build_test(located: Located | None, sig: Signature, op_name: str, formulas: list[Formula],
                errors: _Errors, entry_line: int) -> dict:
    line = located.line if located is not None else entry_line
    spec = plain(located) if located is not None else {}
    if not isinstance(spec, dict):
        errors.add(line, op_name, None, "test: must be a mapping (samples, domain, atol, rtol, eps)")
        return {}
    for key in spec:
        if key not in TEST_KEYS:
            errors.add(line, op_name, None, f"test: unknown key {str(key)!r} (known: {', '.join(TEST_KEYS)})")
    tensor_args = [a for a in sig.args if a.base == "Tensor" and not a.is_list]
    domains = {}
    raw_domain = spec.get("domain", {}) or {}
    if not isinstance(raw_domain, dict):
        errors.add(line, op_name, None, "test: domain must map input names to [low, high]")
        raw_domain = {}
    for name, dom in raw_domain.items():
        if name not in {a.name for a in tensor_args}:
            errors.add(line, op_name, name, "test: domain given for an input that is not a Tensor input")
        elif not (isinstance(dom, list) and len(dom) == 2 and all(_is_number(v) for v in dom) and dom[0] < dom[1]):
            errors.add(line, op_name, name, "test: domain must be [low, high] with low < high")
        else:
            domains[name] = (float(dom[0]), float(dom[1]))
    tol = dict(DEFAULT_TOLERANCE)
    for key in ("atol", "rtol", "eps"):
        if key in spec:
            value = spec[key]
            if isinstance(value, str):
                try:
                    value = float(value)
                except ValueError:
                    pass
            if not _is_number(value) or not value > 0 or value == float("inf"):
                errors.add(line, op_name, None, f"test: {key} must be a positive finite number")
            else:
                tol[key] = float(value)
    raw_samples = spec.get("samples")
    extra = spec.get("extra_samples")
    required_values = [a for a in sig.args if a.base != "Tensor" and not a.has_default]
    has_default = len(tensor_args) in DEFAULT_SAMPLES and not required_values
    if raw_samples is not None and extra is not None:
        errors.add(line, op_name, None, "test: give 'samples' (instead of the defaults) or 'extra_samples' "
                   "(added to them), not both")
        return {}
    if raw_samples is None:
        if not has_default:
            errors.add(line, op_name, None, "test: needs 'samples' (no default for this signature)")
            return {}
        if extra is not None and not (isinstance(extra, list) and extra):
            errors.add(line, op_name, None, "test: extra_samples must be a non-empty list")
            return {}
        # the defaults of the op's kind first, so a sample's index (and seed) does not depend on the extras
        raw_samples = DEFAULT_SAMPLES[len(tensor_args)] + (extra or [])
    if not isinstance(raw_samples, list) or not raw_samples:
        errors.add(line, op_name, None, "test: samples must be a non-empty list")
        return {}
    samples = []
    for i, raw in enumerate(raw_samples):
        try:
            samples.append(_build_sample(raw, sig, tensor_args, domains))
        except ValueError as exc:
            errors.add(line, op_name, None, f"test: sample {i}: {exc}")
    return {"samples": samples, **tol}


def _is_number(v) -> bool:
    return isinstance(v, (int, float)) and not isinstance(v, bool)


def _build_sample(raw, sig: Signature, tensor_args: list[Arg], domains: dict) -> dict:
    if isinstance(raw, list):
        if len(raw) != len(tensor_args):
            raise ValueError(f"{len(raw)} shapes for {len(tensor_args)} Tensor inputs")
        raw = {a.name: shape for a, shape in zip(tensor_args, raw)}
    if not isinstance(raw, dict):
        raise ValueError("a sample is a list of shapes or a mapping of input name to value")
    sample = {}
    for name, value in raw.items():
        arg = sig.arg(name)
        if arg is None:
            raise ValueError(f"no input named {name!r}")
        if arg.base == "Tensor" and not arg.is_list:
            sample[name] = _tensor_spec(value, domains.get(name, DEFAULT_DOMAIN), name)
        elif arg.base == "Tensor":
            if not isinstance(value, list):
                raise ValueError(f"{name}: a Tensor[] sample is a list of tensor specs")
            sample[name] = [_tensor_spec(v, domains.get(name, DEFAULT_DOMAIN), name) for v in value]
        elif arg.base == "Index":
            try:
                sample[name] = parse_index(value)
            except FormulaError as exc:
                raise ValueError(f"{name}: {exc}") from None
        else:
            _check_plain(value, name)
            sample[name] = value
    for arg in sig.args:
        if arg.name not in sample and not arg.has_default:
            raise ValueError(f"input {arg.name!r} has no value and no default")
    return sample


def _check_plain(value, name: str, depth: int = 0) -> None:
    """Sample values are YAML's plain scalars and short lists of them (no dates, no deep nesting)."""
    if depth > 4:
        raise ValueError(f"{name}: value nested deeper than 4 lists")
    if isinstance(value, list):
        for item in value:
            _check_plain(item, name, depth + 1)
    elif value is not None and not isinstance(value, (bool, int, float, str)):
        raise ValueError(f"{name}: {type(value).__name__} is not a plain value (number, bool, string, null, list)")


def _tensor_spec(value, domain, name: str):
    if _is_number(value):
        return value  # a Python number where a Tensor is accepted (e.g. `2 ** x`)
    if isinstance(value, list):
        value = {"shape": value}
    if not isinstance(value, dict) or "shape" not in value:
        raise ValueError(f"{name}: a tensor is a shape list or {{shape, dtype, domain}}")
    extra = set(value) - {"shape", "dtype", "domain"}
    if extra:
        raise ValueError(f"{name}: unknown tensor key {sorted(extra)[0]!r}")
    shape = value["shape"]
    if not (isinstance(shape, list) and all(isinstance(d, int) and not isinstance(d, bool) and 0 <= d <= 64 for d in shape)
            and len(shape) <= 6):
        raise ValueError(f"{name}: shape must be a list of at most 6 ints in 0..64")
    dtype = value.get("dtype", "float64")
    if dtype not in TEST_DTYPES:
        raise ValueError(f"{name}: dtype must be one of {', '.join(TEST_DTYPES)}")
    dom = value.get("domain", list(domain))
    if not (isinstance(dom, (list, tuple)) and len(dom) == 2 and all(_is_number(v) for v in dom) and dom[0] < dom[1]):
        raise ValueError(f"{name}: domain must be [low, high] with low < high")
    return {"shape": tuple(shape), "dtype": dtype, "domain": (float(dom[0]), float(dom[1]))}

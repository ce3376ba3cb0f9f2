"""The type stub of yamlgrad.core.tensor: the hand-written Tensor class plus every bound method.

Methods and operators are bound onto Tensor at import from the generated table (bindings.py), so
static tools cannot see them in core/tensor.py. This stub lists both, the way torchgen emits
`_C/__init__.pyi`: the hand-written members copied from core/tensor.py (read with `ast`), and each
entry of the binding table with its signature: registry ops from their schema, runtime/api functions
from their definitions. Parameters stay unannotated (any argument type checks); returns are
`Tensor` where the op returns one Tensor, `Any` otherwise.
"""
from __future__ import annotations

import ast
from pathlib import Path

from .bindings import Bindings
from .model import Op

# Return annotations kept from the hand-written code; builtins are spelled `builtins.x` because Tensor
# has methods named bool, int and float that would shadow them inside the class.
SIMPLE_RETURNS = {"Tensor": "Tensor", "None": "None", **{t: f"builtins.{t}" for t in ("bool", "int", "float", "str",
                                                                                      "complex")}}
# `==` and `!=` return Tensors (elementwise), which object's signature does not allow
OVERRIDES = {"__eq__", "__ne__"}
UNARY_DUNDERS = {"__neg__", "__pos__", "__abs__", "__invert__"}


def _returns(node: ast.FunctionDef) -> str:
    ann = node.returns
    text = ann.value if isinstance(ann, ast.Constant) and isinstance(ann.value, str) else \
        ast.unparse(ann) if ann is not None else ""
    return "None" if node.name == "__init__" else SIMPLE_RETURNS.get(text, "Any")


def _signature(node: ast.FunctionDef, self_name: str | None = None) -> str:
    """The parameters of `node` without annotations, defaults as `...`; the first renamed `self`."""
    a = node.args
    positional = a.posonlyargs + a.args
    defaults = [None] * (len(positional) - len(a.defaults)) + list(a.defaults)
    parts = []
    for i, (arg, default) in enumerate(zip(positional, defaults)):
        name = self_name if (i == 0 and self_name) else arg.arg
        parts.append(name + ("=..." if default is not None else ""))
        if a.posonlyargs and i == len(a.posonlyargs) - 1:
            parts.append("/")
    if a.vararg:
        parts.append(f"*{a.vararg.arg}")
    elif a.kwonlyargs:
        parts.append("*")
    for arg, default in zip(a.kwonlyargs, a.kw_defaults):
        parts.append(arg.arg + ("=..." if default is not None else ""))
    if a.kwarg:
        parts.append(f"**{a.kwarg.arg}")
    return ", ".join(parts)


def _def(name: str, params: str, returns: str, decorators: tuple[str, ...] = ()) -> list[str]:
    if name.startswith("__") and name.endswith("__") and returns == "Tensor":
        # operators: one operand, whatever the op's other keywords (so `x += y` matches `x + y`)
        params = "self" if name in UNARY_DUNDERS else "self, other"
    ignore = "  # type: ignore[override]" if name in OVERRIDES else ""
    return [f"    @{d}" for d in decorators] + [f"    def {name}({params}) -> {returns}: ...{ignore}"]


def _class_members(cls: ast.ClassDef, bound: set[str]) -> list[str]:
    lines = []
    for node in cls.body:
        if isinstance(node, ast.FunctionDef) and node.name not in bound:
            decorators = tuple(ast.unparse(d) for d in node.decorator_list)
            lines += _def(node.name, _signature(node), _returns(node), decorators)
        elif isinstance(node, ast.Assign):
            for target in node.targets:
                if isinstance(target, ast.Name) and target.id not in ("__slots__", "__hash__") and \
                        target.id not in bound:
                    lines.append(f"    {target.id}: Any")
    lines.append("    grad_fn: Any")
    lines.append("    def __hash__(self) -> int: ...")
    return lines


def _api_functions(api_dir: Path) -> dict[tuple[str, str], ast.AST]:
    """(module, name) -> the top-level def or assignment of each runtime/api module."""
    found: dict[tuple[str, str], ast.AST] = {}
    for path in sorted(api_dir.glob("*.py")):
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.FunctionDef):
                found[(path.stem, node.name)] = node
            elif isinstance(node, ast.Assign):
                for target in node.targets:
                    if isinstance(target, ast.Name):
                        found[(path.stem, target.id)] = node.value
    return found


def _bound_method(name: str, target: str, ops: dict[str, Op], table: Bindings, api: dict, params_of) -> list[str]:
    shims = {s["name"]: s for s in table.shims}
    inplace = {f"{op.name}_": op for op in table.inplace}
    if target.startswith("ops."):
        op = ops[target[4:]]
        single = len(op.sig.returns) == 1 and not op.sig.returns[0].is_list
        return _def(name, params_of(op, method=True), "Tensor" if single else "Any")
    if target in shims:
        return _def(name, "self, other", "Tensor")
    if target in inplace:
        return _def(name, params_of(inplace[target], method=True, out=False), "Tensor")
    module, _, attr = target.partition(".")
    node = api.get((module, attr))
    if isinstance(node, ast.FunctionDef):
        return _def(name, _signature(node, "self"), _returns(node))
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "property":
        return _def(name, "self", "Any", ("property",))
    return _def(name, "self, *args, **kwargs", "Any")


def tensor_stub(tensor_py: Path, api_dir: Path, ops: list[Op], table: Bindings, header: str, params_of) -> str:
    """The text of core/tensor.pyi. `params_of(op, method=, out=)`: the op's parameters as the
    wrapper takes them (emit.py renders them, so the stub and the wrapper cannot disagree)."""
    tree = ast.parse(tensor_py.read_text(encoding="utf-8"))
    by_name = {op.name: op for op in ops}
    api = _api_functions(api_dir)
    lines = [header.rstrip("\n"), '"""Type stub of yamlgrad.core.tensor (see codegen/stubs.py)."""',
             "import builtins", "from typing import Any", ""]
    for node in tree.body:
        if isinstance(node, (ast.Import, ast.ImportFrom)) and getattr(node, "module", "") != "__future__":
            lines.append(ast.unparse(node))
    lines.append("")
    for node in tree.body:
        if isinstance(node, ast.ClassDef) and node.name == "Tensor":
            lines += ["", "class Tensor:"]
            lines += _class_members(node, set(dict(table.methods)))
            for name, target in table.methods.items():
                lines += _bound_method(name, target, by_name, table, api, params_of)
        elif isinstance(node, ast.ClassDef):
            lines += ["", f"class {node.name}:", "    def __getattr__(self, name: str) -> Any: ..."]
        elif isinstance(node, ast.FunctionDef):
            lines += ["", f"def {node.name}({_signature(node)}) -> {_returns(node)}: ..."]
        elif isinstance(node, ast.Assign):
            lines += [f"{t.id}: Any" for t in node.targets if isinstance(t, ast.Name)]
    return "\n".join(lines) + "\n"

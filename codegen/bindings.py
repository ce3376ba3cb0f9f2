"""The one binding table: every public function of `yamlgrad` and every Tensor method and operator.

Two sources feed it. The registry gives each op's `variants:` (function, method, inplace) and
`operators:`. The hand-written torch API in runtime/api/ declares its names in literal tables that
are read here with `ast` (nothing is imported, so a broken generated package can still be
regenerated):

    factories.py       FUNCTIONS
    composed.py        ALIASES (torch name -> registry op, function and method), FUNCTION_ALIASES,
                       FUNCTIONS, METHODS (Tensor attribute -> function of the module)
    overloads.py       FUNCTIONS, METHODS
    tensor_methods.py  METHODS
    devices.py         FUNCTIONS, METHODS (torch.device, autocast, Tensor.cuda)
    legacy.py          FUNCTIONS, METHODS (torch.FloatTensor and the other legacy types, Tensor.type)
    solvers.py         FUNCTIONS, METHODS (solvers composed from registry ops)
    sparse.py          FUNCTIONS, METHODS (dense-backed sparse COO tensors)

A name claimed twice (by two ops, an op and a hand-written function, or two tables) is an error that
names both claimants: exactly one definition runs, and it is the one in the table.
"""
from __future__ import annotations

import ast
from dataclasses import dataclass, field
from pathlib import Path

from .load import RegistryError
from .model import INPLACE_OPERATORS, REFLECTED_OPERATORS, Op

# module (under runtime/api/) -> the tables it may declare
API_MODULES = {
    "factories": ("FUNCTIONS",),
    "composed": ("ALIASES", "FUNCTION_ALIASES", "FUNCTIONS", "METHODS"),
    "overloads": ("FUNCTIONS", "METHODS"),
    "tensor_methods": ("METHODS",),
    "devices": ("FUNCTIONS", "METHODS"),
    "legacy": ("FUNCTIONS", "METHODS"),
    "solvers": ("FUNCTIONS", "METHODS"),
    "sparse": ("FUNCTIONS", "METHODS"),
}


@dataclass
class Bindings:
    functions: dict[str, tuple[str, str]] = field(default_factory=dict)   # public name -> (module, attribute)
    methods: dict[str, str] = field(default_factory=dict)                 # Tensor attribute -> expression
    shims: list[dict] = field(default_factory=list)                       # reflected-operator shims
    inplace: list[Op] = field(default_factory=list)                       # ops with an in-place variant
    origin: dict[tuple[str, str], str] = field(default_factory=dict)      # (kind, name) -> who bound it


def read_tables(path: Path, names: tuple[str, ...], where: str) -> dict[str, object]:
    """The literal tables `names` assigned at the top level of `path` (absent ones are empty); errors
    name the file as `where`."""
    tables: dict[str, object] = {}
    if not path.exists():  # a module that declares nothing may be left out (a folder of test tables)
        return tables
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    for node in tree.body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name) \
                and node.targets[0].id in names:
            try:
                tables[node.targets[0].id] = ast.literal_eval(node.value)
            except ValueError:
                raise RegistryError([f"{where}:{node.lineno}: {node.targets[0].id} must be a literal table"]) from None
    return tables


def collect(ops: list[Op], api_dir: Path, source: str) -> Bindings:
    """Merge the registry's bindings with runtime/api's tables; raise RegistryError on a name bound twice."""
    b = Bindings()
    errors: list[str] = []

    def claim(kind: str, name: str, who: str) -> bool:
        key = (kind, name)
        if key in b.origin:
            errors.append(f"{who}: the {kind} name {name!r} is already bound by {b.origin[key]}")
            return False
        b.origin[key] = who
        return True

    for op in ops:
        who = f"{source}:{op.line}: op '{op.name}'"
        if "function" in op.variants and claim("function", op.name, who):
            b.functions[op.name] = ("yamlgrad.autogen.ops", op.name)
        if "method" in op.variants and claim("method", op.name, who):
            b.methods[op.name] = f"ops.{op.name}"
        if "inplace" in op.variants and claim("method", f"{op.name}_", who):
            b.inplace.append(op)
            b.methods[f"{op.name}_"] = f"{op.name}_"
        for dunder in op.operators:
            if not claim("method", dunder, who):
                continue
            if dunder in INPLACE_OPERATORS:
                b.methods[dunder] = f"{op.name}_"
            elif dunder in REFLECTED_OPERATORS:
                shim = f"_{dunder.strip('_')}_{op.name}"
                b.shims.append({"name": shim, "op": op.name})
                b.methods[dunder] = shim
            else:
                b.methods[dunder] = f"ops.{op.name}"

    op_names = {op.name for op in ops}
    for module, names in API_MODULES.items():
        where = f"runtime/api/{module}.py"
        tables = read_tables(api_dir / f"{module}.py", names, where)
        for alias, target in dict(tables.get("ALIASES", {})).items():
            if target not in op_names:
                errors.append(f"{where}: ALIASES: {alias!r} names {target!r}, which is not a registry op")
                continue
            if claim("function", alias, f"{where}: ALIASES"):
                b.functions[alias] = ("yamlgrad.autogen.ops", target)
            if claim("method", alias, f"{where}: ALIASES"):
                b.methods[alias] = f"ops.{target}"
        for alias, target in dict(tables.get("FUNCTION_ALIASES", {})).items():
            if target not in op_names:
                errors.append(f"{where}: FUNCTION_ALIASES: {alias!r} names {target!r}, which is not a registry op")
            elif claim("function", alias, f"{where}: FUNCTION_ALIASES"):
                b.functions[alias] = ("yamlgrad.autogen.ops", target)
        for name in tables.get("FUNCTIONS", ()):
            if claim("function", name, f"{where}: FUNCTIONS"):
                b.functions[name] = (f"yamlgrad.api.{module}", name)
        for name, attribute in dict(tables.get("METHODS", {})).items():
            if claim("method", name, f"{where}: METHODS"):
                b.methods[name] = f"{module}.{attribute}"
    if errors:
        raise RegistryError(errors)
    return b


def method_modules(b: Bindings) -> list[str]:
    """The runtime/api modules whose functions are bound as Tensor methods (imported by name)."""
    return sorted({value.partition(".")[0] for value in b.methods.values() if "." in value} - {"ops"})


def imports(b: Bindings) -> list[tuple[str, list[str]]]:
    """`from module import a, b as c` groups for the public functions, sorted for stable output."""
    groups: dict[str, list[str]] = {}
    for name, (module, attribute) in sorted(b.functions.items()):
        groups.setdefault(module, []).append(name if name == attribute else f"{attribute} as {name}")
    return sorted(groups.items())

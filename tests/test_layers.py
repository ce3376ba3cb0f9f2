"""The package's import graph follows its layers (docs/design.md) and has no cycles.

Every import counts: at module level, inside functions, and imports by name (`Deferred("yamlgrad.x")`,
`importlib.import_module`, the root's lazily loaded subpackages). An import may go to its own layer or
a lower one, never up; within a layer the graph must stay acyclic. Importing a submodule also runs its
parent package's `__init__`; as in other import linters that implicit edge is not counted.
"""
from __future__ import annotations

import ast
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
FOLDERS = {"runtime": "yamlgrad", "autogen": "yamlgrad.autogen", "codegen": "yamlgrad.codegen"}

# (layer, module prefixes), lowest first; anything else under yamlgrad.* is a torch-named subpackage.
LAYERS = [
    ("numerics", ("yamlgrad.numerics",)),
    ("core", ("yamlgrad.core",)),
    ("generated", ("yamlgrad.autogen",)),
    ("api", ("yamlgrad.api",)),
    # the generated table that binds the registry's ops and the api's functions: above both
    ("bindings", ("yamlgrad.autogen.bindings",)),
    ("autograd", ("yamlgrad.autograd", "yamlgrad.linalg")),
    ("namespace", ("yamlgrad.namespace",)),
    ("subpackages", ()),
    ("tools", ("yamlgrad.testing", "yamlgrad.audit")),
    ("root", ()),
]
RANK = {name: i for i, (name, _) in enumerate(LAYERS)}


def layer_of(module: str) -> str:
    if module == "yamlgrad":
        return "root"
    for name, prefixes in sorted(LAYERS, key=lambda layer: -max(map(len, layer[1]), default=0)):
        if any(module == p or module.startswith(p + ".") for p in prefixes):
            return name
    return "subpackages"


def modules() -> dict[str, tuple[Path, bool]]:
    found = {}
    for folder, top in FOLDERS.items():
        for path in sorted((REPO / folder).rglob("*.py")):
            parts = list(path.relative_to(REPO / folder).parts)
            parts[-1] = parts[-1][:-3]
            package = parts[-1] == "__init__"
            if package:
                parts = parts[:-1]
            found[".".join([top, *parts])] = (path, package)
    return found


MODULES = modules()


def _known(name: str) -> str:
    """The project module an import names (`yamlgrad.core.tensor.Tensor` -> `yamlgrad.core.tensor`)."""
    while name and name not in MODULES:
        name = name.rpartition(".")[0]
    return name


# Calls that import the module they name.
BY_NAME = {"Deferred", "import_module", "__import__"}


def _called(call: ast.Call) -> str:
    func = call.func
    return func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""


def imports_of(module: str) -> set[str]:
    path, package = MODULES[module]
    tree = ast.parse(path.read_text(encoding="utf-8"))
    out = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = module.split(".") if package else module.split(".")[:-1]
                base = base[:len(base) - (node.level - 1)]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            if target.split(".")[0] == "yamlgrad":
                for alias in node.names:
                    full = f"{target}.{alias.name}"
                    out.add(full if full in MODULES else _known(target))
        elif isinstance(node, ast.Import):
            out.update(_known(a.name) for a in node.names if a.name.split(".")[0] == "yamlgrad")
        elif isinstance(node, ast.Call) and _called(node) in BY_NAME and node.args and \
                isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str):
            name = node.args[0].value
            if name.startswith("."):  # import_module(".x", __package__)
                name = (module if package else module.rpartition(".")[0]) + name
            if name.split(".")[0] == "yamlgrad":
                out.add(_known(name))
        elif module == "yamlgrad" and isinstance(node, ast.Assign) and \
                any(isinstance(t, ast.Name) and t.id == "_SUBPACKAGES" for t in node.targets):
            out.update(_known(f"yamlgrad.{name}") for name in ast.literal_eval(node.value))
    out.discard(module)
    out.discard("")
    return out


GRAPH = {m: imports_of(m) for m in MODULES}


def test_every_import_goes_down_the_layers():
    wrong = []
    for module, targets in GRAPH.items():
        if module.startswith("yamlgrad.codegen"):
            continue
        for target in targets:
            if target.startswith("yamlgrad.codegen"):
                if layer_of(module) != "tools":
                    wrong.append(f"{module} -> {target} (only the tools use the generator)")
            elif RANK[layer_of(target)] > RANK[layer_of(module)]:
                wrong.append(f"{module} ({layer_of(module)}) -> {target} ({layer_of(target)})")
    assert not wrong, "imports that go up a layer:\n" + "\n".join(sorted(wrong))


def test_the_generator_never_imports_the_package_it_regenerates():
    """codegen reads runtime/ with `ast` only; the one import is of the generated op list, for user
    registries (whose formulas may call yamlgrad's ops), made when yamlgrad itself is intact."""
    wrong = [f"{m} -> {t}" for m, targets in GRAPH.items() if m.startswith("yamlgrad.codegen")
             for t in targets if not t.startswith("yamlgrad.codegen") and t != "yamlgrad.autogen.samples"]
    assert not wrong, wrong


def test_the_import_graph_has_no_cycles():
    index, low, stack, on_stack, cycles = {}, {}, [], set(), []
    counter = [0]

    def visit(v):  # Tarjan's strongly connected components, iteratively deep enough for this graph
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on_stack.add(v)
        for w in GRAPH.get(v, ()):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                cycles.append(sorted(component))

    for v in GRAPH:
        if v not in index:
            visit(v)
    assert not cycles, cycles


def test_the_checker_sees_imports_inside_functions_and_by_name():
    """The rules above would miss nothing they claim to check: a function-level import, a Deferred
    module name and the root's lazy subpackages are all edges."""
    assert "yamlgrad.numerics.kernels" in GRAPH["yamlgrad.core.engine"]  # Deferred("yamlgrad.numerics.kernels")
    assert "yamlgrad.nn" in GRAPH["yamlgrad"]  # _SUBPACKAGES
    assert layer_of("yamlgrad.nn.functional._loss") == "subpackages" and layer_of("yamlgrad") == "root"
    tree = ast.parse("def f():\n    from yamlgrad.core import engine\n")
    assert any(isinstance(n, ast.ImportFrom) for n in ast.walk(tree))  # ast.walk reaches function bodies

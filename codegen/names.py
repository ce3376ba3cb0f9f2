"""Names the generated package defines for each op, and the checks that keep them apart.

Every op claims module-level names in the generated package: its function (`ops.py`, `raw.py`,
`jvp.py`), its Node class (`functions.py`), the result type of a multi-output op (`ops.py`) and its
test file. Python lets a later definition silently replace an earlier one, so two ops claiming one
name, or an op claiming a name the generated modules use themselves (an import, a constant, a
builtin they call), would produce a package that imports but runs the wrong code. Both are refused
with the entry's `file:line`.
"""
from __future__ import annotations

import ast
import symtable
import builtins

from .model import Op

BUILTINS = frozenset(dir(builtins))


def result_type_name(op: Op) -> str:
    """The namedtuple a multi-output op returns (torch's `torch.return_types.<op>` in spirit)."""
    return f"{''.join(p[:1].upper() + p[1:] for p in op.name.split('_'))}Result"


def _multi(op: Op) -> bool:
    return len(op.sig.returns) > 1 or op.sig.returns[0].is_list


def claims(op: Op) -> list[tuple[str, str]]:
    """(name, what) for every module-level name of the generated package that belongs to `op`."""
    out = [(op.name, "function"), (op.node_name, "Node class")]
    if _multi(op):
        out.append((result_type_name(op), "result type"))
    if "inplace" in op.variants:
        out.append((f"{op.name}_", "in-place method"))
    return out


def check_claims(where: str, ops: list[Op]) -> list[str]:
    """Two ops whose generated names coincide (Node class, result type, function, test file)."""
    errors: list[str] = []
    owner: dict[str, tuple[Op, str]] = {}
    for op in ops:
        for name, what in claims(op):
            first = owner.get(name)
            if first is not None and first[0] is not op:
                errors.append(f"{where}:{op.line}: op '{op.name}': its {what} '{name}' is also the {first[1]} of "
                              f"op '{first[0].name}' (line {first[0].line}); rename one of the two")
                continue
            owner.setdefault(name, (op, what))
    # test_<op>.py: on case-insensitive file systems (macOS, Windows) test_aB.py is test_ab.py
    tests: dict[str, Op] = {}
    for op in ops:
        key = f"test_{op.name}.py".casefold()
        if key in tests:
            errors.append(f"{where}:{op.line}: op '{op.name}': its test file test_{op.name}.py is the test file of "
                          f"op '{tests[key].name}' (line {tests[key].line}) on a case-insensitive file system")
            continue
        tests[key] = op
    return errors


def _module_bindings(tree: ast.Module) -> list[str]:
    """Every module-level binding, in order (a name bound twice appears twice)."""
    names: list[str] = []

    def visit(stmts) -> None:
        for stmt in stmts:
            if isinstance(stmt, (ast.Import, ast.ImportFrom)):
                names.extend((a.asname or a.name).split(".")[0] for a in stmt.names if a.name != "*")
            elif isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                names.append(stmt.name)
            elif isinstance(stmt, (ast.Assign, ast.AnnAssign, ast.AugAssign)):
                targets = stmt.targets if isinstance(stmt, ast.Assign) else [stmt.target]
                names.extend(n.id for t in targets for n in ast.walk(t) if isinstance(n, ast.Name))
            elif isinstance(stmt, (ast.If, ast.Try, ast.With)):
                visit(stmt.body + getattr(stmt, "orelse", []) + getattr(stmt, "finalbody", []))
                for handler in getattr(stmt, "handlers", []):
                    visit(handler.body)
    visit(tree.body)
    return names


def _builtins_read(text: str, rel: str, candidates: frozenset[str]) -> set[str]:
    """The `candidates` (builtins some op is named after) that module `text` reads as globals. Python's
    own symbol tables answer it (a function's parameters and assignments are its own), much faster
    than walking the syntax tree."""
    if not candidates:
        return set()
    found: set[str] = set()
    tables = [symtable.symtable(text, rel, "exec")]
    while tables:
        table = tables.pop()
        module_level = table.get_type() == "module"
        for symbol in table.get_symbols():
            name = symbol.get_name()
            if name in candidates and symbol.is_referenced() and (module_level or symbol.is_global()):
                found.add(name)
        tables.extend(table.get_children())
    return found


def check_rendered(where: str, ops: list[Op], files: dict[str, str]) -> list[str]:
    """Generated modules in which an op's name replaces a name the module binds itself (an import, a
    constant, another definition) or shadows a builtin the module calls (`getattr`, `len`, ...)."""
    owner = {name: (op, what) for op in ops for name, what in claims(op)}
    candidates = frozenset(owner) & BUILTINS
    errors: list[str] = []
    seen: set[tuple[str, str]] = set()
    for rel, text in sorted(files.items()):
        if not rel.endswith(".py") or "/test_" in f"/{rel}":
            continue
        tree = ast.parse(text)
        bound = _module_bindings(tree)
        used_builtins = _builtins_read(text, rel, candidates)
        counts: dict[str, int] = {}
        for name in bound:
            counts[name] = counts.get(name, 0) + 1
        for name, count in sorted(counts.items()):
            if name not in owner or (name, rel) in seen:
                continue
            op, what = owner[name]
            if count > 1:
                problem = f"is also a name {rel} imports or defines itself"
            elif name in used_builtins:
                problem = f"shadows the builtin {name}() that {rel} uses"
            else:
                continue
            seen.add((name, rel))
            errors.append(f"{where}:{op.line}: op '{op.name}': its {what} '{name}' {problem}; rename the op")
    return errors

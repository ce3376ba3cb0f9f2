"""A module loaded on first use, for parts of the generated code that `import yamlgrad` need not pay for.

The backward nodes (autogen.functions, with the formula helpers) are needed once a graph is built,
the forward-mode formulas (autogen.jvp) once a dual level is open; without compiled bytecode the
two take about a third of the import. `Deferred` stands in for such a module in a namespace: the
first attribute read imports the module (under Python's import lock, so threads are safe) and
replaces the stand-in in the namespace, so later reads cost nothing extra.
"""
from __future__ import annotations

import importlib


class Deferred:
    __slots__ = ("_name", "_namespace", "_key")

    def __init__(self, name: str, namespace: dict, key: str):
        self._name, self._namespace, self._key = name, namespace, key

    def __getattr__(self, attr: str):
        module = importlib.import_module(self._name)
        self._namespace[self._key] = module
        return getattr(module, attr)

    def __repr__(self) -> str:
        return f"<module {self._name!r} (loaded on first use)>"

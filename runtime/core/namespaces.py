"""The op namespaces the engine runs formulas with, registered by the layer that generates them.

Backward formulas are written once over a namespace `F` (docs/design.md): `raw` (array functions,
the fast path) or `recorded` (the Tensor wrappers, under create_graph=True). Both are generated from
the registry and sit above the core, so the core never imports them: `yamlgrad/__init__.py`
registers them here, as rules register into HIPS autograd's core.
"""
from __future__ import annotations

import types


class Namespaces:
    __slots__ = ("raw", "recorded")

    def __init__(self):
        self.raw = self.recorded = None


F = Namespaces()


def register(raw: types.ModuleType, recorded: types.ModuleType) -> None:
    F.raw, F.recorded = raw, recorded

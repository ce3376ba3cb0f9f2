"""Run a real PyTorch program with yamlgrad standing in for torch: `python _run.py PROGRAM.py`.

`torch` and every `torch.X` submodule import resolve to `yamlgrad` / `yamlgrad.X` (a meta-path alias), so
`import torch.nn as nn`, `from torch.nn import functional as F` or `from torch.optim.lr_scheduler import StepLR`
work unchanged. The program then runs as `__main__`.
"""
import importlib
import importlib.abc
import importlib.util
import runpy
import sys


class _TorchAlias(importlib.abc.MetaPathFinder, importlib.abc.Loader):
    """`torch[.X]` -> the already importable `yamlgrad[.X]` module object (no copy, no re-execution)."""

    def find_spec(self, fullname, path=None, target=None):
        if fullname != "torch" and not fullname.startswith("torch."):
            return None
        real = "yamlgrad" + fullname[len("torch"):]
        try:
            if importlib.util.find_spec(real) is None:
                return None
        except ModuleNotFoundError:
            return None
        return importlib.util.spec_from_loader(fullname, self)

    def create_module(self, spec):
        module = importlib.import_module("yamlgrad" + spec.name[len("torch"):])
        self._spec = module.__spec__
        return module

    def exec_module(self, module):
        module.__spec__ = self._spec  # the import system overwrote it with the alias spec


sys.meta_path.insert(0, _TorchAlias())

if __name__ == "__main__":
    program = sys.argv[1]
    sys.argv = sys.argv[1:]
    runpy.run_path(program, run_name="__main__")

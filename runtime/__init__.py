"""yamlgrad: a NumPy autograd engine whose derivative rules live in one registry (derivatives.yaml).

The names mirror torch for the subset covered: `yamlgrad.tensor`, `requires_grad`, `.backward()`,
`.grad`, `yamlgrad.no_grad()`, `yamlgrad.autograd.grad`, ... The package is layered
(docs/design.md): this root re-exports torch's top-level namespace (yamlgrad/namespace.py) and loads
the torch-named subpackages on first use.
"""
import importlib as _importlib

from yamlgrad.namespace import *  # noqa: F401,F403

__version__ = "0.1.0"

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing (a few ms of `import yamlgrad`)
if TYPE_CHECKING:  # what __getattr__ loads, spelled out for type checkers and IDEs
    from yamlgrad import (accelerator, amp, autograd, backends, cuda, distributions, func, linalg, multiprocessing,
                          nn, optim, serialization, testing, utils, version, viz)
    from yamlgrad.serialization import load, save

# Loaded on first use, so `import yamlgrad` stays fast for scripts without them.
_SUBPACKAGES = ("autograd", "linalg", "nn", "optim", "utils", "func", "distributions", "cuda", "viz", "serialization",
                "backends", "accelerator", "amp", "sparse", "compile", "testing", "version", "multiprocessing")


# Top-level functions that live in a lazily loaded subpackage (torch.save is torch.serialization.save).
_LAZY_FUNCTIONS = {"save": "serialization", "load": "serialization"}


def __getattr__(name):
    # `compile` is a package whose module object is callable (yamlgrad.compile(fn), as torch.compile)
    if name in _SUBPACKAGES:
        return _importlib.import_module(f"yamlgrad.{name}")
    if name in _LAZY_FUNCTIONS:
        return getattr(_importlib.import_module(f"yamlgrad.{_LAZY_FUNCTIONS[name]}"), name)
    raise AttributeError(f"module 'yamlgrad' has no attribute {name!r}")

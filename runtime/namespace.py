"""torch's top-level namespace, without the subpackages: what `yamlgrad` re-exports.

The package root (runtime/__init__.py) re-exports these names and adds the torch-named subpackages
(nn, optim, utils, func, distributions, ...). Those subpackages import this module, never the root,
so the import graph stays acyclic (tests/test_layers.py). Assembled bottom-up: numerics -> core ->
autogen (generated) -> api -> autograd/linalg; the generated table autogen/bindings.py supplies every
function and binds every Tensor method once.
"""
# A broken generated module fails here, loudly, with its file in the traceback; `make regen` runs the
# generator without importing this package, so it can always repair it.
from yamlgrad.autogen import bindings as _bindings, ops as _ops, raw as _raw
from yamlgrad.autogen.bindings import *  # noqa: F401,F403  (every public function; see its __all__)
# No __all__ here: every public name of this module is exported (what `from yamlgrad import *` gives).
from yamlgrad.core import namespaces as _namespaces
from yamlgrad.core.grad_mode import (enable_grad, inference_mode, is_grad_enabled, is_inference_mode_enabled,
                                     no_grad, set_grad_enabled)
from yamlgrad.core.tensor import Tensor
from yamlgrad.numerics.dtypes import bool_ as bool, float16, float32, float64, int8, int16, int32, int64, uint8
import importlib as _importlib

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing
if TYPE_CHECKING:  # what __getattr__ loads, spelled out for type checkers and IDEs
    from yamlgrad import autograd, linalg

# Loaded on first use (`yg.autograd.grad`, `yg.linalg.norm`): Tensor.backward and the ops need neither
# package, and together they are a tenth of the compile time of `import yamlgrad` without a bytecode cache.
_LAZY_SUBPACKAGES = ("autograd", "linalg")


def __getattr__(name):
    if name in _LAZY_SUBPACKAGES:
        return _importlib.import_module(f"yamlgrad.{name}")
    raise AttributeError(f"module 'yamlgrad.namespace' has no attribute {name!r}")


_namespaces.register(_raw, _ops)
_bindings.bind()

float = float32
double = float64
half = float16
long = int64
int = int32


def get_default_dtype():
    """The dtype of float tensors made from Python numbers (float32; yamlgrad has no set_default_dtype)."""
    return float32


def is_tensor(obj) -> bool:
    return isinstance(obj, Tensor)

"""yamlgrad: a NumPy autograd engine whose derivative rules live in one registry (derivatives.yaml).

The names mirror torch for the subset covered: `yamlgrad.tensor`, `requires_grad`, `.backward()`,
`.grad`, `yamlgrad.no_grad()`, `yamlgrad.autograd.grad`, ...
"""
import warnings as _warnings

from . import autograd
from .factories import (arange, as_tensor, empty, eye, from_numpy, full, full_like, linspace, manual_seed,
                        ones, ones_like, rand, rand_like, randint, randn, randn_like, tensor, zeros, zeros_like)
from .grad_mode import (enable_grad, inference_mode, is_grad_enabled, is_inference_mode_enabled, no_grad,
                        set_grad_enabled)
from .tensor import (Tensor, bool_ as bool, float16, float32, float64, int8, int16, int32, int64, uint8)

float = float32
double = float64
half = float16
long = int64
int = int32

try:
    from .autogen.ops import *  # noqa: F401,F403  (registry ops with the `function` variant)
    from .autogen.ops import __all__ as _op_names
    from . import linalg
    from .overloads import einsum, matmul, max, min  # noqa: F811 (torch's overloaded names over the registry ops)
    from .tensor import _bind_generated_methods
    _bind_generated_methods()
    # torch's `input=` keyword for the registry functions, torch's aliases and the composed extras
    from . import aliases as _aliases
    for _name in _op_names:
        if _name not in ("max", "min", "einsum"):
            globals()[_name] = _aliases.renamed_self(globals()[_name])
    globals().update(_aliases.functions())
    _aliases.bind_methods()
except Exception as _exc:  # keep `python -m yamlgrad.codegen` usable when generated code is stale
    _warnings.warn(f"yamlgrad: the generated modules failed to import ({_exc}); run `make regen`", stacklevel=2)
    _op_names = []

# The factories are hand-written; registry ops of the same name (zeros_like, ...) are not wanted here.
from .factories import ones_like, zeros_like  # noqa: E402,F811

__version__ = "0.1.0"


def get_default_dtype():
    """The dtype of float tensors made from Python numbers (float32; yamlgrad has no set_default_dtype)."""
    return float32


def is_tensor(obj) -> bool:
    return isinstance(obj, Tensor)


def __getattr__(name):
    # nn, optim, utils, viz and cuda load on first use: `import yamlgrad` stays fast for scripts without them.
    if name in ("nn", "optim", "utils", "viz", "cuda"):
        import importlib
        return importlib.import_module(f".{name}", __name__)
    raise AttributeError(f"module 'yamlgrad' has no attribute {name!r}")

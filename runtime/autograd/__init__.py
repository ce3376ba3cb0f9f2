"""yamlgrad.autograd: the functional API over the engine (torch.autograd names)."""
import importlib as _importlib

from yamlgrad.core.engine import backward, grad
from yamlgrad.autograd import forward_ad, functional
from yamlgrad.core.anomaly import detect_anomaly, is_anomaly_enabled, set_detect_anomaly
from yamlgrad.autograd.function import Function, FunctionCtx, once_differentiable
from yamlgrad.autograd.variable import Variable

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing
if TYPE_CHECKING:
    from yamlgrad.autograd.gradient_checks import GradcheckError, gradcheck, gradgradcheck

__all__ = ["forward_ad", "functional", "detect_anomaly", "is_anomaly_enabled", "set_detect_anomaly", "Function",
           "FunctionCtx", "once_differentiable", "backward", "grad", "gradcheck", "gradgradcheck", "GradcheckError",
           "Variable"]

# gradcheck loads on first use: it is a third of this package's import and training code never calls it
# (the module is not named gradcheck: importing it would then replace the function of that name here)
_LAZY = {"gradcheck": "gradient_checks", "gradgradcheck": "gradient_checks", "GradcheckError": "gradient_checks"}


def __getattr__(name):
    if name in _LAZY:
        return getattr(_importlib.import_module(f"yamlgrad.autograd.{_LAZY[name]}"), name)
    raise AttributeError(f"module 'yamlgrad.autograd' has no attribute {name!r}")

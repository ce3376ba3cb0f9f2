"""yamlgrad.autograd: the functional API over the engine (torch.autograd names)."""
from ..engine import backward, grad
from . import forward_ad, functional
from .anomaly_mode import detect_anomaly, is_anomaly_enabled, set_detect_anomaly
from .function import Function, FunctionCtx, once_differentiable
from .gradcheck import GradcheckError, gradcheck, gradgradcheck

__all__ = ["forward_ad", "functional", "detect_anomaly", "is_anomaly_enabled", "set_detect_anomaly", "Function", "FunctionCtx", "once_differentiable", "backward", "grad", "gradcheck", "gradgradcheck", "GradcheckError"]

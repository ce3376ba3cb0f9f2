"""yamlgrad.autograd: the functional API over the engine (torch.autograd names)."""
from yamlgrad.core.engine import backward, grad
from yamlgrad.autograd import forward_ad, functional
from yamlgrad.core.anomaly import detect_anomaly, is_anomaly_enabled, set_detect_anomaly
from yamlgrad.autograd.function import Function, FunctionCtx, once_differentiable
from yamlgrad.autograd.gradcheck import GradcheckError, gradcheck, gradgradcheck
from yamlgrad.autograd.variable import Variable

__all__ = ["forward_ad", "functional", "detect_anomaly", "is_anomaly_enabled", "set_detect_anomaly", "Function", "FunctionCtx", "once_differentiable", "backward", "grad", "gradcheck", "gradgradcheck", "GradcheckError",
           "Variable"]

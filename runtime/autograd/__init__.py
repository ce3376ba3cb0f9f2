"""yamlgrad.autograd: the functional API over the engine (torch.autograd names)."""
from ..engine import backward, grad
from .gradcheck import GradcheckError, gradcheck, gradgradcheck

__all__ = ["backward", "grad", "gradcheck", "gradgradcheck", "GradcheckError"]

"""yamlgrad.distributions: torch.distributions' families, sampling with yamlgrad's generator.

rsample is reparameterised (differentiable in the parameters) where torch's is; log_prob, entropy
and kl_divergence are differentiable in the parameters.
"""
from . import constraints
from .bernoulli import Bernoulli
from .categorical import Categorical
from .distribution import Distribution
from .kl import kl_divergence, register_kl
from .multivariate_normal import MultivariateNormal
from .normal import Normal
from .uniform import Uniform

__all__ = ["Bernoulli", "Categorical", "Distribution", "MultivariateNormal", "Normal", "Uniform", "constraints",
           "kl_divergence", "register_kl"]

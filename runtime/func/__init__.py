"""yamlgrad.func: torch.func's composable function transforms.

grad, grad_and_value, vjp, jvp, jacrev, jacfwd, hessian and vmap take a function and return a
function; they nest in any order (grad(grad(f)), jacrev(jacfwd(f)), vmap(grad(f)), ...).
functional_call runs a module with substituted parameters, so its parameters can be the
differentiated or mapped arguments of a transform.
"""
from yamlgrad.func.functional_call import functional_call
from yamlgrad.func.grad import grad, grad_and_value
from yamlgrad.func.jacobian import hessian, jacfwd, jacrev
from yamlgrad.func.jvp import jvp
from yamlgrad.func.vjp import vjp
from yamlgrad.func.vmap import vmap

__all__ = ["functional_call", "grad", "grad_and_value", "hessian", "jacfwd", "jacrev", "jvp", "vjp", "vmap"]

"""Linear solvers torch offers that are compositions of registry ops (their gradients follow)."""
from __future__ import annotations

from yamlgrad.autogen import ops


def cholesky_solve(B, L, upper: bool = False, *, out=None):
    """The solution X of A X = B, where A = L L^H (or U^H U with upper=True) is given by its Cholesky
    factor, as torch.cholesky_solve. Batched like linalg.solve.

    Composed as linalg_solve(L L^H, B): A is rebuilt from its factor and solved by LU, so gradients
    reach both B and the factor through the registry's formulas for matmul and solve.
    """
    factor_h = ops.transpose(L, -2, -1)  # real factors only: complex tensors take no gradient here
    A = ops.matmul(factor_h, L) if upper else ops.matmul(L, factor_h)
    return ops.linalg_solve(A, B, out=out)


def _cholesky_solve_method(self, input2, upper: bool = False):
    """Tensor.cholesky_solve(L): `self` is the right-hand side B."""
    return cholesky_solve(self, input2, upper)


FUNCTIONS = ("cholesky_solve",)
# Tensor attribute -> function of this module
METHODS = {"cholesky_solve": "_cholesky_solve_method"}

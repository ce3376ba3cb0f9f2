"""yamlgrad.linalg: torch.linalg's names for the registry's `linalg_*` ops (derivatives.yaml).

References to the generated ops, so `yamlgrad.linalg.inv(A)` is `linalg_inv(A)` with the registry's
forward and backward (those torch calls with `input=` also take that keyword), plus norm, eigvalsh,
cross, matrix_power, multi_dot and matrix_rank composed from registry ops. Only real (floating)
inputs are supported.
"""
import functools

from yamlgrad.api import composed
from yamlgrad.api.composed import input_keyword
from yamlgrad.autogen import ops
from yamlgrad.numerics.linalg_error import LinAlgError

inv = ops.linalg_inv
det = ops.linalg_det
slogdet = ops.linalg_slogdet
solve = ops.linalg_solve
cholesky = input_keyword(ops.linalg_cholesky, "A", ("input", "x"))
eigh = input_keyword(ops.linalg_eigh, "A", ("input", "x"))
svd = ops.linalg_svd
svdvals = ops.linalg_svdvals
qr = ops.linalg_qr
pinv = input_keyword(ops.linalg_pinv, "A", ("input", "x"))
matrix_norm = input_keyword(ops.linalg_matrix_norm, "A", ("input", "x"))

__all__ = ["LinAlgError", "inv", "det", "slogdet", "solve", "cholesky", "eigh", "svd", "svdvals", "qr", "pinv",
           "matrix_norm", "norm", "eigvalsh", "cross", "matrix_power", "multi_dot", "matrix_rank"]


@functools.partial(input_keyword, target="A", names=("input", "x"))
def norm(A, ord=None, dim=None, keepdim=False, *, dtype=None):
    """torch.linalg.norm: a vector norm over one dim (or all, when ord is None and dim is None), a matrix
    norm over two dims (or a 2-d input with ord given)."""
    if isinstance(dim, int):
        dim = (dim,)
    if dim is None and (ord is None or A.ndim == 1):
        return ops.linalg_vector_norm(A, 2 if ord is None else ord, None, keepdim, dtype=dtype)
    if dim is None:
        dim = (-2, -1)
    if len(dim) == 1:
        return ops.linalg_vector_norm(A, 2 if ord is None else ord, dim, keepdim, dtype=dtype)
    return ops.linalg_matrix_norm(A, "fro" if ord is None else ord, dim, keepdim, dtype=dtype)


@functools.partial(input_keyword, target="A", names=("input", "x"))
def eigvalsh(A, UPLO="L"):
    return ops.linalg_eigh(A, UPLO).eigenvalues


def cross(input, other, *, dim=-1):
    return composed.cross(input, other, dim)


@functools.partial(input_keyword, target="A", names=("input", "x"))
def matrix_power(A, n):
    return composed.matrix_power(A, n)


def multi_dot(tensors):
    return composed.multi_dot(tensors)

if hasattr(ops, "linalg_vector_norm"):  # added by another registry group
    vector_norm = input_keyword(ops.linalg_vector_norm, "input", ("x",))
    __all__.append("vector_norm")


@functools.partial(input_keyword, target="A", names=("input", "x"))
def matrix_rank(A, *, atol=None, rtol=None, hermitian=False):
    return composed.matrix_rank(A, atol=atol, rtol=rtol, hermitian=hermitian)

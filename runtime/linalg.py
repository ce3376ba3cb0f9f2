"""yamlgrad.linalg: torch.linalg's names for the registry's `linalg_*` ops (derivatives.yaml).

Plain references to the generated ops, so `yamlgrad.linalg.inv(A)` is `linalg_inv(A)` with the
registry's forward and backward. Only real (floating) inputs are supported.
"""
from .autogen import ops
from .kernels import LinAlgError

inv = ops.linalg_inv
det = ops.linalg_det
slogdet = ops.linalg_slogdet
solve = ops.linalg_solve
cholesky = ops.linalg_cholesky
eigh = ops.linalg_eigh
svd = ops.linalg_svd
svdvals = ops.linalg_svdvals
qr = ops.linalg_qr
pinv = ops.linalg_pinv
matrix_norm = ops.linalg_matrix_norm

__all__ = ["LinAlgError", "inv", "det", "slogdet", "solve", "cholesky", "eigh", "svd", "svdvals", "qr", "pinv",
           "matrix_norm"]

if hasattr(ops, "linalg_vector_norm"):  # added by another registry group
    vector_norm = ops.linalg_vector_norm
    __all__.append("vector_norm")

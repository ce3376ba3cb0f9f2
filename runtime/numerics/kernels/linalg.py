"""Matrix products and torch.linalg: mm/mv/bmm with torch's shape and dtype errors, triangles and
diagonals, inverse, determinants, solve, decompositions and norms."""
from __future__ import annotations

import numpy as np

from yamlgrad.numerics.dtypes import torch_name
from yamlgrad.numerics.kernels.dims import _broadcasts_to
from yamlgrad.numerics.linalg_error import LinAlgError


def _la_input(A, name: str, square: bool = True, min_ndim: int = 2):
    """torch.linalg's checks: a floating tensor of at least 2 dims whose last two are square."""
    A = np.asarray(A)
    if A.dtype.kind not in "fc":
        raise RuntimeError(f"{name}: Expected a floating point or complex tensor as input. Got {torch_name(A)}")
    if A.ndim < min_ndim:
        raise RuntimeError(f"{name}: The input tensor A must have at least {min_ndim} dimensions.")
    if square and A.shape[-1] != A.shape[-2]:
        raise RuntimeError(f"{name}: A must be batches of square matrices, but they are "
                           f"{A.shape[-2]} by {A.shape[-1]} matrices")
    return A


def _la_same_dtype(a, b, message: str) -> None:
    if np.result_type(a) != np.result_type(b):
        raise RuntimeError(message.format(torch_name(a), torch_name(b)))


def _la_writable_view(view):
    """np.diagonal hands out read-only views; torch's diagonal is writable like any view."""
    if not view.flags.writeable:
        try:
            view.flags.writeable = True
        except ValueError:  # the base itself is read-only (a broadcast): keep the view read-only
            pass
    return view


def mm(x, mat2):
    if (x.__class__ is not np.ndarray or mat2.__class__ is not np.ndarray or x.ndim != 2 or mat2.ndim != 2
            or x.shape[1] != mat2.shape[0] or x.dtype != mat2.dtype):
        _mm_check(x, mat2)
    return np.matmul(x, mat2)


def _mm_check(x, mat2):
    if np.ndim(x) != 2:
        raise RuntimeError("self must be a matrix")
    if np.ndim(mat2) != 2:
        raise RuntimeError("mat2 must be a matrix")
    if x.shape[1] != mat2.shape[0]:
        raise RuntimeError(f"mat1 and mat2 shapes cannot be multiplied ({x.shape[0]}x{x.shape[1]} and "
                           f"{mat2.shape[0]}x{mat2.shape[1]})")
    if np.result_type(x) != np.result_type(mat2):
        names = {"float32": "float", "float64": "double", "float16": "c10::Half", "int64": "long int", "int32": "int",
                 "int16": "short int", "int8": "signed char", "uint8": "unsigned char", "bool": "bool"}
        a, b = np.result_type(x).name, np.result_type(mat2).name
        raise RuntimeError(f"expected m1 and m2 to have the same dtype, but got: {names.get(a, a)} != {names.get(b, b)}")


def addmm(x, mat1, mat2, beta=1, alpha=1):
    """beta * x + alpha * (mat1 @ mat2), adding into the fresh product (one output array, no temporary)."""
    out = mm(mat1, mat2)
    shape = np.shape(x)
    if shape != out.shape and shape != out.shape[1:] and not _broadcasts_to(shape, out.shape):
        raise RuntimeError(f"addmm: the input of shape {list(np.shape(x))} cannot be broadcast to the product's "
                           f"shape {list(out.shape)}")
    if alpha != 1:
        out *= alpha
    if beta == 0:  # as in torch: the input is ignored, nan and inf included
        return out
    x = x if beta == 1 else np.multiply(x, beta)
    if getattr(x, "dtype", None) == out.dtype or np.result_type(x, out) == out.dtype:
        out += x
        return out
    return out + x


def mv(x, vec):
    if np.ndim(x) != 2 or np.ndim(vec) != 1:
        raise RuntimeError(f"vector + matrix @ vector expected, got 1, {np.ndim(x)}, {np.ndim(vec)}")
    if x.shape[1] != vec.shape[0]:
        raise RuntimeError(f"size mismatch, got input ({x.shape[0]}), mat ({x.shape[0]}x{x.shape[1]}), "
                           f"vec ({vec.shape[0]})")
    _la_same_dtype(x, vec, "expected scalar type {} but found {}")
    return np.matmul(x, vec)


def bmm(x, mat2):
    if np.ndim(x) != 3:
        raise RuntimeError("batch1 must be a 3D tensor")
    if np.ndim(mat2) != 3:
        raise RuntimeError("batch2 must be a 3D tensor")
    if mat2.shape[:2] != (x.shape[0], x.shape[2]):
        raise RuntimeError(f"Expected size for first two dimensions of batch2 tensor to be: "
                           f"[{x.shape[0]}, {x.shape[2]}] but got: [{mat2.shape[0]}, {mat2.shape[1]}].")
    _la_same_dtype(x, mat2, "expected scalar type {} but found {}")
    return np.matmul(x, mat2)


def outer(x, vec2):
    for name, v in (("self", x), ("vec2", vec2)):
        if np.ndim(v) != 1:
            raise RuntimeError(f"outer: Expected 1-D argument {name}, but got {np.ndim(v)}-D")
    return np.multiply.outer(x, vec2)


def trace(x):
    if np.ndim(x) != 2:
        raise RuntimeError(f"trace: expected a matrix, but got tensor with dim {np.ndim(x)}")
    if x.dtype == np.bool_:
        raise NotImplementedError("\"trace\" not implemented for 'Bool'")
    # torch sums integer (and bool-free) traces in int64, floats in their own dtype
    return np.asarray(np.trace(x), dtype=x.dtype if x.dtype.kind in "fc" else np.int64)


def diag(x, diagonal=0):
    if np.ndim(x) == 1:
        n = x.shape[0] + abs(diagonal)
        out = np.zeros_like(x, shape=(n, n))
        _la_writable_view(np.diagonal(out, diagonal))[...] = x
        return out
    if np.ndim(x) == 2:
        return np.diagonal(x, diagonal).copy()
    raise RuntimeError(f"diag(): Supports 1D or 2D tensors. Got {np.ndim(x)}D")


def _la_diagonal_dims(ndim, dim1, dim2):
    for d in (dim1, dim2):
        if not -ndim <= d < ndim:
            lo, hi = (-ndim, ndim - 1) if ndim else (-1, 0)
            raise IndexError(f"Dimension out of range (expected to be in range of [{lo}, {hi}], but got {d})")
    d1, d2 = dim1 % ndim, dim2 % ndim
    if d1 == d2:
        raise RuntimeError(f"diagonal dimensions cannot be identical {dim1}, {dim2}")
    return d1, d2


def diagonal(x, offset=0, dim1=0, dim2=1):
    d1, d2 = _la_diagonal_dims(np.ndim(x), dim1, dim2)
    return _la_writable_view(np.diagonal(x, offset, d1, d2))


def diagonal_backward(grad_output, input_sizes, offset, dim1, dim2):
    """Zeros of `input_sizes` with `grad_output` on the diagonal (offset, dim1, dim2): diagonal's adjoint."""
    d1, d2 = _la_diagonal_dims(len(input_sizes), dim1, dim2)
    out = np.zeros_like(grad_output, shape=tuple(input_sizes))
    _la_writable_view(np.diagonal(out, offset, d1, d2))[...] = grad_output
    return out


def tril(x, diagonal=0):
    if np.ndim(x) < 2:
        raise RuntimeError("tril: input tensor must have at least 2 dimensions")
    return np.tril(x, diagonal)


def triu(x, diagonal=0):
    if np.ndim(x) < 2:
        raise RuntimeError("triu: input tensor must have at least 2 dimensions")
    return np.triu(x, diagonal)


def linalg_inv(A):
    A = _la_input(A, "linalg.inv")
    try:
        return np.linalg.inv(A)
    except np.linalg.LinAlgError:
        raise LinAlgError("linalg.inv: The diagonal element is zero, the inversion could not be completed "
                          "because the input matrix is singular.") from None


def linalg_det(A):
    A = _la_input(A, "linalg.det")
    return np.asarray(np.linalg.det(A), dtype=A.dtype)


def linalg_slogdet(A):
    A = _la_input(A, "linalg.slogdet")
    sign, logabsdet = np.linalg.slogdet(A)
    return np.asarray(sign, dtype=A.dtype), np.asarray(logabsdet, dtype=A.dtype)


def solve_is_vector_rhs(A_shape, B_shape) -> bool:
    """torch's rule for linalg.solve: B is a (batch of) vector(s) when 1-D, or when B.shape == A.shape[:-1]
    (the backward's helpers ask it too, with the saved shapes)."""
    return len(B_shape) == 1 or (len(B_shape) == len(A_shape) - 1 and tuple(B_shape) == tuple(A_shape[:-1]))


def linalg_solve(A, B, left=True):
    A = _la_input(A, "linalg.solve")
    B = np.asarray(B)
    _la_same_dtype(A, B, "linalg.solve: Expected A and B to have the same dtype, but found A of type {} and B of "
                      "type {} instead")
    vector = solve_is_vector_rhs(np.shape(A), np.shape(B))
    B_ = B[..., None] if vector else B
    n = A.shape[-1]
    if B_.ndim < 2:  # a 0-d B (1-d is always a vector right-hand side)
        raise RuntimeError("linalg.solve: The input tensor B must have at least 2 dimensions.")
    if (B_.shape[-2] if left else B_.shape[-1]) != n:
        raise RuntimeError(f"linalg.solve: Incompatible shapes of A and B for the equation "
                           f"{'AX = B' if left else 'XA = B'} ({n}x{n} and {B_.shape[-2]}x{B_.shape[-1]})")
    if vector and not left:
        raise RuntimeError("linalg.solve: Vector broadcasting of the left hand side is not supported for left=False. "
                           "In this case linalg.solve is equivalent to B / A.squeeze(-1)")
    try:
        if left:
            X = np.linalg.solve(A, B_)
        else:
            X = np.swapaxes(np.linalg.solve(np.swapaxes(A, -1, -2), np.swapaxes(B_, -1, -2)), -1, -2)
    except np.linalg.LinAlgError:
        raise LinAlgError("linalg.solve: The solver failed because the input matrix is singular.") from None
    return X[..., 0] if vector else X


def linalg_cholesky(A, upper=False):
    A = _la_input(A, "linalg.cholesky")
    # like LAPACK's potrf, read only one triangle: the lower one, or the upper one when upper=True
    if upper:
        A = np.swapaxes(A, -1, -2)
    try:
        L = np.linalg.cholesky(np.tril(A) + np.swapaxes(np.tril(A, -1), -1, -2))
    except np.linalg.LinAlgError:
        raise LinAlgError("linalg.cholesky: The factorization could not be completed because the input is not "
                          "positive-definite.") from None
    return np.swapaxes(L, -1, -2).copy() if upper else L


def linalg_eigh(A, UPLO="L"):
    if UPLO not in ("L", "U", "l", "u"):
        raise RuntimeError(f"Expected UPLO argument to be 'L' or 'U', but got {UPLO}")
    A = _la_input(A, "linalg.eigh")
    w, V = np.linalg.eigh(A, UPLO=UPLO.upper())
    return w.astype(A.dtype, copy=False), V


def linalg_svd(A, full_matrices=True):
    A = _la_input(A, "linalg.svd", square=False)
    U, S, Vh = np.linalg.svd(A, full_matrices=full_matrices)
    return U, S.astype(A.dtype, copy=False), Vh


def linalg_svdvals(A):
    A = _la_input(A, "linalg.svdvals", square=False)
    return np.linalg.svd(A, compute_uv=False).astype(A.dtype, copy=False)


def linalg_qr(A, mode="reduced"):
    if mode not in ("reduced", "complete", "r"):
        raise RuntimeError(f"qr received unrecognized mode '{mode}' but expected one of 'reduced' (default), "
                           "'r', or 'complete'")
    A = _la_input(A, "linalg.qr", square=False)
    if mode == "r":
        return np.zeros((0,), dtype=A.dtype), np.linalg.qr(A, mode="r")
    Q, R = np.linalg.qr(A, mode=mode)
    return Q, R


def linalg_pinv(A, atol=None, rtol=None, hermitian=False):
    """Pseudo-inverse with torch's cut-off: singular values <= max(atol, rtol * largest) are dropped;
    rtol defaults to eps * max(m, n) when atol is not given and to 0 when it is."""
    A = _la_input(A, "linalg.pinv", square=False)
    m, n = A.shape[-2:]
    if rtol is None:
        rtol = np.finfo(A.dtype).eps * max(m, n) if atol is None or atol <= 0 else 0.0
    atol = 0.0 if atol is None else atol
    if A.size == 0:
        return np.zeros_like(A, shape=A.shape[:-2] + (n, m))
    if hermitian:
        w, V = np.linalg.eigh(A)
        big = np.max(np.abs(w), axis=-1, keepdims=True)
        keep = np.abs(w) > np.maximum(atol, rtol * big)
        winv = np.where(keep, 1 / np.where(keep, w, 1), 0).astype(A.dtype)
        return np.matmul(V * winv[..., None, :], np.swapaxes(V, -1, -2))
    U, S, Vh = np.linalg.svd(A, full_matrices=False)
    big = S[..., :1]
    keep = S > np.maximum(atol, rtol * big)
    Sinv = np.where(keep, 1 / np.where(keep, S, 1), 0).astype(A.dtype)
    return np.matmul(np.swapaxes(Vh, -1, -2) * Sinv[..., None, :], np.swapaxes(U, -1, -2))


_LA_MATRIX_NORM_ORDS = ("fro", "nuc", 1, -1, 2, -2, float("inf"), float("-inf"))


def matrix_norm_dims(ord, dim, ndim):
    """linalg.matrix_norm's checks; the two dims as non-negative axes."""
    if isinstance(ord, str):
        if ord not in ("fro", "nuc"):
            raise RuntimeError(f"linalg.matrix_norm: Order {ord} not supported.")
    elif isinstance(ord, bool) or ord not in _LA_MATRIX_NORM_ORDS:
        raise RuntimeError(f"linalg.matrix_norm: Order {ord} not supported.")
    if ndim < 2:
        raise RuntimeError("linalg.matrix_norm: The input tensor A must have at least 2 dimensions.")
    dim = tuple(dim)
    if len(dim) != 2:
        raise RuntimeError(f"linalg.matrix_norm: dim must be a 2-tuple. Got {' '.join(map(str, dim))}")
    for d in dim:
        if not -ndim <= d < ndim:
            raise IndexError(f"Dimension out of range (expected to be in range of [{-ndim}, {ndim - 1}], but got {d})")
    d0, d1 = dim[0] % ndim, dim[1] % ndim
    if d0 == d1:
        raise RuntimeError(f"linalg.matrix_norm: dims must be different. Got ({dim[0]}, {dim[1]})")
    return d0, d1


def linalg_matrix_norm(A, ord="fro", dim=(-2, -1), keepdim=False, dtype=None):
    A = np.asarray(A)
    if A.dtype.kind not in "fc":
        raise RuntimeError(f"linalg.matrix_norm: Expected a floating point or complex tensor as input. "
                           f"Got {torch_name(A)}")
    if dtype is not None:
        A = A.astype(dtype, copy=False)
    d0, d1 = matrix_norm_dims(ord, dim, A.ndim)
    return np.asarray(np.linalg.norm(A, ord=ord, axis=(d0, d1), keepdims=keepdim), dtype=A.dtype)

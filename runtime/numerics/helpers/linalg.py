"""Derivatives of matrix products, einsum and torch.linalg (backward and forward-mode rules)."""
from __future__ import annotations

import numpy as _la_np
import numpy as _np

from yamlgrad.numerics.helpers.dims import inverse_permutation, keepdim_shape
from yamlgrad.numerics.helpers.reductions import extremum_backward
from yamlgrad.numerics.helpers.registry import plain_helper, tensor_helper
from yamlgrad.numerics.kernels import matrix_norm_dims
from yamlgrad.numerics.kernels.linalg import solve_is_vector_rhs


@tensor_helper
def matmul_backward_self(F, grad, self, other):
    """d(self @ other)/d self for every matmul form; batch dims are reduced by the engine."""
    if other.ndim == 1:
        if self.ndim == 1:
            return grad * other
        return F.unsqueeze(grad, -1) * other
    if self.ndim == 1:
        return F.squeeze(F.matmul(other, F.unsqueeze(grad, -1)), -1)
    return F.matmul(grad, F.transpose(other, -1, -2))


@tensor_helper
def matmul_backward_other(F, grad, self, other):
    if self.ndim == 1:
        if other.ndim == 1:
            return grad * self
        return F.unsqueeze(self, -1) * F.unsqueeze(grad, -2)
    if other.ndim == 1:
        return F.squeeze(F.matmul(F.transpose(self, -1, -2), F.unsqueeze(grad, -1)), -1)
    if other.ndim == 2 and _column_major(other):
        # `other` is a transposed matrix (the weight.T of linear): give its gradient the same layout,
        # so the gradient reaching the weight is row-major, as the weight is (torch does the same).
        return F.transpose(F.matmul(F.transpose(grad, -1, -2), self), -1, -2)
    return F.matmul(F.transpose(self, -1, -2), grad)


@tensor_helper
def mm_mat2_backward(F, grad, mat1, mat2, alpha):
    """d(mat1 @ mat2)/d mat2 = mat1^T @ grad, computed in mat2's layout: for a transposed mat2 (the
    weight.t() of linear) as (grad^T @ mat1)^T, so the weight's own gradient comes out row-major."""
    if _column_major(mat2):
        out = F.t(F.mm(F.t(grad), mat1))
    else:
        out = F.mm(F.t(mat1), grad)
    return out if alpha == 1 else out * alpha


def _column_major(x) -> bool:
    flags = getattr(x, "flags", None)  # arrays only: the recorded backward sees Tensors
    return flags is not None and flags.f_contiguous and not flags.c_contiguous


@plain_helper
def einsum_parts(equation, ndims):
    """(input subscripts, output subscripts) of an einsum equation, with `...` spelled out in letters the
    equation does not use (right-aligned, as NumPy broadcasts them) and the implicit output made explicit."""
    equation = equation.replace(" ", "")
    lhs, arrow, out = equation.partition("->")
    inputs = lhs.split(",")
    if not arrow:
        letters = "".join(inputs).replace(".", "")
        out = ("..." if "..." in lhs else "") + "".join(sorted(c for c in set(letters) if letters.count(c) == 1))
    if "..." not in equation and "..." not in out:
        return inputs, out
    spare = [c for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz" if c not in equation]
    widths = [n - (len(subs) - 3) if "..." in subs else 0 for subs, n in zip(inputs, ndims)]
    width = max(widths, default=0)
    ell = "".join(spare[:width])
    inputs = [subs.replace("...", ell[width - w:]) for subs, w in zip(inputs, widths)]
    return inputs, out.replace("...", ell)


@tensor_helper
def einsum_backward(F, grad, equation, tensors):
    """Each operand's gradient is an einsum of the output gradient with the other operands. A letter
    repeated in an operand (a diagonal, `ii->i`) gets its gradient on that diagonal through an identity
    matrix; letters only this operand sums away are broadcast back."""
    inputs, out = einsum_parts(equation, [t.ndim for t in tensors])
    spare = [c for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz" if c not in "".join(inputs) + out]
    grads = []
    for i, (subs, t) in enumerate(zip(inputs, tensors)):
        others = [s for j, s in enumerate(inputs) if j != i]
        operands = [grad, *[x for j, x in enumerate(tensors) if j != i]]
        available = set(out).union(*others)
        unique = "".join(dict.fromkeys(subs))
        kept = "".join(c for c in unique if c in available)
        g = F.einsum(",".join([out, *others]) + "->" + kept, operands)
        if len(kept) != len(unique):  # letters summed away only in this operand: broadcast back
            sizes = {c: t.shape[k] for k, c in enumerate(subs)}
            g = F.expand(F.reshape(g, tuple(g.shape[kept.index(c)] if c in kept else 1 for c in unique)),
                         tuple(g.shape[kept.index(c)] if c in kept else sizes[c] for c in unique))
        if len(unique) != len(subs):  # a repeated letter: put the gradient on the diagonal
            fresh, target, eyes = iter(spare), "", []
            seen = set()
            for k, c in enumerate(subs):
                if c in seen:
                    letter = next(fresh)
                    eyes.append((c + letter, _np.eye(t.shape[k], dtype=grad.dtype)))
                    target += letter
                else:
                    seen.add(c)
                    target += c
            g = F.einsum(",".join([unique] + [e for e, _ in eyes]) + "->" + target, [g] + [m for _, m in eyes])
        grads.append(g)
    return grads


@tensor_helper
def einsum_jvp(F, equation, tensors, tangents):
    """einsum is linear in each operand: its tangent sums one einsum per operand's tangent."""
    total = None
    for i in range(len(tensors)):
        term = F.einsum(equation, [tangents[i] if j == i else t for j, t in enumerate(tensors)])
        total = term if total is None else total + term
    return total


def _la_mT(F, x):
    return F.transpose(x, -1, -2)


def _la_diag_embed(F, v):
    """(..., n) -> (..., n, n) with v on the diagonal (torch.diag_embed), via diagonal's adjoint."""
    return F.diagonal_backward(v, tuple(v.shape) + (v.shape[-1],), 0, -2, -1)


def _la_eye_like(F, v):
    """The identity matrices (..., n, n) for a batch of vectors v of shape (..., n), in v's dtype."""
    return _la_diag_embed(F, F.zeros_like(v) + 1)


def _la_keepdim(F, x, shape, dims):
    """A reduction's output (or its gradient) with the reduced dims restored as size 1."""
    return F.reshape(x, keepdim_shape(shape, dims))


def _la_near_singular(det) -> bool:
    """torch's test in linalg_det_backward: |det| < 100 eps switches to the SVD (adjugate) formula."""
    d = _la_np.asarray(det.detach() if hasattr(det, "detach") else det)  # a decision, not differentiated
    return d.size > 0 and bool(_la_np.any(_la_np.abs(d) < 100 * _la_np.finfo(d.dtype).eps))


def _la_prod_others(F, S):
    """P_i = prod_{j != i} S_j without dividing (S may hold zeros): the determinants of diag(S) with
    the i-th entry replaced by 1."""
    rows = F.unsqueeze(S, -2) + F.unsqueeze(1 - S, -1) * _la_eye_like(F, S)
    return F.linalg_det(_la_diag_embed(F, rows))


@tensor_helper
def trace_backward(F, grad, shape):
    """grad on the main diagonal of a zero matrix of `shape`."""
    k = min(shape)
    return F.diagonal_backward(F.expand(grad, (k,)), shape, 0, 0, 1)


@tensor_helper
def diag_backward(F, grad, shape, diagonal):
    """torch.diag: a vector went onto a diagonal (read it back) or a diagonal was read (scatter)."""
    if len(shape) == 1:
        return F.diagonal(grad, diagonal, 0, 1)
    return F.diagonal_backward(grad, shape, diagonal, 0, 1)


@tensor_helper
def det_backward(F, grad, A, det):
    """grad * det * A^{-T} (the cofactor matrix); for (numerically) singular A the cofactors come
    from the SVD A = U S Vh: det(U) det(Vh) U diag(prod_{j != i} S_j) Vh, as in torch."""
    if not _la_near_singular(det):
        return F.unsqueeze(F.unsqueeze(grad * det, -1), -1) * _la_mT(F, F.linalg_inv(A))
    U, S, Vh = F.linalg_svd(A, full_matrices=False)
    alpha = F.linalg_det(U) * F.linalg_det(Vh) * grad
    return F.matmul(U * F.unsqueeze(F.unsqueeze(alpha, -1) * _la_prod_others(F, S), -2), Vh)


@tensor_helper
def slogdet_backward(F, grad_logabsdet, A):
    """d log|det A| = tr(A^{-1} dA): grad * A^{-T} (the sign is locally constant for real A)."""
    return F.unsqueeze(F.unsqueeze(grad_logabsdet, -1), -1) * _la_mT(F, F.linalg_inv(A))


@tensor_helper
def solve_backward(F, grad, A, B_shape, X, left):
    """X = A^{-1} B (left) or B A^{-1}: gB = A^{-T} grad (or grad A^{-T}), gA = -gB X^T (or -X^T gB)."""
    if solve_is_vector_rhs(A.shape, B_shape):
        gB = F.linalg_solve(_la_mT(F, A), grad)
        return -F.unsqueeze(gB, -1) * F.unsqueeze(X, -2), gB
    gB = F.linalg_solve(_la_mT(F, A), grad, left=left)
    gA = -F.matmul(gB, _la_mT(F, X)) if left else -F.matmul(_la_mT(F, X), gB)
    return gA, gB


@tensor_helper
def cholesky_backward(F, grad, L, upper):
    """A = L L^T: gA = L^{-T} Phi L^{-1}, Phi = sym(tril(L^T gL)) with the diagonal halved (Murray 2016).
    The result is symmetric, as torch's is."""
    if upper:
        L, grad = _la_mT(F, L), _la_mT(F, grad)
    phi = F.tril(F.matmul(_la_mT(F, L), grad))
    phi = 0.5 * (phi + _la_mT(F, F.tril(phi, -1)))
    return F.linalg_solve(L, F.linalg_solve(_la_mT(F, L), phi), left=False)


@tensor_helper
def eigh_backward(F, grad_L, grad_V, L, V):
    """A = V diag(L) V^T: gA = V (diag(gL) + skew(V^T gV) / 2E) V^T, E_ij = L_j - L_i (1 on the
    diagonal). Defined for distinct eigenvalues and losses invariant to the eigenvectors' signs."""
    VhgV = F.matmul(_la_mT(F, V), grad_V)
    VhgV = 0.5 * (VhgV - _la_mT(F, VhgV))
    E = F.unsqueeze(L, -2) - F.unsqueeze(L, -1) + _la_eye_like(F, L)
    inner = VhgV / E + _la_diag_embed(F, grad_L)
    return F.matmul(V, F.matmul(inner, _la_mT(F, V)))


@tensor_helper
def svd_backward(F, grad_U, grad_S, grad_Vh, U, S, Vh, full_matrices):
    """A = U diag(S) Vh (real): gA = U [(skew(U^T gU) S + S skew(V^T gV)) / E + diag(gS)] Vh with
    E_jk = S_k^2 - S_j^2 (1 on the diagonal), plus (I - U U^T) gU S^{-1} Vh when m > n or
    U S^{-1} gVh (I - V V^T) when m < n. With full_matrices the columns past k = min(m, n) are not
    unique and get no gradient (torch narrows them away too)."""
    k = S.shape[-1]
    if full_matrices:
        U = F.getitem(U, (Ellipsis, slice(None), slice(0, k)))
        grad_U = F.getitem(grad_U, (Ellipsis, slice(None), slice(0, k)))
        Vh = F.getitem(Vh, (Ellipsis, slice(0, k), slice(None)))
        grad_Vh = F.getitem(grad_Vh, (Ellipsis, slice(0, k), slice(None)))
    m, n = U.shape[-2], Vh.shape[-1]
    UhgU = F.matmul(_la_mT(F, U), grad_U)
    UhgU = UhgU - _la_mT(F, UhgU)
    VhgV = F.matmul(Vh, _la_mT(F, grad_Vh))
    VhgV = VhgV - _la_mT(F, VhgV)
    S2 = S * S
    E = F.unsqueeze(S2, -2) - F.unsqueeze(S2, -1) + _la_eye_like(F, S)
    inner = (UhgU * F.unsqueeze(S, -2) + F.unsqueeze(S, -1) * VhgV) / E + _la_diag_embed(F, grad_S)
    if m > n:
        gUSinv = grad_U / F.unsqueeze(S, -2)
        gA = F.matmul(U, inner) + gUSinv - F.matmul(U, F.matmul(_la_mT(F, U), gUSinv))
        return F.matmul(gA, Vh)
    if m < n:
        SinvgVh = grad_Vh / F.unsqueeze(S, -1)
        gA = F.matmul(inner, Vh) + SinvgVh - F.matmul(F.matmul(SinvgVh, _la_mT(F, Vh)), Vh)
        return F.matmul(U, gA)
    return F.matmul(U, F.matmul(inner, Vh))


@tensor_helper
def svdvals_backward(F, grad, A):
    """d S = diag(U^T dA V): gA = U diag(gS) Vh, from a reduced SVD recomputed here."""
    U, S, Vh = F.linalg_svd(A, full_matrices=False)
    return F.matmul(U, F.unsqueeze(grad, -1) * Vh)


@tensor_helper
def qr_backward(F, grad_Q, grad_R, Q, R, mode):
    """A = QR (real), with X = gR R^T - Q^T gQ. m >= n: gA = [gQ + Q (triu(X) + triu(X)^T - diag(X))] R^{-T}.
    m < n: the leading m x m block carries Q's gradient, gA = [Q tril(X^T - X) R1^{-T}, 0] + Q gR."""
    if mode == "r":
        raise RuntimeError("The derivative of linalg.qr depends on Q, which is not computed when mode='r'. "
                           "Please use linalg.qr(A, mode='reduced') if you are going to differentiate through "
                           "linalg.qr.")
    m, n = Q.shape[-2], R.shape[-1]
    if mode == "complete" and m > n:
        raise RuntimeError("The QR decomposition is not differentiable when mode='complete' and nrows > ncols.")
    X = F.matmul(grad_R, _la_mT(F, R)) - F.matmul(_la_mT(F, Q), grad_Q)
    if m >= n:
        Xu = F.triu(X)
        sym = Xu + _la_mT(F, Xu) - _la_diag_embed(F, F.diagonal(Xu, 0, -2, -1))
        gA = F.matmul(Q, sym) + grad_Q
        return F.linalg_solve(_la_mT(F, R), gA, left=False)
    R1 = F.getitem(R, (Ellipsis, slice(None), slice(0, m)))
    gA = F.matmul(Q, F.tril(_la_mT(F, X) - X))
    gA = F.linalg_solve(_la_mT(F, R1), gA, left=False)
    gA = F.index_backward(gA, tuple(R.shape[:-2]) + (m, n), (Ellipsis, slice(None), slice(0, m)))
    return gA + F.matmul(Q, grad_R)


@tensor_helper
def pinv_backward(F, grad, pinvA, A):
    """The derivative of the Moore-Penrose inverse on matrices of constant rank (torch's pinv_backward)."""
    m, n = A.shape[-2], A.shape[-1]
    pinvAh = _la_mT(F, pinvA)
    gradh = _la_mT(F, grad)
    if m <= n:
        K = F.matmul(gradh, pinvA)
        KpinvAh = F.matmul(K, pinvAh)
        return (-_la_mT(F, F.matmul(pinvA, K)) + KpinvAh - F.matmul(F.matmul(A, pinvA), KpinvAh)
                + F.matmul(F.matmul(pinvAh, pinvA), gradh - F.matmul(K, A)))
    K = F.matmul(pinvA, gradh)
    pinvAhK = F.matmul(pinvAh, K)
    return (-_la_mT(F, F.matmul(K, pinvA)) + F.matmul(F.matmul(gradh - F.matmul(A, K), pinvA), pinvAh)
            + pinvAhK - F.matmul(F.matmul(pinvAhK, pinvA), A))


@tensor_helper
def matrix_norm_backward(F, grad, A, result, ord, dim, keepdim):
    """torch composes matrix_norm from vector_norm ('fro'), abs/sum/amax ('1', 'inf', ...) and
    svdvals ('2', '-2', 'nuc'); these are the gradients of those compositions. Ties of the max/min
    split the gradient evenly (amax's rule); |x|' = sign(x), 0 at 0; a zero matrix has 'fro'
    gradient 0."""
    d0, d1 = matrix_norm_dims(ord, dim, A.ndim)
    shape = A.shape
    if not keepdim:
        grad = _la_keepdim(F, grad, shape, (d0, d1))
        result = _la_keepdim(F, result, shape, (d0, d1))
    if ord == "fro":
        return grad * A / F.where(result == 0, 1.0, result)
    if ord in ("nuc", 2, -2):
        perm = tuple(d for d in range(len(shape)) if d not in (d0, d1)) + (d0, d1)
        U, S, Vh = F.linalg_svd(F.permute(A, perm), full_matrices=False)
        g = F.squeeze(F.permute(grad, perm), (-1,))
        if ord == "nuc":
            gS = F.expand(g, S.shape)
        else:
            ext = F.amax(S, (-1,), keepdim=True) if ord == 2 else F.amin(S, (-1,), keepdim=True)
            gS = extremum_backward(F, g, S, ext, (-1,), True)
        return F.permute(F.matmul(U, F.unsqueeze(gS, -1) * Vh), inverse_permutation(perm))
    # ord = +-1: column sums (over d0), max/min over d1; ord = +-inf: row sums (over d1), over d0
    sum_dim, ext_dim = (d0, d1) if ord in (1, -1) else (d1, d0)
    sums = F.sum(F.abs(A), (sum_dim,), keepdim=True)
    ext = F.amax(sums, (ext_dim,), keepdim=True) if ord > 0 else F.amin(sums, (ext_dim,), keepdim=True)
    return extremum_backward(F, grad, sums, ext, (ext_dim,), True) * F.sign(A)


@tensor_helper
def det_jvp(F, A_p, A_t, det):
    """d det = <cofactors, dA>; the cofactors come from det_backward, so singular A works too."""
    return F.sum(det_backward(F, F.zeros_like(det) + 1, A_p, det) * A_t, (-2, -1))


@tensor_helper
def slogdet_jvp(F, A_p, A_t):
    """d log|det A| = tr(A^{-1} dA)."""
    return F.sum(F.diagonal(F.linalg_solve(A_p, A_t), 0, -2, -1), (-1,))


@tensor_helper
def solve_jvp(F, A_p, A_t, B_p, B_t, X, left):
    """dX = A^{-1} (dB - dA X) (left) or (dB - X dA) A^{-1}."""
    if solve_is_vector_rhs(A_p.shape, B_p.shape):
        return F.linalg_solve(A_p, B_t - F.squeeze(F.matmul(A_t, F.unsqueeze(X, -1)), (-1,)))
    if left:
        return F.linalg_solve(A_p, B_t - F.matmul(A_t, X))
    return F.linalg_solve(A_p, B_t - F.matmul(X, A_t), left=False)


@tensor_helper
def cholesky_jvp(F, A_t, L, upper):
    """dL = L Phi(L^{-1} dA L^{-T}), Phi = lower triangle with the diagonal halved (dA symmetric)."""
    if upper:
        L = _la_mT(F, L)
    X = F.linalg_solve(_la_mT(F, L), F.linalg_solve(L, A_t), left=False)
    dL = F.matmul(L, F.tril(X) - 0.5 * _la_diag_embed(F, F.diagonal(X, 0, -2, -1)))
    return _la_mT(F, dL) if upper else dL


@tensor_helper
def eigh_jvp(F, A_t, L, V):
    """dP = V^T dA V: dL = diag(dP), dV = V (dP / E) with E_ij = L_j - L_i and a zero diagonal
    (dA symmetric). Returns (dL, dV)."""
    dP = F.matmul(_la_mT(F, V), F.matmul(A_t, V))
    eye = _la_eye_like(F, L)
    E = F.unsqueeze(L, -2) - F.unsqueeze(L, -1) + eye
    return F.diagonal(dP, 0, -2, -1), F.matmul(V, dP / E * (1 - eye))


@tensor_helper
def svd_jvp(F, A_t, U, S, Vh, full_matrices):
    """torch's linalg_svd_jvp (real): dP = U^T dA V, dS = diag(dP), dU = U sym(dX S) / E (+ the
    complement (I - U U^T) dA V S^{-1} when m > n), dVh = -sym(S dX) / E Vh (+ S^{-1} U^T dA (I - V V^T)
    when m < n), with dX = dP - diag(dS), sym(X) = X + X^T, E_jk = S_k^2 - S_j^2 (1 on the diagonal).
    With full_matrices the extra columns of U / rows of Vh get zero tangents. Returns (dU, dS, dVh)."""
    k = S.shape[-1]
    m, n = A_t.shape[-2], A_t.shape[-1]
    Uk = F.getitem(U, (Ellipsis, slice(None), slice(0, k))) if full_matrices else U
    Vhk = F.getitem(Vh, (Ellipsis, slice(0, k), slice(None))) if full_matrices else Vh
    V = _la_mT(F, Vhk)
    dP = F.matmul(F.matmul(_la_mT(F, Uk), A_t), V)
    dS = F.diagonal(dP, 0, -2, -1)
    dX = dP - _la_diag_embed(F, dS)
    S2 = S * S
    E = F.unsqueeze(S2, -2) - F.unsqueeze(S2, -1) + _la_eye_like(F, S)
    Y = dX * F.unsqueeze(S, -2)
    dU = F.matmul(Uk, (Y + _la_mT(F, Y)) / E)
    Z = dX * F.unsqueeze(-S, -1)
    dVh = F.matmul((Z + _la_mT(F, Z)) / E, Vhk)
    if m > n:
        dAVSinv = F.matmul(A_t, V / F.unsqueeze(S, -2))
        dU = dU + dAVSinv - F.matmul(Uk, F.matmul(_la_mT(F, Uk), dAVSinv))
        if full_matrices:
            dU = F.index_backward(dU, tuple(U.shape), (Ellipsis, slice(None), slice(0, k)))
    if m < n:
        UhdASinv = F.matmul(_la_mT(F, Uk) / F.unsqueeze(S, -1), A_t)
        dVh = dVh + UhdASinv - F.matmul(F.matmul(UhdASinv, V), Vhk)
        if full_matrices:
            dVh = F.index_backward(dVh, tuple(Vh.shape), (Ellipsis, slice(0, k), slice(None)))
    return dU, dS, dVh


@tensor_helper
def svdvals_jvp(F, A_p, A_t):
    """dS = diag(U^T dA V) from a reduced SVD recomputed here."""
    U, S, Vh = F.linalg_svd(A_p, full_matrices=False)
    return F.diagonal(F.matmul(F.matmul(_la_mT(F, U), A_t), _la_mT(F, Vh)), 0, -2, -1)


@tensor_helper
def qr_jvp(F, A_t, Q, R, mode):
    """torch's linalg_qr_jvp (real). m >= n: with C = Q^T dA R^{-1}, dR = (triu(C + C^T) with the
    diagonal halved) R and dQ = dA R^{-1} - Q dR R^{-1}. m < n: with C = Q^T dA_1 R_1^{-1},
    dQ = Q (tril(C, -1) - tril(C, -1)^T), dR = Q^T dA - Q^T dQ R. Returns (dQ, dR)."""
    if mode == "r":
        raise RuntimeError("The derivative of linalg.qr depends on Q, which is not computed when mode='r'. "
                           "Please use linalg.qr(A, mode='reduced') if you are going to differentiate through "
                           "linalg.qr.")
    m, n = A_t.shape[-2], A_t.shape[-1]
    if mode == "complete" and m > n:
        raise RuntimeError("The QR decomposition is not differentiable when mode='complete' and nrows > ncols.")
    if m >= n:
        dARinv = F.linalg_solve(R, A_t, left=False)
        C = F.matmul(_la_mT(F, Q), dARinv)
        C = F.triu(C + _la_mT(F, C))
        dR = C - 0.5 * _la_diag_embed(F, F.diagonal(C, 0, -2, -1))
        return dARinv - F.matmul(Q, dR), F.matmul(dR, R)
    QhdA = F.matmul(_la_mT(F, Q), A_t)
    C = F.tril(F.linalg_solve(F.getitem(R, (Ellipsis, slice(None), slice(0, m))),
                              F.getitem(QhdA, (Ellipsis, slice(None), slice(0, m))), left=False), -1)
    dQ = C - _la_mT(F, C)
    return F.matmul(Q, dQ), QhdA - F.matmul(dQ, R)


@tensor_helper
def pinv_jvp(F, A_p, A_t, pinvA):
    """torch's pinv_jvp: the derivative of the Moore-Penrose inverse on matrices of constant rank."""
    m, n = A_p.shape[-2], A_p.shape[-1]
    dAh = _la_mT(F, A_t)
    pinvAh = _la_mT(F, pinvA)
    if m <= n:
        K = F.matmul(pinvAh, dAh)
        return (F.matmul(pinvA, K - _la_mT(F, K) - F.matmul(K, F.matmul(A_p, pinvA)))
                + F.matmul(dAh - F.matmul(pinvA, F.matmul(A_p, dAh)), F.matmul(pinvAh, pinvA)))
    K = F.matmul(pinvA, A_t)
    Kh = _la_mT(F, K)
    return (F.matmul(Kh - K - F.matmul(F.matmul(pinvA, A_p), Kh), pinvA)
            + F.matmul(F.matmul(pinvA, pinvAh), dAh - F.matmul(F.matmul(dAh, A_p), pinvA)))


@tensor_helper
def matrix_norm_jvp(F, A_p, A_t, result, ord, dim, keepdim):
    """The JVP of the same compositions as matrix_norm_backward (ties of the max/min averaged)."""
    d0, d1 = matrix_norm_dims(ord, dim, A_p.ndim)
    shape = A_p.shape
    if ord == "fro":
        res = result if keepdim else _la_keepdim(F, result, shape, (d0, d1))
        out = F.sum(A_p * A_t, (d0, d1), keepdim=True) / F.where(res == 0, 1.0, res)
    elif ord in ("nuc", 2, -2):
        perm = tuple(d for d in range(len(shape)) if d not in (d0, d1)) + (d0, d1)
        dS = svdvals_jvp(F, F.permute(A_p, perm), F.permute(A_t, perm))
        if ord == "nuc":
            dn = F.sum(dS, (-1,), keepdim=True)
        else:
            S = F.linalg_svdvals(F.permute(A_p, perm))
            ext = F.amax(S, (-1,), keepdim=True) if ord == 2 else F.amin(S, (-1,), keepdim=True)
            mask = S == ext
            dn = F.sum(dS * mask, (-1,), keepdim=True) / F.sum(mask, (-1,), keepdim=True)
        out = F.permute(F.unsqueeze(dn, -1), inverse_permutation(perm))
    else:
        sum_dim, ext_dim = (d0, d1) if ord in (1, -1) else (d1, d0)
        sums = F.sum(F.abs(A_p), (sum_dim,), keepdim=True)
        dsums = F.sum(F.sign(A_p) * A_t, (sum_dim,), keepdim=True)
        ext = F.amax(sums, (ext_dim,), keepdim=True) if ord > 0 else F.amin(sums, (ext_dim,), keepdim=True)
        mask = sums == ext
        out = F.sum(dsums * mask, (ext_dim,), keepdim=True) / F.sum(mask, (ext_dim,), keepdim=True)
    return out if keepdim else F.reshape(out, tuple(s for i, s in enumerate(out.shape) if i not in (d0, d1)))

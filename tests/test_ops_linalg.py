"""The linalg group: forward values, torch's conventions, and gradients the registry samples cannot check.

Registry samples perturb one entry at a time, so they only reach what plain finite differences can
verify. Here, with gradcheck/gradgradcheck on compositions:
* cholesky and eigh read one triangle and return torch's symmetric gradient: checked through
  symmetric (positive-definite) parametrizations of n x n inputs;
* eigenvectors and singular vectors are fixed only up to sign: checked through sign-invariant
  functions (V**2, V diag(w) V^T, U diag(w) Vh);
* what codegen cannot express as a sample (ord=inf in matrix_norm), singular det, and errors.
"""
import numpy as np
import pytest

import yamlgrad as yg
import yamlgrad.linalg as LA
from yamlgrad.autograd import gradcheck, gradgradcheck
from yamlgrad.autogen import ops


def _t(x, requires_grad=False):
    return yg.tensor(np.asarray(x, dtype=np.float64), requires_grad=requires_grad)


def _rand(*shape, seed=0, low=-2.0, high=2.0, requires_grad=True):
    rng = np.random.default_rng(seed)
    return _t(rng.uniform(low, high, shape), requires_grad)


def _spd(X):
    """X X^T + n I: symmetric positive-definite, and smooth in every entry of X."""
    n = X.shape[-1]
    return X @ X.transpose(-1, -2) + _t(n * np.eye(n))


def _sym(X):
    return X + X.transpose(-1, -2)


def _check(fn, *inputs, second=True, **tol):
    assert gradcheck(fn, inputs, **tol)
    if second:
        assert gradgradcheck(fn, inputs, **tol)


# ---- the yamlgrad.linalg module --------------------------------------------------------------------
def test_linalg_module_names_are_the_registry_ops():
    from yamlgrad.autogen import ops
    for name in ("inv", "det", "slogdet", "solve", "cholesky", "eigh", "svd", "svdvals", "qr", "pinv", "matrix_norm"):
        function = getattr(LA, name)  # the ones torch also calls with input= wrap the op for that keyword
        assert getattr(function, "__wrapped__", function) is getattr(ops, "linalg_" + name)
    assert issubclass(LA.LinAlgError, RuntimeError)
    assert hasattr(LA, "vector_norm") == hasattr(ops, "linalg_vector_norm")


def test_linalg_ops_are_not_top_level_names_but_det_and_products_are_functions_and_methods():
    for name in ("linalg_inv", "linalg_svd", "linalg_qr"):
        assert not hasattr(yg, name)
    x = _rand(3, 3, requires_grad=False)
    for name in ("mm", "mv", "bmm", "outer", "trace", "diag", "diagonal", "tril", "triu", "det"):
        assert callable(getattr(yg, name)) and callable(getattr(x, name))
    assert callable(x.tril_) and callable(x.triu_)


# ---- products, trace, diag, diagonal, tril/triu ---------------------------------------------------
def test_products_match_numpy_and_keep_integer_dtypes():
    a, b = np.arange(6.0).reshape(2, 3), np.arange(12.0).reshape(3, 4)
    np.testing.assert_allclose(yg.mm(_t(a), _t(b)).detach().numpy(), a @ b)
    np.testing.assert_allclose(_t(a).mv(_t(b[:, 0])).detach().numpy(), a @ b[:, 0])
    np.testing.assert_allclose(yg.bmm(_t(a[None]), _t(b[None])).detach().numpy(), (a @ b)[None])
    np.testing.assert_allclose(yg.outer(_t(a[0]), _t(b[0])).detach().numpy(), np.outer(a[0], b[0]))
    ia = yg.tensor(np.arange(6).reshape(2, 3))
    assert yg.mm(ia, ia.t()).dtype == yg.int64
    assert yg.outer(yg.tensor([1, 2]), yg.tensor([1.0, 2.0])).dtype == yg.float32  # promotes like mul


def test_product_errors_follow_torch():
    with pytest.raises(RuntimeError, match="expected m1 and m2 to have the same dtype, but got: double != float"):
        yg.mm(_t(np.eye(2)), yg.eye(2))
    with pytest.raises(RuntimeError, match=r"mat1 and mat2 shapes cannot be multiplied \(2x3 and 2x3\)"):
        yg.mm(_t(np.ones((2, 3))), _t(np.ones((2, 3))))
    with pytest.raises(RuntimeError, match="self must be a matrix"):
        yg.mm(_t(np.ones((2, 2, 2))), _t(np.ones((2, 2))))
    with pytest.raises(RuntimeError, match="batch1 must be a 3D tensor"):
        yg.bmm(_t(np.ones((2, 2))), _t(np.ones((2, 2, 2))))
    with pytest.raises(RuntimeError, match="outer: Expected 1-D argument self, but got 0-D"):
        yg.outer(_t(1.0), _t([1.0, 2.0]))


def test_outer_gradients_with_mixed_float_dtypes():
    a = yg.tensor([1.0, 2.0, 3.0], dtype=yg.float32, requires_grad=True)
    b = _t([0.5, -1.0], requires_grad=True)
    yg.outer(a, b).sum().backward()
    assert a.grad.dtype == yg.float32 and b.grad.dtype == yg.float64
    np.testing.assert_allclose(a.grad.numpy(), [-0.5, -0.5, -0.5])
    np.testing.assert_allclose(b.grad.numpy(), [6.0, 6.0])


def test_trace_diag_diagonal_values_and_dtypes():
    a = np.arange(12.0).reshape(3, 4)
    assert yg.trace(_t(a)).item() == np.trace(a)
    assert yg.trace(yg.tensor(np.ones((2, 2), np.int32))).dtype == yg.int64
    with pytest.raises(RuntimeError, match="trace: expected a matrix"):
        yg.trace(_t(np.ones((2, 2, 2))))
    np.testing.assert_array_equal(yg.diag(_t([1.0, 2.0]), 1).detach().numpy(), np.diag([1.0, 2.0], 1))
    np.testing.assert_array_equal(yg.diag(_t([1.0, 2.0]), -2).detach().numpy(), np.diag([1.0, 2.0], -2))
    np.testing.assert_array_equal(yg.diag(_t(a), 1).detach().numpy(), np.diag(a, 1))
    assert yg.diag(_t(a), 9).shape == (0,)
    with pytest.raises(RuntimeError, match="Supports 1D or 2D tensors. Got 0D"):
        yg.diag(_t(1.0))
    b = np.arange(24.0).reshape(2, 3, 4)
    np.testing.assert_array_equal(_t(b).diagonal(1, 2, 0).detach().numpy(), np.diagonal(b, 1, 2, 0))
    np.testing.assert_array_equal(yg.diagonal(_t(b), -1, -2, -1).detach().numpy(), np.diagonal(b, -1, -2, -1))
    with pytest.raises(RuntimeError, match="diagonal dimensions cannot be identical 1, 1"):
        yg.diagonal(_t(a), 0, 1, 1)


def test_diagonal_is_a_writable_view_like_torch():
    x = yg.zeros(3, 3)
    d = x.diagonal()
    d.fill_(2.0)
    np.testing.assert_array_equal(x.detach().numpy(), 2 * np.eye(3))
    x.add_(1.0)
    np.testing.assert_array_equal(d.detach().numpy(), [3.0, 3.0, 3.0])


def test_tril_triu_values_and_inplace_gradients():
    a = np.arange(1.0, 13.0).reshape(3, 4)
    np.testing.assert_array_equal(yg.tril(_t(a), 1).detach().numpy(), np.tril(a, 1))
    np.testing.assert_array_equal(_t(a).triu(-1).detach().numpy(), np.triu(a, -1))
    x = _rand(3, 3)
    y = x * 2
    y.tril_()
    y.sum().backward()
    np.testing.assert_array_equal(x.grad.numpy(), 2 * np.tril(np.ones((3, 3))))
    with pytest.raises(RuntimeError, match="tril: input tensor must have at least 2 dimensions"):
        yg.tril(_t([1.0, 2.0]))


def test_diag_and_diagonal_second_order_on_non_square_batches():
    x = _rand(2, 3, 4, seed=1)
    _check(lambda t: (t.diagonal(1, -1, 0) ** 2), x)
    _check(lambda t: yg.diag(t, -1) ** 3, _rand(4, 3, seed=2))
    _check(lambda t: yg.diag(t, 2) ** 2, _rand(3, seed=3))
    _check(lambda t: yg.trace(t * t), _rand(2, 4, seed=4))


# ---- inv, det, slogdet, solve ---------------------------------------------------------------------------
def test_inv_det_slogdet_values_batched_and_float32():
    A = np.random.default_rng(5).uniform(-2, 2, (2, 3, 3))
    np.testing.assert_allclose(LA.inv(_t(A)).detach().numpy(), np.linalg.inv(A), rtol=1e-12)
    np.testing.assert_allclose(LA.det(_t(A)).detach().numpy(), np.linalg.det(A), rtol=1e-12)
    sign, logabs = LA.slogdet(_t(A))
    np.testing.assert_allclose((sign * logabs.exp()).detach().numpy(), np.linalg.det(A), rtol=1e-12)
    assert sign.grad_fn is None and LA.slogdet(_t(A, True)).logabsdet.requires_grad
    A32 = yg.tensor(A, dtype=yg.float32)
    assert LA.inv(A32).dtype == LA.det(A32).dtype == yg.det(A32).dtype == yg.float32
    assert LA.det(_t(np.zeros((0, 0)))).item() == 1.0


def test_singular_and_integer_inputs_raise_like_torch():
    with pytest.raises(LA.LinAlgError, match="singular"):
        LA.inv(_t(np.zeros((3, 3))))
    with pytest.raises(LA.LinAlgError, match="singular"):
        LA.solve(_t(np.zeros((3, 3))), _t(np.ones(3)))
    with pytest.raises(RuntimeError, match="Expected a floating point or complex tensor as input. Got Long"):
        LA.inv(yg.tensor(np.eye(3, dtype=np.int64)))
    with pytest.raises(RuntimeError, match="A must be batches of square matrices, but they are 2 by 3 matrices"):
        LA.det(_t(np.ones((2, 3))))
    sign, logabs = LA.slogdet(_t(np.zeros((2, 2))))
    assert sign.item() == 0.0 and logabs.item() == -np.inf


def test_det_gradient_at_singular_matrices_is_the_cofactor_matrix():
    # torch's create_graph path (SVD adjugate); also the value its first-order path approximates
    A = _t([[1.0, 2.0], [2.0, 4.0]], True)
    LA.det(A).backward()
    np.testing.assert_allclose(A.grad.numpy(), [[4.0, -2.0], [-2.0, 1.0]], atol=1e-12)
    B = _t([[1.0, 2.0, 3.0], [2.0, 4.0, 6.0], [1.0, 1.0, 1.0]], True)  # rank 2
    yg.det(B).backward()
    np.testing.assert_allclose(B.grad.numpy(), [[-2.0, 4.0, -2.0], [1.0, -2.0, 1.0], [0.0, 0.0, 0.0]], atol=1e-12)
    C = _t(np.zeros((2, 3, 3)), True)  # rank 0: every cofactor vanishes
    LA.det(C).sum().backward()
    np.testing.assert_allclose(C.grad.numpy(), 0.0, atol=1e-12)
    D = _t(np.stack([np.eye(2), np.ones((2, 2))]), True)  # a batch mixing regular and singular
    LA.det(D).sum().backward()
    np.testing.assert_allclose(D.grad.numpy(), [np.eye(2), [[1.0, -1.0], [-1.0, 1.0]]], atol=1e-12)


def test_det_slogdet_inv_second_order_batched():
    X = _rand(2, 3, 3, seed=6)
    _check(LA.det, X)
    _check(lambda a: LA.slogdet(a).logabsdet, X)
    _check(lambda a: LA.inv(a) * 0.5, X)


@pytest.mark.parametrize("shapes,left", [
    (((3, 3), (3,)), True), (((2, 3, 3), (2, 3)), True), (((2, 3, 3), (3, 2)), True),
    (((3, 3), (2, 3, 2)), True), (((3, 3), (2, 3)), False), (((2, 1, 3, 3), (4, 2, 3)), False),
])
def test_solve_values_and_gradients_with_broadcasting(shapes, left):
    (sa, sb) = shapes
    A = _rand(*sa, seed=7) + _t(3 * np.eye(3))  # well-conditioned, but not a leaf: use leaves below
    A = _t(A.detach().numpy(), True)
    B = _rand(*sb, seed=8)
    X = LA.solve(A, B, left=left)
    a, b = A.detach().numpy(), B.detach().numpy()
    if left:
        expect = np.linalg.solve(a, b[..., None])[..., 0] if b.ndim == 1 or b.shape == a.shape[:-1] else \
            np.linalg.solve(a, b)
    else:
        expect = np.swapaxes(np.linalg.solve(np.swapaxes(a, -1, -2), np.swapaxes(b, -1, -2)), -1, -2)
    np.testing.assert_allclose(X.detach().numpy(), expect, rtol=1e-10)
    _check(lambda p, q: LA.solve(p, q, left=left), A, B)


def test_solve_shape_errors_follow_torch():
    with pytest.raises(RuntimeError, match=r"Incompatible shapes of A and B for the equation AX = B \(3x3 and 2x3\)"):
        LA.solve(_t(np.eye(3)), _t(np.ones((2, 3))))
    with pytest.raises(RuntimeError, match="Vector broadcasting of the left hand side is not supported for left=False"):
        LA.solve(_t(np.eye(1)), _t(np.ones(1)), left=False)
    with pytest.raises(RuntimeError, match="Expected A and B to have the same dtype"):
        LA.solve(_t(np.eye(2)), yg.ones(2))


# ---- cholesky --------------------------------------------------------------------------------------------
@pytest.mark.parametrize("upper", [False, True])
def test_cholesky_values_and_gradients_through_spd_inputs(upper):
    X = _rand(2, 3, 3, seed=9)
    L = LA.cholesky(_spd(X), upper=upper)
    A = _spd(X).detach().numpy()
    expect = np.linalg.cholesky(A)
    np.testing.assert_allclose(L.detach().numpy(), np.swapaxes(expect, -1, -2) if upper else expect, rtol=1e-12)
    _check(lambda x: LA.cholesky(_spd(x), upper=upper), X)


def test_cholesky_reads_one_triangle_and_returns_a_symmetric_gradient():
    X = _rand(3, 3, seed=10, requires_grad=False)
    A = _spd(X).detach().numpy()
    lower_only = A.copy()
    lower_only[0, 2] += 5.0  # the upper triangle is ignored by upper=False ...
    np.testing.assert_allclose(LA.cholesky(_t(lower_only)).detach().numpy(), np.linalg.cholesky(A), rtol=1e-12)
    upper_only = A.copy()
    upper_only[2, 0] += 5.0  # ... and the lower one by upper=True
    np.testing.assert_allclose(LA.cholesky(_t(upper_only), upper=True).detach().numpy(), np.linalg.cholesky(A).T, rtol=1e-12)
    Ag = _t(A, True)
    (LA.cholesky(Ag) * _rand(3, 3, seed=11, requires_grad=False)).sum().backward()
    np.testing.assert_allclose(Ag.grad.numpy(), Ag.grad.numpy().T, atol=1e-12)
    with pytest.raises(LA.LinAlgError, match="not positive-definite"):
        LA.cholesky(_t(-np.eye(2)))


# ---- eigh: only sign-invariant functions of the eigenvectors ------------------------------------------
@pytest.mark.parametrize("UPLO", ["L", "U"])
def test_eigh_values_and_sign_invariant_gradients(UPLO):
    X = _rand(2, 4, 4, seed=12)
    A = _sym(X).detach().numpy()
    w, V = LA.eigh(_t(A), UPLO=UPLO)
    np.testing.assert_allclose(w.detach().numpy(), np.linalg.eigvalsh(A), rtol=1e-12)
    np.testing.assert_allclose((V * w.unsqueeze(-2)) @ V.transpose(-1, -2), A, atol=1e-12)
    weights = _t([0.3, -1.0, 2.0, 0.5])
    _check(lambda x: LA.eigh(_sym(x), UPLO=UPLO).eigenvalues, X)
    _check(lambda x: LA.eigh(_sym(x), UPLO=UPLO).eigenvectors ** 2, X)

    def projector(x):  # V diag(weights) V^T does not see the eigenvectors' signs
        e = LA.eigh(_sym(x), UPLO=UPLO)
        return (e.eigenvectors * weights) @ e.eigenvectors.transpose(-1, -2) + e.eigenvalues.sum()
    _check(projector, X)


def test_eigh_reads_one_triangle_and_returns_a_symmetric_gradient():
    A = _sym(_rand(3, 3, seed=13, requires_grad=False)).detach().numpy()
    skewed = A.copy()
    skewed[0, 2] += 7.0
    np.testing.assert_allclose(LA.eigh(_t(skewed)).eigenvalues.detach().numpy(), np.linalg.eigvalsh(A), rtol=1e-12)
    Ag = _t(skewed, True)
    w, V = LA.eigh(Ag, "U")
    (w * _t([1.0, 2.0, 3.0])).sum().add((V ** 2).sum(0).mul(_t([0.1, 0.2, 0.3])).sum()).backward()
    np.testing.assert_allclose(Ag.grad.numpy(), Ag.grad.numpy().T, atol=1e-12)
    with pytest.raises(RuntimeError, match="Expected UPLO argument to be 'L' or 'U', but got X"):
        LA.eigh(_t(A), "X")


# ---- svd and svdvals ----------------------------------------------------------------------------------------
@pytest.mark.parametrize("shape", [(4, 4), (5, 3), (3, 5), (2, 4, 3)])
def test_svd_values_and_sign_invariant_gradients(shape):
    X = _rand(*shape, seed=14)
    U, S, Vh = LA.svd(X, full_matrices=False)
    np.testing.assert_allclose(((U * S.unsqueeze(-2)) @ Vh).detach().numpy(), X.detach().numpy(), atol=1e-12)
    np.testing.assert_allclose(S.detach().numpy(), np.linalg.svd(X.detach().numpy(), compute_uv=False), rtol=1e-12)
    k = min(shape[-2:])
    weights = _t(np.linspace(-1.0, 2.0, k))

    def invariant(x):  # U diag(w) Vh and the squared entries do not see the joint sign flips
        u, s, vh = LA.svd(x, full_matrices=False)
        return (u * weights) @ vh, u ** 2, vh ** 2, s
    _check(invariant, X)
    _check(LA.svdvals, X)


def test_svd_full_matrices_gives_the_extra_columns_no_gradient():
    X = _rand(5, 3, seed=15)
    U, S, Vh = LA.svd(X)
    assert U.shape == (5, 5) and Vh.shape == (3, 3)
    (U[:, 3:].sum() * 0 + U[:, :3].pow(_t(2.0)).sum() + S.sum()).backward()
    g_full = X.grad.numpy().copy()
    X.grad = None
    u, s, vh = LA.svd(X, full_matrices=False)
    (u.pow(_t(2.0)).sum() + s.sum()).backward()
    np.testing.assert_allclose(g_full, X.grad.numpy(), atol=1e-12)
    X.grad = None
    LA.svd(X).U[:, 4].sum().backward()  # torch narrows the extra columns away: no gradient from them
    np.testing.assert_allclose(X.grad.numpy(), 0.0, atol=1e-12)


# ---- qr ---------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("shape,mode", [((4, 3), "reduced"), ((3, 5), "reduced"), ((3, 5), "complete"),
                                        ((2, 3, 3), "complete"), ((2, 4, 2), "reduced")])
def test_qr_values_and_gradients(shape, mode):
    X = _rand(*shape, seed=16)
    Q, R = LA.qr(X, mode=mode)
    np.testing.assert_allclose((Q @ R).detach().numpy(), X.detach().numpy(), atol=1e-12)
    np.testing.assert_allclose((Q.transpose(-1, -2) @ Q).detach().numpy(), np.broadcast_to(np.eye(Q.shape[-1]), Q.shape[:-2] +
                                                                                  (Q.shape[-1],) * 2), atol=1e-12)
    np.testing.assert_array_equal(R.detach().numpy(), np.triu(R.detach().numpy()))
    _check(lambda x: LA.qr(x, mode=mode), X)
    # a sign-invariant use: the projector Q Q^T onto the column space
    _check(lambda x: (lambda q: q @ q.transpose(-1, -2))(LA.qr(x, mode=mode).Q), X)


def test_qr_mode_r_and_complete_tall_are_not_differentiable():
    X = _rand(4, 2, seed=17)
    Q, R = LA.qr(X, mode="r")
    assert Q.shape == (0,) and R.shape == (2, 2)
    with pytest.raises(RuntimeError, match="not computed when mode='r'"):
        R.sum().backward()
    Q, R = LA.qr(X, mode="complete")
    assert Q.shape == (4, 4)
    with pytest.raises(RuntimeError, match="not differentiable when mode='complete' and nrows > ncols"):
        Q.sum().backward()
    with pytest.raises(RuntimeError, match="qr received unrecognized mode 'x'"):
        LA.qr(X, mode="x")


# ---- pinv --------------------------------------------------------------------------------------------------
def test_pinv_values_tolerances_and_rank_deficient_input():
    rng = np.random.default_rng(18)
    A = rng.uniform(-2, 2, (4, 2)) @ rng.uniform(-2, 2, (2, 3))  # rank 2
    np.testing.assert_allclose(LA.pinv(_t(A)).detach().numpy(), np.linalg.pinv(A), atol=1e-12)
    B = np.diag([3.0, 1.0, 0.01])
    np.testing.assert_allclose(LA.pinv(_t(B), atol=0.1).detach().numpy(), np.diag([1 / 3, 1.0, 0.0]))
    np.testing.assert_allclose(LA.pinv(_t(B), rtol=0.5).detach().numpy(), np.diag([1 / 3, 0.0, 0.0]))
    S = A @ A.T
    np.testing.assert_allclose(LA.pinv(_t(S), hermitian=True).detach().numpy(), np.linalg.pinv(S, hermitian=True), atol=1e-10)
    assert LA.pinv(_t(np.ones((2, 0)))).shape == (0, 2)


def test_pinv_gradients_of_full_rank_batches():
    _check(LA.pinv, _rand(2, 4, 3, seed=19))
    _check(LA.pinv, _rand(3, 5, seed=20))


# ---- matrix_norm -------------------------------------------------------------------------------------------
ORDS = ["fro", "nuc", 1, -1, 2, -2, float("inf"), float("-inf")]


@pytest.mark.parametrize("ord", ORDS)
def test_matrix_norm_values_and_gradients(ord):
    X = _rand(2, 3, 4, seed=21)
    a = X.detach().numpy()
    np.testing.assert_allclose(LA.matrix_norm(X, ord).detach().numpy(), np.linalg.norm(a, ord, axis=(-2, -1)), rtol=1e-12)
    out = LA.matrix_norm(X, ord, dim=(2, 0), keepdim=True)
    assert out.shape == (1, 3, 1)
    np.testing.assert_allclose(out.detach().numpy(), np.linalg.norm(a, ord, axis=(2, 0), keepdims=True), rtol=1e-12)
    _check(lambda x: LA.matrix_norm(x, ord), X)
    _check(lambda x: LA.matrix_norm(x, ord, (2, 0), True), X)


def test_matrix_norm_ties_and_kinks_follow_torch():
    A = _t(np.ones((2, 2)), True)
    LA.matrix_norm(A, float("inf")).backward()  # both row sums are maximal: the gradient is split
    np.testing.assert_allclose(A.grad.numpy(), 0.5)
    B = _t(np.eye(3), True)
    LA.matrix_norm(B, 2).backward()  # three equal singular values share the gradient
    np.testing.assert_allclose(B.grad.numpy(), np.eye(3) / 3, atol=1e-12)
    C = _t(np.zeros((2, 3)), True)
    LA.matrix_norm(C).backward()  # 'fro' at zero: gradient 0, as torch's vector_norm
    np.testing.assert_array_equal(C.grad.numpy(), 0.0)
    D = _t([[1.0, 0.0], [-2.0, 0.0]], True)
    LA.matrix_norm(D, 1).backward()  # |x|' = 0 at 0
    np.testing.assert_array_equal(D.grad.numpy(), [[1.0, 0.0], [-1.0, 0.0]])


def test_matrix_norm_dtype_and_errors():
    x = yg.ones(2, 2)
    assert LA.matrix_norm(x).dtype == yg.float32
    assert LA.matrix_norm(x, dtype=yg.float64).dtype == yg.float64
    with pytest.raises(RuntimeError, match="Order 3 not supported"):
        LA.matrix_norm(x, 3)
    with pytest.raises(RuntimeError, match=r"dims must be different. Got \(0, 0\)"):
        LA.matrix_norm(x, dim=(0, 0))
    with pytest.raises(RuntimeError, match="Expected a floating point or complex tensor as input. Got Long"):
        LA.matrix_norm(yg.tensor([[1, 2], [3, 4]]))


# ---- forward mode on what the registry samples cannot reach ----------------------------------------------
def _jvp_matches_finite_differences(fn, x, seed=0, eps=1e-6):
    from yamlgrad.autograd import forward_ad as fwad
    u = np.random.default_rng(seed).standard_normal(x.shape)
    with fwad.dual_level():
        outs = fn(fwad.make_dual(x.detach(), _t(u)))
        outs = outs if isinstance(outs, tuple) else (outs,)
        tangents = [fwad.unpack_dual(o).tangent.detach().numpy() for o in outs]
    plus = fn(_t(x.detach().numpy() + eps * u))
    minus = fn(_t(x.detach().numpy() - eps * u))
    plus, minus = (plus, minus) if isinstance(plus, tuple) else ((plus,), (minus,))
    for t, p, m in zip(tangents, plus, minus):
        numeric = (p.detach().numpy() - m.detach().numpy()) / (2 * eps)
        np.testing.assert_allclose(t, numeric, rtol=1e-5, atol=1e-6)


def test_forward_mode_of_factorizations_on_n_by_n_inputs():
    # (squares are written v * v: the forward formula of pow gives nan tangents for negative bases)
    X = _rand(2, 4, 4, seed=22, requires_grad=False)
    _jvp_matches_finite_differences(lambda x: LA.cholesky(_spd(x)), X)
    _jvp_matches_finite_differences(lambda x: LA.cholesky(_spd(x), upper=True), X)
    _jvp_matches_finite_differences(lambda x: (lambda e: (e.eigenvalues, e.eigenvectors * e.eigenvectors))(LA.eigh(_sym(x))), X)
    # full_matrices: the columns of U past min(m, n) are arbitrary and get zero tangents (torch's choice)
    _jvp_matches_finite_differences(lambda x: (lambda r: (r.U[:, :3] * r.U[:, :3], r.S, r.Vh * r.Vh))(LA.svd(x)),
                                    _rand(5, 3, seed=23))
    _jvp_matches_finite_differences(lambda x: (lambda r: (r.U[..., :, :2] * r.U[..., :, :2], r.S))(LA.svd(x)), _rand(2, 5, seed=24))
    _jvp_matches_finite_differences(lambda x: LA.qr(x, mode="complete"), _rand(3, 5, seed=25))
    for ord in ORDS:
        _jvp_matches_finite_differences(lambda x: LA.matrix_norm(x, ord, (0, 2)), _rand(3, 2, 4, seed=26))


def test_forward_mode_of_det_at_a_singular_matrix_is_the_cofactor_pairing():
    from yamlgrad.autograd import forward_ad as fwad
    A, dA = _t([[1.0, 2.0], [2.0, 4.0]]), _t([[0.5, -1.0], [2.0, 3.0]])
    with fwad.dual_level():
        tangent = fwad.unpack_dual(LA.det(fwad.make_dual(A, dA))).tangent.item()
    assert tangent == pytest.approx(np.sum(np.array([[4.0, -2.0], [-2.0, 1.0]]) * dA.detach().numpy()))


def test_matmul_dispatches_like_torch_and_keeps_gradients():
    rng = np.random.default_rng(3)
    cases = [((3, 4), (4, 5), "MmBackward0"), ((3, 4), (4,), "MvBackward0"), ((4,), (4,), "DotBackward0"),
             ((4,), (4, 5), "MatmulBackward0"), ((2, 3, 4), (4, 5), "MatmulBackward0")]
    for sa, sb, name in cases:
        a, b = rng.standard_normal(sa), rng.standard_normal(sb)
        x, y = yg.tensor(a, requires_grad=True), yg.tensor(b, requires_grad=True)
        for out in (x @ y, yg.matmul(x, y), x.matmul(y)):
            assert out.grad_fn.name() == name
            np.testing.assert_allclose(out.detach().numpy(), a @ b)
        (x @ y).sum().backward()
        x2, y2 = yg.tensor(a, requires_grad=True), yg.tensor(b, requires_grad=True)
        ops.matmul(x2, y2).sum().backward()  # the registry's matmul, gradchecked on its own
        np.testing.assert_allclose(x.grad.numpy(), x2.grad.numpy())
        np.testing.assert_allclose(y.grad.numpy(), y2.grad.numpy())
    # np.ndarray @ Tensor goes through the reflected operator
    assert (np.eye(2) @ yg.tensor(np.ones((2, 2)), requires_grad=True)).grad_fn.name() == "MatmulBackward0"

"""Forward-mode AD (forward_ad) and autograd.functional against known derivatives."""
import numpy as np
import pytest

import yamlgrad as yg
from yamlgrad.autograd import forward_ad as fwad
from yamlgrad.autograd import functional as AF


def f64(values, requires_grad=False):
    return yg.tensor(np.asarray(values, dtype=np.float64), requires_grad=requires_grad)


def test_dual_level_make_and_unpack_dual():
    x, t = f64([0.5, 1.0]), f64([1.0, 2.0])
    with fwad.dual_level():
        dual = fwad.make_dual(x, t)
        y = (dual * dual).sin()
        primal, tangent = fwad.unpack_dual(y)
        np.testing.assert_allclose(primal.numpy(), np.sin([0.25, 1.0]))
        np.testing.assert_allclose(tangent.numpy(), np.cos([0.25, 1.0]) * 2 * np.array([0.5, 1.0]) * [1.0, 2.0])
        assert fwad.unpack_dual(x).tangent is None
    assert dual._fw is None  # leaving the level drops tangents
    with pytest.raises(RuntimeError, match="dual level"):
        fwad.make_dual(x, t)


def test_forward_mode_of_an_op_without_forward_formula_says_so():
    with fwad.dual_level():
        dual = fwad.make_dual(f64([1.0]), f64([1.0]))
        with pytest.raises(NotImplementedError, match="forward-mode AD of 'nextafter'"):
            yg.nextafter(dual, f64([2.0]))


def test_forward_and_reverse_mode_agree_and_compose_with_backward():
    x = f64([0.3, -0.2, 0.9], requires_grad=True)
    with fwad.dual_level():
        dual = fwad.make_dual(x, f64([1.0, 0.0, 0.0]))
        y = (dual.exp() * dual).sum()
        assert fwad.unpack_dual(y).tangent.item() == pytest.approx(np.exp(0.3) * 1.3)
        y.backward()  # the dual is still an ordinary node in the reverse graph
    np.testing.assert_allclose(x.grad.numpy(), np.exp([0.3, -0.2, 0.9]) * (1 + np.array([0.3, -0.2, 0.9])))


def test_vjp_jvp_jacobian():
    A = np.array([[1.0, 2.0], [3.0, 4.0], [0.5, -1.0]])

    def f(x):
        return f64(A) @ x.sin()

    x = f64([0.1, 0.7])
    J = A * np.cos([0.1, 0.7])
    out, v = AF.vjp(f, x, f64([1.0, 0.0, 2.0]))
    np.testing.assert_allclose(v.numpy(), np.array([1.0, 0.0, 2.0]) @ J)
    out, u = AF.jvp(f, x, f64([1.0, -1.0]))
    np.testing.assert_allclose(u.numpy(), J @ [1.0, -1.0])
    np.testing.assert_allclose(AF.jacobian(f, x).numpy(), J)
    jac = AF.jacobian(lambda a, b: (a * b, a + b), (x, f64([2.0, 3.0])))
    assert isinstance(jac, tuple) and len(jac) == 2 and jac[0][1].shape == (2, 2)
    np.testing.assert_allclose(jac[0][1].numpy(), np.diag([0.1, 0.7]))


def test_hessian_hvp_vhp():
    def f(x):
        return (x ** 3).sum() + x[0] * x[1]

    x = f64([1.0, 2.0])
    H = np.array([[6.0, 1.0], [1.0, 12.0]])
    np.testing.assert_allclose(AF.hessian(f, x).numpy(), H)
    v = f64([1.0, -1.0])
    _, hv = AF.hvp(f, x, v)
    _, vh = AF.vhp(f, x, v)
    np.testing.assert_allclose(hv.numpy(), H @ [1.0, -1.0])
    np.testing.assert_allclose(vh.numpy(), [1.0, -1.0] @ H)


def test_jacobian_create_graph_allows_differentiating_it():
    x = f64([0.5, 1.5], requires_grad=True)
    J = AF.jacobian(lambda t: t ** 2, x, create_graph=True)
    J.sum().backward()
    np.testing.assert_allclose(x.grad.numpy(), [2.0, 2.0])


def test_tangents_do_not_outlive_their_dual_level():
    with fwad.dual_level():
        y = fwad.make_dual(f64([1.0]), f64([1.0])).exp()
        assert fwad.unpack_dual(y).tangent is not None
    assert fwad.unpack_dual(y).tangent is None

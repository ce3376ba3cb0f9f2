"""Activation ops (registry entries in the `activations` group), nn.functional and the nn modules.

Values, first and second derivatives are checked against NumPy reference formulas written out here;
the subgradients at kinks are torch 2.13's (recorded from torch, which the tests do not import).
"""
import math

import numpy as np
import pytest

import yamlgrad as yg
import yamlgrad.nn.functional as F
from yamlgrad import nn
from yamlgrad.autograd import gradcheck, gradgradcheck

SELU_ALPHA = 1.6732632423543772848170429916717
SELU_SCALE = 1.0507009873554804934193349852946
GELU_K, GELU_C = math.sqrt(2 / math.pi), 0.044715


def _sig(x):
    return np.exp(-np.logaddexp(0, -x))


def _erf(x):
    return np.vectorize(math.erf)(x)


def _phi(x):  # standard normal density
    return np.exp(-0.5 * x * x) / math.sqrt(2 * math.pi)


def _gelu_tanh_parts(x):
    t = np.tanh(GELU_K * (x + GELU_C * x ** 3))
    du = GELU_K * (1 + 3 * GELU_C * x * x)
    return t, du


# name -> (kwargs, value, first derivative, second derivative), NumPy formulas away from the kinks.
REFERENCES = {
    "relu6": ({}, lambda x: np.minimum(np.maximum(x, 0), 6), lambda x: ((x > 0) & (x < 6)) * 1.0,
              lambda x: 0 * x),
    "hardtanh": ({"min_val": -0.5, "max_val": 2.0}, lambda x: np.clip(x, -0.5, 2.0),
                 lambda x: ((x > -0.5) & (x < 2.0)) * 1.0, lambda x: 0 * x),
    "leaky_relu": ({"negative_slope": 0.2}, lambda x: np.where(x > 0, x, 0.2 * x), lambda x: np.where(x > 0, 1, 0.2),
                   lambda x: 0 * x),
    "elu": ({"alpha": 0.7}, lambda x: np.where(x > 0, x, 0.7 * np.expm1(x)),
            lambda x: np.where(x > 0, 1, 0.7 * np.exp(x)), lambda x: np.where(x > 0, 0, 0.7 * np.exp(x))),
    "selu": ({}, lambda x: SELU_SCALE * np.where(x > 0, x, SELU_ALPHA * np.expm1(x)),
             lambda x: SELU_SCALE * np.where(x > 0, 1, SELU_ALPHA * np.exp(x)),
             lambda x: SELU_SCALE * np.where(x > 0, 0, SELU_ALPHA * np.exp(x))),
    "celu": ({"alpha": 2.0}, lambda x: np.where(x > 0, x, 2.0 * np.expm1(x / 2.0)),
             lambda x: np.where(x > 0, 1, np.exp(x / 2.0)), lambda x: np.where(x > 0, 0, np.exp(x / 2.0) / 2.0)),
    "gelu": ({}, lambda x: 0.5 * x * (1 + _erf(x / math.sqrt(2))),
             lambda x: 0.5 * (1 + _erf(x / math.sqrt(2))) + x * _phi(x), lambda x: _phi(x) * (2 - x * x)),
    "silu": ({}, lambda x: x * _sig(x), lambda x: _sig(x) * (1 + x * (1 - _sig(x))),
             lambda x: _sig(x) * (1 - _sig(x)) * (2 + x * (1 - 2 * _sig(x)))),
    "mish": ({}, lambda x: x * np.tanh(np.log1p(np.exp(x))),
             lambda x: np.tanh(np.log1p(np.exp(x))) + x * _sig(x) * (1 - np.tanh(np.log1p(np.exp(x))) ** 2), None),
    "softplus": ({"beta": 2.0, "threshold": 3.0}, lambda x: np.where(2 * x > 3, x, np.log1p(np.exp(2 * x)) / 2),
                 lambda x: np.where(2 * x > 3, 1, _sig(2 * x)),
                 lambda x: np.where(2 * x > 3, 0, 2 * _sig(2 * x) * (1 - _sig(2 * x)))),
    "softsign": ({}, lambda x: x / (1 + np.abs(x)), lambda x: 1 / (1 + np.abs(x)) ** 2,
                 lambda x: -2 * np.sign(x) / (1 + np.abs(x)) ** 3),
    "logsigmoid": ({}, lambda x: np.log(_sig(x)), lambda x: 1 - _sig(x), lambda x: -_sig(x) * (1 - _sig(x))),
    "hardsigmoid": ({}, lambda x: np.clip(x / 6 + 0.5, 0, 1), lambda x: ((x > -3) & (x < 3)) / 6, lambda x: 0 * x),
    "hardswish": ({}, lambda x: x * np.clip(x + 3, 0, 6) / 6,
                  lambda x: np.where(x <= -3, 0, np.where(x < 3, x / 3 + 0.5, 1)), lambda x: ((x > -3) & (x < 3)) / 3),
}
REFERENCES["gelu_tanh"] = (
    {"approximate": "tanh"}, lambda x: 0.5 * x * (1 + _gelu_tanh_parts(x)[0]),
    lambda x: 0.5 * (1 + _gelu_tanh_parts(x)[0]) + 0.5 * x * (1 - _gelu_tanh_parts(x)[0] ** 2) * _gelu_tanh_parts(x)[1],
    None)


def _points():
    x = np.random.default_rng(0).uniform(-5, 5, (4, 6))
    return x[np.abs(np.abs(x) - 3) > 1e-3]  # away from the kinks (0, +-3, 2x = 3, ...) by far more than eps


def _func(name):
    return getattr(F, "gelu" if name == "gelu_tanh" else name)


def _derivatives(name, x_np):
    kwargs = REFERENCES[name][0]
    x = yg.tensor(x_np, requires_grad=True)
    y = _func(name)(x, **kwargs)
    (g,) = yg.autograd.grad(y.sum(), x, create_graph=True)
    gg = yg.autograd.grad(g.sum(), x)[0] if g.requires_grad else yg.zeros_like(x)
    return y, g, gg


@pytest.mark.parametrize("name", sorted(REFERENCES))
def test_values_and_first_and_second_derivatives_match_numpy(name):
    kwargs, value, first, second = REFERENCES[name]
    x_np = _points()
    y, g, gg = _derivatives(name, x_np)
    np.testing.assert_allclose(y.detach().numpy(), value(x_np), rtol=1e-12, atol=1e-15)
    if first is not None:
        np.testing.assert_allclose(g.detach().numpy(), first(x_np), rtol=1e-12, atol=1e-15)
    if second is not None:
        np.testing.assert_allclose(gg.numpy(), second(x_np), rtol=1e-10, atol=1e-14)
    f = lambda t: _func(name)(t, **kwargs)  # noqa: E731
    assert gradcheck(f, (yg.tensor(x_np[:6], requires_grad=True),))
    assert gradgradcheck(f, (yg.tensor(x_np[:6], requires_grad=True),))


@pytest.mark.parametrize("name", sorted(REFERENCES))
@pytest.mark.parametrize("shape", [(), (3,), (2, 1, 3)])
def test_float32_stays_float32_and_shapes_are_kept(name, shape):
    x = yg.tensor(np.full(shape, 0.75, dtype=np.float32), requires_grad=True)
    y = _func(name)(x, **REFERENCES[name][0])
    assert y.dtype == yg.float32 and tuple(y.shape) == shape
    y.sum().backward()
    assert x.grad.dtype == yg.float32
    np.testing.assert_allclose(y.detach().numpy(), REFERENCES[name][1](np.float64(0.75)), rtol=1e-6)


def test_large_inputs_are_finite_and_exact():
    x = yg.tensor([-800.0, -40.0, 40.0, 800.0], requires_grad=True)
    for name in ("silu", "mish", "softplus", "logsigmoid", "gelu", "elu", "selu", "celu"):
        y = getattr(F, name)(x)
        (g,) = yg.autograd.grad(y.sum(), x, create_graph=True)
        (gg,) = yg.autograd.grad(g.sum(), x)
        assert np.all(np.isfinite(y.detach().numpy())) and np.all(np.isfinite(g.detach().numpy()))
        assert np.all(np.isfinite(gg.numpy())), name
    assert F.logsigmoid(x).tolist()[:2] == [-800.0, -40.0]
    assert F.softplus(x).tolist()[2:] == [40.0, 800.0]
    # gelu(x) = x * Phi(x) is evaluated without cancellation in the left tail
    np.testing.assert_allclose(F.gelu(yg.tensor(-10.0, dtype=yg.float64)).item(), -10 * 7.619853024160527e-24,
                               rtol=1e-12)


# ---- kinks: torch's subgradients ---------------------------------------------------------------------
KINKS = [  # (function, kwargs, points, torch's gradient there)
    (F.relu6, {}, [0.0, 6.0], [0.0, 0.0]),
    (F.hardtanh, {}, [-1.0, 1.0], [0.0, 0.0]),
    (F.hardtanh, {"min_val": -2.0, "max_val": 3.0}, [-2.0, 3.0], [0.0, 0.0]),
    (F.leaky_relu, {}, [0.0], [0.01]),
    (F.leaky_relu, {"negative_slope": -0.5}, [0.0], [-0.5]),
    (F.elu, {"alpha": 2.0}, [0.0], [2.0]),
    (F.selu, {}, [0.0], [SELU_ALPHA * SELU_SCALE]),
    (F.celu, {"alpha": 2.0}, [0.0], [1.0]),
    (F.hardsigmoid, {}, [-3.0, 3.0], [0.0, 0.0]),
    (F.hardswish, {}, [-3.0, 3.0], [0.0, 1.0]),
    (F.softplus, {"beta": 2.0, "threshold": 1.0}, [0.5], [_sig(1.0)]),
    (F.softsign, {}, [0.0], [1.0]),
]


@pytest.mark.parametrize("func, kwargs, points, expected", KINKS)
def test_subgradients_at_kinks_are_torchs(func, kwargs, points, expected):
    x = yg.tensor(points, dtype=yg.float64, requires_grad=True)
    func(x, **kwargs).sum().backward()
    np.testing.assert_allclose(x.grad.numpy(), expected, rtol=1e-15)


@pytest.mark.parametrize("func, kwargs, point", [(F.elu, {"alpha": 2.0}, 0.0), (F.selu, {}, 0.0),
                                                 (F.celu, {"alpha": 0.5}, 0.0),
                                                 (F.softplus, {"beta": 2.0, "threshold": 1.0}, 0.5),
                                                 (F.softplus, {}, 20.0)])
def test_second_derivative_is_zero_exactly_at_the_kink_like_torch(func, kwargs, point):
    x = yg.tensor(point, dtype=yg.float64, requires_grad=True)
    (g,) = yg.autograd.grad(func(x, **kwargs), x, create_graph=True)
    (gg,) = yg.autograd.grad(g, x)
    assert gg.item() == 0.0


def test_relu6_and_softsign_are_compositions_like_torch():
    x = yg.tensor([1.0, -2.0], requires_grad=True)
    assert F.relu6(x).grad_fn.name() == "HardtanhBackward0"
    assert F.softsign(x).grad_fn.name() == "DivBackward0"
    assert F.selu(x).grad_fn.name() == "SeluBackward0" and F.gelu(x).grad_fn.name() == "GeluBackward0"


# ---- glu ------------------------------------------------------------------------------------------
@pytest.mark.parametrize("shape, dim", [((4,), -1), ((3, 4), -1), ((4, 3), 0), ((2, 6, 3), 1), ((2, 3, 2), 2)])
def test_glu_matches_numpy(shape, dim):
    x_np = np.random.default_rng(1).standard_normal(shape)
    a, b = np.split(x_np, 2, axis=dim)
    x = yg.tensor(x_np, requires_grad=True)
    y = F.glu(x, dim)
    np.testing.assert_allclose(y.detach().numpy(), a * _sig(b), rtol=1e-14)
    w = np.random.default_rng(2).standard_normal(a.shape)
    (y * yg.tensor(w)).sum().backward()
    expected = np.concatenate([w * _sig(b), w * a * _sig(b) * (1 - _sig(b))], axis=dim)
    np.testing.assert_allclose(x.grad.numpy(), expected, rtol=1e-13)
    assert gradgradcheck(lambda t: F.glu(t, dim), (yg.tensor(x_np, requires_grad=True),))
    np.testing.assert_allclose(nn.GLU(dim)(yg.tensor(x_np)).numpy(), a * _sig(b), rtol=1e-14)


def test_glu_errors_are_torchs():
    with pytest.raises(RuntimeError, match="glu does not support scalars"):
        F.glu(yg.tensor(1.0))
    with pytest.raises(RuntimeError, match="Halving dimension must be even, but dimension 1 is size 3"):
        F.glu(yg.ones(2, 3))
    with pytest.raises(IndexError, match="Dimension out of range"):
        F.glu(yg.ones(2, 4), 2)


# ---- argument checks and dtypes ---------------------------------------------------------------------
def test_argument_errors_are_torchs():
    with pytest.raises(RuntimeError, match="approximate argument must be either none or tanh"):
        F.gelu(yg.ones(2), approximate="erf")
    with pytest.raises(ValueError, match="min_val cannot be greater than max_val"):
        F.hardtanh(yg.ones(2), 2.0, 1.0)
    with pytest.raises(AssertionError, match=r"max_val \(1\) must be greater than min_val \(1\)"):
        nn.Hardtanh(1, 1)
    with pytest.raises(RuntimeError, match="alpha cannot be 0 for CELU"):
        F.celu(yg.ones(2), alpha=0.0)


def test_integer_inputs():
    x = yg.tensor([1, 2, -3, 7])
    assert F.relu6(x).dtype == yg.int64 and F.relu6(x).tolist() == [1, 2, 0, 6]
    assert F.hardtanh(x).tolist() == [1, 1, -1, 1]
    for func in (F.leaky_relu, F.elu, F.selu, F.celu, F.gelu, F.silu, F.mish, F.softplus, F.logsigmoid,
                 F.hardsigmoid, F.hardswish, F.glu):
        with pytest.raises(RuntimeError, match="not implemented for 'Long'"):
            func(x)


def test_top_level_exports_follow_torch():
    assert yg.selu is not None and yg.celu is not None
    np.testing.assert_allclose(yg.celu(yg.tensor([-1.0]), 2.0).tolist(), [2.0 * math.expm1(-0.5)])
    for name in ("relu6", "leaky_relu", "elu", "gelu", "silu", "mish", "softplus", "hardtanh", "hardsigmoid",
                 "hardswish", "glu", "log_sigmoid", "gelu_backward"):
        assert not hasattr(yg, name), name  # torch has no torch.<name> for these
    for name in ("selu", "celu", "gelu", "elu", "hardtanh", "glu"):
        assert not hasattr(yg.Tensor, name)  # nor Tensor methods


# ---- in-place ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("func, kwargs", [(F.relu6, {}), (F.hardtanh, {}), (F.leaky_relu, {"negative_slope": 0.1}),
                                          (F.elu, {"alpha": 0.5}), (F.selu, {}), (F.celu, {"alpha": 2.0}),
                                          (F.silu, {}), (F.mish, {}), (F.hardsigmoid, {}), (F.hardswish, {})])
def test_inplace_writes_into_the_input_and_keeps_gradients(func, kwargs):
    x_np = np.array([-4.0, -0.5, 0.3, 2.0, 7.0])
    ref_x = yg.tensor(x_np, requires_grad=True)
    ref = func(ref_x * 2, **kwargs)
    ref.sum().backward()
    x = yg.tensor(x_np, requires_grad=True)
    h = x * 2
    out = func(h, **kwargs, inplace=True)
    assert out is h and h.grad_fn is not None
    np.testing.assert_array_equal(h.detach().numpy(), ref.detach().numpy())
    h.sum().backward()
    np.testing.assert_array_equal(x.grad.numpy(), ref_x.grad.numpy())
    plain = yg.tensor(x_np)  # without autograd: a direct write
    assert func(plain, **kwargs, inplace=True) is plain
    np.testing.assert_array_equal(plain.numpy(), func(yg.tensor(x_np), **kwargs).numpy())


def test_underscore_functions_and_leaf_check():
    x = yg.tensor([-2.0, 0.5], dtype=yg.float64)
    assert F.elu_(x) is x and x.tolist() == [math.expm1(-2.0), 0.5]
    assert F.leaky_relu_(yg.tensor([-2.0]), 0.5).tolist() == [-1.0]
    assert F.hardtanh_(yg.tensor([-2.0, 3.0]), -1.0, 2.0).tolist() == [-1.0, 2.0]
    assert F.selu_(yg.tensor([1.0], dtype=yg.float64)).tolist() == [SELU_SCALE]
    assert F.celu_(yg.tensor([0.5]), 2.0).tolist() == [0.5]
    with pytest.raises(RuntimeError, match="a leaf Variable that requires grad"):
        F.elu(yg.tensor([1.0], requires_grad=True), inplace=True)


# ---- modules ----------------------------------------------------------------------------------------
@pytest.mark.parametrize("module, text", [
    (nn.ReLU6(), "ReLU6()"), (nn.ReLU6(True), "ReLU6(inplace=True)"),
    (nn.Hardtanh(), "Hardtanh(min_val=-1.0, max_val=1.0)"),
    (nn.Hardtanh(-2, 2, True), "Hardtanh(min_val=-2, max_val=2, inplace=True)"),
    (nn.LeakyReLU(), "LeakyReLU(negative_slope=0.01)"),
    (nn.LeakyReLU(0.2, True), "LeakyReLU(negative_slope=0.2, inplace=True)"),
    (nn.ELU(), "ELU(alpha=1.0)"), (nn.ELU(2, True), "ELU(alpha=2, inplace=True)"),
    (nn.CELU(), "CELU(alpha=1.0)"), (nn.CELU(0.5, inplace=True), "CELU(alpha=0.5, inplace=True)"),
    (nn.SELU(), "SELU()"), (nn.SELU(True), "SELU(inplace=True)"),
    (nn.GELU(), "GELU(approximate='none')"), (nn.GELU("tanh"), "GELU(approximate='tanh')"),
    (nn.SiLU(), "SiLU()"), (nn.SiLU(True), "SiLU(inplace=True)"),
    (nn.Mish(), "Mish()"), (nn.Mish(True), "Mish(inplace=True)"),
    (nn.Softplus(), "Softplus(beta=1.0, threshold=20.0)"), (nn.Softplus(2, 10), "Softplus(beta=2, threshold=10)"),
    (nn.Softsign(), "Softsign()"), (nn.LogSigmoid(), "LogSigmoid()"),
    (nn.Hardsigmoid(), "Hardsigmoid()"), (nn.Hardsigmoid(True), "Hardsigmoid()"),
    (nn.Hardswish(), "Hardswish()"), (nn.Hardswish(True), "Hardswish()"),
    (nn.GLU(), "GLU(dim=-1)"), (nn.GLU(0), "GLU(dim=0)"),
])
def test_module_reprs_are_torchs(module, text):
    assert repr(module) == text


def test_module_defaults_and_attributes():
    assert (nn.ReLU6().min_val, nn.ReLU6().max_val, nn.ReLU6().inplace) == (0.0, 6.0, False)
    assert isinstance(nn.ReLU6(), nn.Hardtanh)
    assert (nn.Hardtanh().min_val, nn.Hardtanh().max_val) == (-1.0, 1.0)
    assert nn.LeakyReLU().negative_slope == 0.01 and nn.ELU().alpha == 1.0 and nn.CELU().alpha == 1.0
    assert nn.GELU().approximate == "none" and nn.GLU().dim == -1
    assert (nn.Softplus().beta, nn.Softplus().threshold) == (1.0, 20.0)
    for cls in (nn.ReLU6, nn.LeakyReLU, nn.ELU, nn.SELU, nn.CELU, nn.SiLU, nn.Mish, nn.Hardtanh, nn.Hardsigmoid,
                nn.Hardswish):
        assert cls().inplace is False and cls(inplace=True).inplace is True
    assert list(nn.GELU().parameters()) == [] and nn.Sequential(nn.Linear(2, 2), nn.Mish())[1].__class__ is nn.Mish


@pytest.mark.parametrize("module, name", [
    (nn.ReLU6(), "relu6"), (nn.Hardtanh(-0.5, 2.0), "hardtanh"), (nn.LeakyReLU(0.2), "leaky_relu"),
    (nn.ELU(0.7), "elu"), (nn.SELU(), "selu"), (nn.CELU(2.0), "celu"), (nn.GELU(), "gelu"),
    (nn.GELU("tanh"), "gelu_tanh"), (nn.SiLU(), "silu"), (nn.Mish(), "mish"), (nn.Softplus(2.0, 3.0), "softplus"),
    (nn.Softsign(), "softsign"), (nn.LogSigmoid(), "logsigmoid"), (nn.Hardsigmoid(), "hardsigmoid"),
    (nn.Hardswish(), "hardswish"),
])
def test_modules_compute_their_function(module, name):
    x_np = _points()
    np.testing.assert_allclose(module(yg.tensor(x_np)).numpy(), REFERENCES[name][1](x_np), rtol=1e-12, atol=1e-15)


def test_inplace_module_rebases_history():
    x = yg.tensor([-1.0, 0.25, 2.0], requires_grad=True)
    h = x * 3  # -3 is a kink (gradient 0, as torch), 0.75 inside, 6 above
    assert nn.Hardswish(inplace=True)(h) is h and h.grad_fn.name() == "HardswishBackward0"
    h.sum().backward()
    assert x.grad.tolist() == [0.0, 3 * (0.75 / 3 + 0.5), 3.0]

"""Group `math` of the registry: the values torch gives at kinks, ties, poles and special points, dtypes,
methods, in-place variants and operators. (The generated tests check the smooth parts against finite
differences; the expected values here were taken from torch 2.13.)"""
import math
import warnings

import numpy as np
import pytest

import yamlgrad as yg

nan, inf = math.nan, math.inf


def grads(fn, *values, dtype=yg.float64):
    xs = [yg.tensor(v, dtype=dtype, requires_grad=True) for v in values]
    out = fn(*xs)
    out.backward(yg.ones_like(out))
    return [x.grad.tolist() for x in xs]


def same(a, b):
    return np.array_equal(np.asarray(a, dtype=float), np.asarray(b, dtype=float), equal_nan=True)


# ---- clamp / clip with Tensor bounds ---------------------------------------------------------------
@pytest.mark.parametrize("op", ["clamp", "clip"])
def test_clamp_tensor_bounds_subgradients_at_ties_as_torch(op):
    x = [0.0, 1.0, 0.5, 2.0, -1.0, 0.3, 3.0]
    lo = [0.0, 0.0, 0.5, 2.0, 0.0, 0.3, 2.0]
    hi = [1.0, 1.0, 0.5, 2.0, -1.0, 0.3, 1.0]   # last: min > max, the result is max
    out = getattr(yg, op)(*(yg.tensor(v, dtype=yg.float64) for v in (x, lo, hi)))
    assert out.tolist() == [0.0, 1.0, 0.5, 2.0, -1.0, 0.3, 1.0]
    gx, glo, ghi = grads(lambda a, b, c: getattr(yg, op)(a, b, c), x, lo, hi)
    assert gx == [1.0, 1.0, 1.0, 1.0, 0.0, 1.0, 0.0]
    assert glo == [0.0] * 7
    assert ghi == [0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 1.0]
    gx, glo = grads(lambda a, b: getattr(yg, op)(a, min=b), [0.0, 1.0, -1.0], [0.0, 0.0, 0.0])
    assert gx == [1.0, 1.0, 0.0] and glo == [0.0, 0.0, 1.0]
    gx, ghi = grads(lambda a, b: getattr(yg, op)(a, max=b), [0.0, 1.0, -1.0], [0.0, 0.0, 0.0])
    assert gx == [1.0, 0.0, 1.0] and ghi == [0.0, 1.0, 0.0]


def test_clamp_bounds_broadcast_and_accept_numbers_and_methods():
    x = yg.tensor([[-2.0, 0.0, 2.0]], requires_grad=True)
    lo = yg.tensor([[-1.0], [0.5]], requires_grad=True)
    out = x.clamp(lo, 1.0)
    assert out.shape == (2, 3) and out.tolist() == [[-1.0, 0.0, 1.0], [0.5, 0.5, 1.0]]
    out.sum().backward()
    assert x.grad.tolist() == [[0.0, 1.0, 0.0]] and lo.grad.tolist() == [[1.0], [2.0]]
    assert yg.clamp(yg.tensor([-3.0, 3.0]), -1, 1).tolist() == [-1.0, 1.0]
    assert yg.tensor([-3.0, 3.0]).clip(max=yg.tensor(0.5)).tolist() == [-3.0, 0.5]
    with pytest.raises(RuntimeError, match="At least one of 'min' or 'max'"):
        yg.clamp(yg.tensor([1.0]))


def test_clamp_dtypes_follow_torch_promotion():
    i = yg.tensor([0, 1, 2, 3])
    assert yg.clamp(i, min=1).dtype == yg.int64
    assert yg.clamp(i, min=1.5).dtype == yg.float32 and yg.clamp(i, min=1.5).tolist() == [1.5, 1.5, 2.0, 3.0]
    f = yg.tensor([1.0, 2.0])
    assert yg.clamp(f, min=yg.tensor(0.5, dtype=yg.float64)).dtype == yg.float32   # 0-d does not promote
    assert yg.clamp(i, min=yg.tensor(0.5, dtype=yg.float64)).dtype == yg.float64   # higher category does
    assert same(yg.clamp(yg.tensor([nan, 0.5]), 0.0, 1.0).tolist(), [nan, 0.5])


def test_clamp_and_clip_in_place_with_tensor_bounds():
    x = yg.tensor([-2.0, 0.0, 2.0])
    x.clamp_(yg.tensor([-1.0, 0.5, -1.0]), yg.tensor(1.0))
    assert x.tolist() == [-1.0, 0.5, 1.0]
    x.clip_(max=0.0)
    assert x.tolist() == [-1.0, 0.0, 0.0]


# ---- special points -----------------------------------------------------------------------------
def test_logit_gradients_inside_outside_and_with_eps():
    x = [0.0, 1.0, -0.5, 1.5, 0.5, 0.1, 0.9]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        out = yg.logit(yg.tensor(x, dtype=yg.float64))
        assert same(out.tolist(), [-inf, inf, nan, nan, 0.0, math.log(0.1 / 0.9), math.log(9)])
        (g,) = grads(yg.logit, x)
    assert same(g[:5], [inf, inf, nan, nan, 4.0])
    (g,) = grads(lambda t: yg.logit(t, eps=0.1), x)
    assert g == pytest.approx([0.0, 0.0, 0.0, 0.0, 4.0, 1 / 0.09, 1 / 0.09])
    assert yg.logit(yg.tensor([0.0, 1.0]), eps=0.25).tolist() == pytest.approx([-math.log(3), math.log(3)])


def test_atan2_gradient_is_zero_at_the_origin_like_torch():
    ga, gb = grads(yg.atan2, [0.0, 1.0], [0.0, 1.0])
    assert ga == [0.0, 0.5] and gb == [0.0, -0.5]


def test_xlogy_values_and_self_gradient_at_zero():
    out = yg.xlogy(yg.tensor([0.0, 0.0, 0.0, 2.0]), yg.tensor([nan, 0.0, -1.0, 1.0]))
    assert same(out.tolist(), [nan, 0.0, 0.0, 0.0])
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        gx, gy = grads(yg.xlogy, [0.0, 0.0, 0.0, 1.0], [0.5, 0.0, -1.0, 2.0])
    assert gx == pytest.approx([math.log(0.5), 0.0, 0.0, math.log(2.0)])
    assert same(gy, [0.0, nan, -0.0, 0.5])
    assert yg.xlogy(2, yg.tensor([math.e])).tolist() == pytest.approx([2.0])


def test_sinc_value_and_gradient_at_zero():
    x = yg.tensor([0.0, 0.5], dtype=yg.float64, requires_grad=True)
    y = yg.sinc(x)
    assert y.tolist() == pytest.approx([1.0, 2 / math.pi])
    (g,) = yg.autograd.grad(y.sum(), x, create_graph=True)
    assert g.tolist() == pytest.approx([0.0, -4 / math.pi])
    (gg,) = yg.autograd.grad(g.sum(), x)
    assert np.isfinite(gg.numpy()).all()


def test_rounding_ops_have_zero_gradients_and_frac_passes_it():
    x = [1.0, -1.0, 2.5, -2.5]
    for op in (yg.floor, yg.ceil, yg.trunc, yg.round):
        assert grads(op, x) == [[0.0] * 4]
    assert grads(yg.frac, x) == [[1.0] * 4]
    assert yg.frac(yg.tensor([2.5, -2.5])).tolist() == [0.5, -0.5]
    assert yg.trunc(yg.tensor([2.7, -2.7])).tolist() == [2.0, -2.0]


def test_nan_to_num_values_and_gradient_only_where_finite():
    x = [nan, inf, -inf, 1.0]
    assert yg.nan_to_num(yg.tensor(x, dtype=yg.float64), nan=1.5, posinf=3.0, neginf=-3.0).tolist() == [1.5, 3.0, -3.0, 1.0]
    big = np.finfo(np.float32).max
    assert yg.nan_to_num(yg.tensor(x)).tolist() == [0.0, float(big), -float(big), 1.0]
    assert grads(yg.nan_to_num, x) == [[0.0, 0.0, 0.0, 1.0]]
    assert yg.isfinite(yg.tensor(x)).tolist() == [False, False, False, True]


def test_gamma_family_at_poles_and_infinities():
    x = yg.tensor([0.0, -1.0, -2.5, inf, -inf], dtype=yg.float64)
    assert same(yg.lgamma(x).tolist()[:2] + yg.lgamma(x).tolist()[3:], [inf, inf, inf, inf])
    assert yg.lgamma(x).tolist()[2] == pytest.approx(-0.0562437164976741)
    assert same(yg.digamma(yg.tensor([0.0, -0.0, -1.0])).tolist(), [-inf, inf, nan])
    assert yg.polygamma(1, yg.tensor(1.0, dtype=yg.float64)).item() == pytest.approx(math.pi ** 2 / 6)
    assert yg.polygamma(0, yg.tensor([1.0])).item() == pytest.approx(-0.5772156649, rel=1e-6)
    with pytest.raises(RuntimeError, match="negative n"):
        yg.polygamma(-1, yg.tensor([1.0]))


def test_fmod_and_remainder_signs_and_the_mod_operator():
    a, b = yg.tensor([5.0, -5.0, 5.0, -5.0]), yg.tensor([3.0, 3.0, -3.0, -3.0])
    assert yg.fmod(a, b).tolist() == [2.0, -2.0, 2.0, -2.0]
    assert yg.remainder(a, b).tolist() == [2.0, 1.0, -1.0, -2.0]
    assert (a % 3).tolist() == [2.0, 1.0, 2.0, 1.0] and (7 % yg.tensor([4, 5])).tolist() == [3, 2]
    assert yg.fmod(yg.tensor([5, -5]), 3).dtype == yg.int64
    with pytest.raises(RuntimeError, match="ZeroDivisionError"):
        yg.remainder(yg.tensor([1, 2]), yg.tensor([1, 0]))
    ga, gb = grads(yg.remainder, [5.0, -5.0], [3.0, 3.0])
    assert ga == [1.0, 1.0] and gb == [-1.0, 2.0]
    ga, gb = grads(yg.fmod, [5.0, -5.0], [3.0, 3.0])
    assert ga == [1.0, 1.0] and gb == [-1.0, 1.0]


def test_lerp_uses_torchs_two_sided_formula_and_scalar_weights():
    s, e = yg.tensor([1.0, 2.0]), yg.tensor([3.0, 4.0])
    assert yg.lerp(s, e, 0.3).tolist() == pytest.approx([1.6, 2.6])
    big = yg.tensor([1e8], dtype=yg.float32)
    assert yg.lerp(big, yg.tensor([1.0]), 1.0).tolist() == [1.0]   # exact end at weight 1
    gs, ge, gw = grads(yg.lerp, [1.0, 2.0], [3.0, 5.0], [0.25, 0.75])
    assert gs == [0.75, 0.25] and ge == [0.25, 0.75] and gw == [2.0, 3.0]


def test_addcmul_addcdiv_value_keyword_and_integer_addcdiv():
    x, a, b = yg.tensor([1.0]), yg.tensor([2.0]), yg.tensor([4.0])
    assert yg.addcmul(x, a, b, value=0.5).tolist() == [5.0] and x.addcdiv(a, b, value=2).tolist() == [2.0]
    with pytest.raises(RuntimeError, match="Integer division with addcdiv"):
        yg.addcdiv(yg.tensor([1]), yg.tensor([2]), yg.tensor([3]))
    assert yg.addcmul(yg.tensor([1]), yg.tensor([2]), yg.tensor([3]), value=2).tolist() == [13]


# ---- dtypes, methods, in-place --------------------------------------------------------------------
@pytest.mark.parametrize("name", ["exp2", "expm1", "log2", "log10", "rsqrt", "reciprocal", "tan", "asin", "acos",
                                  "atan", "sinh", "cosh", "asinh", "acosh", "atanh", "logit", "erf", "erfc",
                                  "erfinv", "lgamma", "digamma", "sinc"])
def test_float_functions_of_integers_are_float32_and_keep_float64(name):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        assert getattr(yg, name)(yg.tensor([1, 2])).dtype == yg.float32
        assert getattr(yg, name)(yg.tensor([0.5], dtype=yg.float64)).dtype == yg.float64
        assert getattr(yg.tensor([0.5]), name)().dtype == yg.float32


def test_integer_preserving_ops_keep_integers():
    i = yg.tensor([-3, 2])
    for name in ("floor", "ceil", "trunc", "square", "nan_to_num"):
        assert getattr(yg, name)(i).dtype == yg.int64
    assert yg.square(i).tolist() == [9, 4]
    with pytest.raises(NotImplementedError, match="frac_cpu"):
        yg.frac(i)


def test_binary_ops_promote_like_torch():
    f32, f64_0d, i = yg.tensor([1.0, 2.0]), yg.tensor(0.5, dtype=yg.float64), yg.tensor([1, 2])
    for op in (yg.atan2, yg.hypot, yg.fmod, yg.remainder, yg.xlogy, yg.logaddexp):
        assert op(f32, f64_0d).dtype == yg.float32
        assert op(f32, yg.tensor([0.5, 1.0], dtype=yg.float64)).dtype == yg.float64
        assert op(i, f64_0d).dtype == yg.float64
        assert op(i, 2.5).dtype == yg.float32
    assert yg.atan2(i, i).dtype == yg.float32 and yg.remainder(i, 2).dtype == yg.int64


@pytest.mark.parametrize("name", ["exp2", "expm1", "log2", "log10", "rsqrt", "square", "reciprocal", "tan", "asin",
                                  "acos", "atan", "sinh", "cosh", "asinh", "acosh", "atanh", "logit", "erf", "erfc",
                                  "erfinv", "lgamma", "digamma", "sinc", "floor", "ceil", "trunc", "frac",
                                  "nan_to_num"])
def test_unary_in_place_variants_rebase_history(name):
    base = yg.tensor([0.3, 0.6], dtype=yg.float64, requires_grad=True)
    shift = 1.05 if name == "acosh" else 0.0
    x, expected = base + shift, getattr(yg, name)(base + shift)
    getattr(x, name + "_")()
    assert np.allclose(x.detach().numpy(), expected.detach().numpy())
    x.sum().backward()
    (g,) = yg.autograd.grad(expected.sum(), base)
    assert np.allclose(base.grad.numpy(), g.numpy())


@pytest.mark.parametrize("name", ["atan2", "hypot", "fmod", "remainder", "xlogy", "lerp", "addcmul", "addcdiv"])
def test_binary_and_ternary_in_place_variants(name):
    x = yg.tensor([[0.5, 1.5], [2.0, 2.5]], dtype=yg.float64)
    other = yg.tensor([0.7, 1.3], dtype=yg.float64)
    extra = (yg.tensor(0.25, dtype=yg.float64),) if name in ("lerp", "addcmul", "addcdiv") else ()
    expected = getattr(yg, name)(x, other, *extra)
    getattr(x, name + "_")(other, *extra)
    assert np.allclose(x.numpy(), expected.numpy())
    assert hasattr(yg.Tensor, "logaddexp") and not hasattr(yg.Tensor, "logaddexp_")   # torch has no logaddexp_


def test_float_function_in_place_on_integers_raises():
    with pytest.raises(RuntimeError, match="can't be cast"):
        yg.tensor([1, 2]).exp2_()


def test_clamp_forward_mode_matches_its_backward_subgradients():
    import yamlgrad.autograd.forward_ad as fwAD
    f64 = yg.float64
    with fwAD.dual_level():
        x = fwAD.make_dual(yg.tensor([-2.0, -1.0, 0.5, 3.0], dtype=f64), yg.ones(4, dtype=f64))
        lo = fwAD.make_dual(yg.tensor([-1.0, -1.0, -1.0, 2.0], dtype=f64), yg.full((4,), 10.0, dtype=f64))
        out = fwAD.unpack_dual(yg.clamp(x, lo, 1.0))
        assert out.primal.tolist() == [-1.0, -1.0, 0.5, 1.0]
        assert out.tangent.tolist() == [10.0, 1.0, 1.0, 0.0]   # tie x == min goes to x; min > max gives max's
        assert fwAD.unpack_dual(yg.clamp(x, max=1.0)).tangent.tolist() == [1.0, 1.0, 1.0, 0.0]


def test_polygamma_method_takes_n_first_like_torch():
    x = yg.tensor([1.0, 2.0], dtype=yg.float64, requires_grad=True)
    y = x.polygamma(1)
    y.sum().backward()
    np.testing.assert_allclose(y.detach().numpy(), [math.pi ** 2 / 6, math.pi ** 2 / 6 - 1])
    np.testing.assert_allclose(x.grad.numpy(), yg.polygamma(2, x.detach()).numpy())
    z = yg.tensor([1.0, 2.0], dtype=yg.float64)
    assert z.polygamma_(1) is z
    np.testing.assert_allclose(z.numpy(), y.detach().numpy())

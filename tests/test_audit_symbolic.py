"""The audit's symbolic column on piecewise, domain-restricted and rounding elementwise ops
(runtime/audit/symbolic.py, runtime/audit/regions.py).

The core registry's piecewise ops are proved branch by branch; deliberately wrong formulas are
disproved with a counterexample inside the region where they are wrong, never proved. In-process
and deterministic: the proofs run with a generous time limit, so that a slow machine cannot turn a
proof into "unproved (time limit)".
"""
import itertools
import math
import re

import pytest
import sympy as sp

from yamlgrad.audit import regions, symbolic
from yamlgrad.testing import CORE, specs

LIMIT = 60.0

CORE_PIECEWISE = ["acosh", "celu", "clamp", "clip", "elu", "hardtanh", "leaky_relu", "logit", "maximum", "minimum",
                  "mish", "relu", "sinc", "softplus"]

# activations with kernel constants, NaN-aware and rounding ops, copies and masks
CORE_KERNELS = ["_to_copy", "alias", "clone", "copy", "copysign", "div", "floor_divide", "fmax", "fmin", "fmod", "frac",
                "gelu", "gelu_backward", "hardsigmoid", "hardswish", "masked_fill", "nan_to_num", "remainder", "selu"]


# ---- a wrong formula and its right twin, in a user registry -------------------------------------------------
def unary(name: str, forward: str, formula: str, tangent: str | None = None, test: str = "") -> str:
    lines = [f"- name: {name}(Tensor self) -> Tensor", f"  forward: {forward}", f"  self: {formula}"]
    lines += [f"  result: {tangent}"] if tangent else []
    lines += [f"  test: {test}"] if test else []
    return "\n".join(lines) + "\n"


def clamp(name: str, self_formula: str, tangent: str) -> str:
    return (f"- name: {name}(Tensor self, Tensor min, Tensor max) -> Tensor\n"
            "  forward: kernels.clamp_tensor(self, min, max)\n"
            f"  result: {tangent}\n"
            f"  self: {self_formula}\n"
            "  min: where((self < min) & (min < max), grad, 0.0)\n"
            "  max: where((self > max) | (max < min), grad, 0.0)\n"
            "  test: {samples: [{self: [5], min: [5], max: [5]}]}\n")


def binary(name: str, forward: str, self_formula: str, other_formula: str, tangent: str | None = None) -> str:
    lines = [f"- name: {name}(Tensor self, Tensor other) -> Tensor", f"  forward: {forward}",
             f"  self: {self_formula}", f"  other: {other_formula}"]
    return "\n".join(lines + ([f"  result: {tangent}"] if tangent else [])) + "\n"


def maximum(name: str, tangent: str) -> str:
    return (f"- name: {name}(Tensor self, Tensor other) -> Tensor\n"
            "  forward: np.maximum(self, other)\n"
            f"  result: {tangent}\n"
            "  self: where(self > other, grad, 0.0)\n"
            "  other: where(other > self, grad, 0.0)\n")


UNCROSSED_JVP = "where(self_p < min_p, min_t, where(self_p > max_p, max_t, self_t))"
CLAMP_JVP = f"where(max_p < min_p, max_t, {UNCROSSED_JVP})"
ACOSH_DOMAIN = "{domain: {self: [1.1, 3.0]}}"
LOGIT_DOMAIN = "{domain: {self: [0.05, 0.95]}}"

HARDSWISH = "kernels.hardswish(self)"
HARDSWISH_GRAD = "where(self <= -3, 0.0, where(self < 3, grad * (self / 3 + {}), grad))"
SELU_NEGATIVE = "where(self > 0, grad * 1.0507009873554805, grad * (where(self < 0, result, 0.0) + {}))"
NDTR = "0.5 * (1 + erf(self * 0.7071067811865476))"  # the standard normal CDF; 0.3989... below is 1/sqrt(2 pi)
REMAINDER_JVP = "self_t - other_t * (self_p / other_p).floor()"

# name: (wrong entry, right entry, where the wrong one is wrong: a test of the counterexample's point)
CASES = {
    # relu's gradient leaking half of grad for x < 0
    "relu_negative": (unary("relu1", "np.maximum(self, 0)", "where(self > 0, grad, grad * 0.5)"),
                      unary("relu1", "np.maximum(self, 0)", "where(self > 0, grad, 0.0)"),
                      lambda p: p["self"] < 0),
    # relu's gradient switched on at 1 instead of 0
    "relu_late": (unary("relu2", "np.maximum(self, 0)", "where(self > 1, grad, 0.0)"),
                  unary("relu2", "np.maximum(self, 0)", "where(result > 0, grad, 0.0)"),
                  lambda p: 0 < p["self"] < 1),
    # leaky_relu with the slope doubled, only for x < 0
    "leaky_slope": (unary("leaky", "kernels.leaky_relu(self, 0.2)", "where(self > 0, grad, grad * 0.4)"),
                    unary("leaky", "kernels.leaky_relu(self, 0.2)", "where(self > 0, grad, grad * 0.2)"),
                    lambda p: p["self"] < 0),
    # a clamp to [-1, 3] whose gradient ignores the upper bound, which lies beyond the samples' [-2, 2]
    "clip_upper": (unary("clip13", "np.clip(self, -1.0, 3.0)", "where(self >= -1.0, grad, 0.0)"),
                   unary("clip13", "np.clip(self, -1.0, 3.0)", "where((self >= -1.0) & (self <= 3.0), grad, 0.0)"),
                   lambda p: p["self"] > 3),
    # a clamp between Tensor bounds whose gradient for self ignores max
    "clamp_upper": (clamp("clampt", "where(self >= min, grad, 0.0)", CLAMP_JVP),
                    clamp("clampt", "where((self >= min) & (self <= max), grad, 0.0)", CLAMP_JVP),
                    lambda p: p["self"] > p["max"]),
    # the same clamp right in reverse mode, with a forward mode that forgets where max < min (max wins)
    "clamp_jvp_crossed": (clamp("clampj", "where((self >= min) & (self <= max), grad, 0.0)", UNCROSSED_JVP),
                          clamp("clampj", "where((self >= min) & (self <= max), grad, 0.0)", CLAMP_JVP),
                          lambda p: p["max"] < p["min"]),
    # maximum's forward mode taking self's tangent where other wins
    "maximum_jvp": (maximum("max2", "where(self_p > other_p, self_t, self_t)"),
                    maximum("max2", "where(self_p > other_p, self_t, other_t)"),
                    lambda p: p["other"] > p["self"]),
    # a condition the cells cannot decide (x^2 > 1): the right formula is proved whole, the wrong one disproved
    "nonlinear_condition": (unary("sq1", "np.where(self * self > 1.0, self, 0.0)",
                                  "where(self * self > 1.0, grad, grad)"),
                            unary("sq1", "np.where(self * self > 1.0, self, 0.0)",
                                  "where(self * self > 1.0, grad, 0.0)"),
                            lambda p: abs(p["self"]) < 1),
    # acosh: 1 / sqrt(x^2 - 1) is its derivative where it is real (x > 1), and only proved there
    "acosh_domain": (unary("acosh2", "np.arccosh(self)", "grad / self", test=ACOSH_DOMAIN),
                     unary("acosh2", "np.arccosh(self)", "grad * (self * self - 1).rsqrt()", test=ACOSH_DOMAIN),
                     lambda p: p["self"] > 1),
    # logit without eps: real on 0 < x < 1 only
    "logit_domain": (unary("logit2", "np.log(self / (1 - self))", "grad / self", test=LOGIT_DOMAIN),
                     unary("logit2", "np.log(self / (1 - self))", "grad / (self * (1 - self))", test=LOGIT_DOMAIN),
                     lambda p: 0 < p["self"] < 1),
    # hardswish with slope x/3 + 1 instead of x/3 + 1/2 on its middle segment
    "hardswish_middle": (unary("hswish", HARDSWISH, HARDSWISH_GRAD.format("1.0"), "auto_element_wise"),
                         unary("hswish", HARDSWISH, HARDSWISH_GRAD.format("0.5"), "auto_element_wise"),
                         lambda p: -3 < p["self"] < 3),
    # hardsigmoid's window running to 4, past the clamp at 3 (beyond the samples' [-2, 2])
    "hardsigmoid_window": (unary("hsig", "kernels.hardsigmoid(self)", "where((self > -3) & (self < 4), grad / 6, 0.0)"),
                           unary("hsig", "kernels.hardsigmoid(self)", "where((self > -3) & (self < 3), grad / 6, 0.0)"),
                           lambda p: 3 < p["self"] < 4),
    # selu's negative branch scaled by alpha alone instead of alpha * scale (the kernel's double, 1.7580993408473766)
    "selu_negative_scale": (unary("selu2", "kernels.selu(self)", SELU_NEGATIVE.format("1.6732632423543772"),
                                  "auto_element_wise"),
                            unary("selu2", "kernels.selu(self)", SELU_NEGATIVE.format("1.7580993408473766"),
                                  "auto_element_wise"),
                            lambda p: p["self"] < 0),
    # gelu's derivative without the Gaussian density term x phi(x): wrong wherever x is not 0
    "gelu_density": (unary("gelu2", "kernels.gelu(self)", f"grad * {NDTR}", "auto_element_wise"),
                     unary("gelu2", "kernels.gelu(self)",
                           f"grad * ({NDTR} + self * (-0.5 * self * self).exp() * 0.3989422804014327)",
                           "auto_element_wise"),
                     lambda p: p["self"] != 0),
    # the tanh approximation differentiated as the erf form: off by less than 1e-3, still disproved
    "gelu_tanh_form": (unary("gelu3", "kernels.gelu(self, 'tanh')", "gelu_backward(grad, self, approximate='none')"),
                       unary("gelu3", "kernels.gelu(self, 'tanh')", "gelu_backward(grad, self, approximate='tanh')"),
                       lambda p: p["self"] != 0),
    # remainder's gradient for other with the wrong sign: wrong wherever floor(self / other) is not 0
    "remainder_other_sign": (binary("rem2", "kernels.remainder(self, other)", "grad", "grad * (self / other).floor()",
                                    REMAINDER_JVP),
                             binary("rem2", "kernels.remainder(self, other)", "grad", "-grad * (self / other).floor()",
                                    REMAINDER_JVP),
                             lambda p: math.floor(p["self"] / p["other"]) != 0),
    # frac's gradient taken as 0, as if frac were piecewise constant like trunc
    "frac_zero": (unary("frac2", "kernels.frac(self)", "zeros_like(grad)"),
                  unary("frac2", "kernels.frac(self)", "grad"),
                  lambda p: True),
    # nextafter moves with self, not with other
    "nextafter_other": (binary("next2", "np.nextafter(self, other)", "grad", "grad"),
                        binary("next2", "np.nextafter(self, other)", "grad", "zeros_like(grad)"),
                        lambda p: True),
}


MASK_SAMPLES = "{samples: [{self: [3], mask: {shape: [3], dtype: bool}, value: []}]}"

# ops of the tests below the cases
MORE = (
    # masked_fill whose gradient for self forgets to switch off under the mask, and one that sends it
    # nowhere where the mask is false: each wrong on one value of the (boolean) mask
    *(f"- name: {name}(Tensor self, Tensor mask, Tensor value) -> Tensor\n"
      "  forward: kernels.masked_fill(self, mask, value)\n"
      f"  self: {self_formula}\n  mask: non_differentiable\n  value: where(mask, grad, 0.0)\n"
      f"  test: {MASK_SAMPLES}\n"
      for name, self_formula in (("fill_on", "grad"), ("fill_off", "zeros_like(grad)"))),
    # selu's alpha * scale one double away from the kernel's product: not proved (0 means 0)
    unary("selu_ulp", "kernels.selu(self)", SELU_NEGATIVE.format("1.7580993408473768")),
    # a right formula beside one that does not translate (a cumulative sum): the op is not proved
    binary("half_symbolic", "np.multiply(self, other)", "grad * other", "grad * cumsum(self, 0)"),
)


@pytest.fixture(scope="module")
def registry(tmp_path_factory):
    """The user registry of CASES, wrong entries named <op>_0 and right ones <op>_1, and of MORE, loaded
    once (with yamlgrad's own ops beside them)."""
    path = tmp_path_factory.mktemp("registry") / "ops.yaml"
    path.write_text("".join(re.sub(r"^- name: (\w+)", rf"- name: \1_{side}", case[side])
                            for case in CASES.values() for side in (0, 1)) + "".join(MORE), encoding="utf-8")
    return symbolic.load(path, user=True)[0]


# ---- yamlgrad's own ops ------------------------------------------------------------------------------------
@pytest.mark.parametrize("name", CORE_PIECEWISE)
def test_core_piecewise_op_is_proved(registry, name):
    result = symbolic.prove_all(registry, [registry.ops[name]], specs(CORE), time_limit=LIMIT)[name]
    assert (result["backward"], result["forward"]) == ("proved", "proved"), result


@pytest.mark.parametrize("name", CORE_KERNELS)
def test_core_kernel_op_is_proved(registry, name):
    result = symbolic.prove_all(registry, [registry.ops[name]], specs(CORE), time_limit=LIMIT)[name]
    assert (result["backward"], result["forward"]) == ("proved", "proved"), result


def test_nextafter_is_proved_and_has_no_forward_mode_to_prove(registry):
    result = symbolic.prove_all(registry, [registry.ops["nextafter"]], specs(CORE), time_limit=LIMIT)["nextafter"]
    assert result == {"backward": "proved", "forward": "not symbolic", "detail": "no forward-mode formula"}


def test_an_op_past_its_time_limit_is_unproved_not_proved(registry):
    result = symbolic.prove_all(registry, [registry.ops["clamp"]], specs(CORE), time_limit=0.001)["clamp"]
    assert result == {"backward": "unproved", "forward": "unproved", "detail": "time limit (0.001 s) reached"}


# ---- the wrong formulas and their twins -----------------------------------------------------------------------
def point_of(detail: str) -> dict:
    """The counterexample of a 'disproved' detail: `... off by 0.5 at self=-0.39, grad=1.2 (config)`."""
    at = detail.split(" at ", 1)[1].split(" (", 1)[0]
    return {k: float(v) for k, v in re.findall(r"(\w+)=(\S+?)(?:,|$)", at)}


def prove(registry, side: int, case: str) -> dict:
    name = re.match(r"- name: (\w+)", CASES[case][side]).group(1) + f"_{side}"
    return symbolic.prove_all(registry, [registry.ops[name]], {}, time_limit=LIMIT)[name]


@pytest.mark.parametrize("case", sorted(CASES))
def test_wrong_formula_is_disproved_where_it_is_wrong(registry, case):
    result = prove(registry, 0, case)
    assert "disproved" in (result["backward"], result["forward"]), result
    point = point_of(result["detail"])
    assert CASES[case][2](point), (case, result["detail"])


@pytest.mark.parametrize("case", sorted(CASES))
def test_right_formula_is_proved(registry, case):
    result = prove(registry, 1, case)
    assert result["backward"] == "proved" and result["forward"] in ("proved", "not symbolic"), result


# ---- the cells ----------------------------------------------------------------------------------------------
X, Y = sp.symbols("x y", real=True)


def test_cells_are_every_strict_order_and_their_witnesses_lie_inside():
    orders = regions.cells([X, Y], [sp.S(0)])
    assert len(orders) == regions.count([X, Y], [0]) == 6
    for order in orders:
        point = regions.witness(sp, order)
        values = [point.get(item, item) for item in order]
        assert all(a < b for a, b in itertools.pairwise(values)), (order, point)


def test_collapse_decides_inner_comparisons_first():
    # relu's condition as the translated formula has it: Max(x, 0) > 0 is x > 0 once Max is decided
    condition = sp.Piecewise((1, sp.Max(X, 0) > 0), (0, True))
    assert regions.collapse(sp, condition, (X, sp.S(0)), [X]) == (0, None)
    assert regions.collapse(sp, condition, (sp.S(0), X), [X]) == (1, None)


def test_collapse_asks_for_a_missing_boundary_and_refuses_a_nonlinear_one():
    assert regions.collapse(sp, sp.Piecewise((1, sp.Max(X, 0) > 1), (0, True)), (sp.S(0), X), [X]) == (None, 1)
    assert regions.collapse(sp, sp.Piecewise((1, X * X > 1), (0, True)), (sp.S(0), X), [X]) == (None, None)
    # a comparison of x with y + 1 is not fixed by the order of x and y
    assert regions.collapse(sp, sp.Heaviside(X - Y - 1), (X, Y), [X, Y]) == (None, None)


def test_gaps_write_the_order_into_the_symbols():
    gaps = regions.gaps_substitution(sp, (X, sp.S(0), Y))
    assert gaps[X].is_negative and gaps[Y].is_positive
    gaps = regions.gaps_substitution(sp, (X, Y))
    assert gaps[X] == X and (gaps[Y] - X).is_positive


# ---- masks, exact constants, formulas that do not translate ----------------------------------------------------
@pytest.mark.parametrize(("name", "mask"), [("fill_on", 1), ("fill_off", 0)])
def test_a_mask_is_tried_true_and_false(registry, name, mask):
    # a real-valued mask would be 0 (the false branch) with probability 0: a boolean input is drawn as 0 or 1
    table = {name: {"samples": [{"self": {"dtype": "float64"}, "mask": {"dtype": "bool"}, "value": {}}]}}
    result = symbolic.prove_all(registry, [registry.ops[name]], table, time_limit=LIMIT)[name]
    assert result["backward"] == "disproved", result
    assert point_of(result["detail"])["mask"] == mask, result["detail"]


def test_a_constant_one_double_off_is_not_proved(registry):
    result = symbolic.prove_all(registry, [registry.ops["selu_ulp"]], {}, time_limit=LIMIT)["selu_ulp"]
    assert result["backward"] != "proved", result


def test_a_formula_that_does_not_translate_leaves_the_op_unproved(registry):
    result = symbolic.prove_all(registry, [registry.ops["half_symbolic"]], {}, time_limit=LIMIT)["half_symbolic"]
    assert result["backward"] == "not symbolic" and "cumsum" in result["detail"], result


def test_floats_folded_by_python_are_read_as_the_constants_they_round():
    k, c = 0.7978845608028654, 0.044715  # gelu's sqrt(2/pi) and cubic coefficient
    assert symbolic._short_multiple(sp, 6 * k * c) == 6 * sp.sqrt(2 / sp.pi) * sp.Rational(44715, 10 ** 6)
    assert symbolic._short_multiple(sp, 0.3989422804014327) == 1 / sp.sqrt(2 * sp.pi)
    assert symbolic._short_multiple(sp, 1.0507009873554805) is None  # selu's scale has no closed form
    # a kernel constant is read as the closed form only when it rounds it: a typo stays what it says
    assert symbolic._kernel_constant(sp, 0.3989422804014327, 1 / sp.sqrt(2 * sp.pi)) == 1 / sp.sqrt(2 * sp.pi)
    typo = symbolic._kernel_constant(sp, 0.3989422804014372, 1 / sp.sqrt(2 * sp.pi))
    assert typo == sp.Rational("0.3989422804014372")


def test_exps_as_powers_of_one_symbol():
    x = sp.Symbol("x", real=True)
    u = sp.sqrt(2 / sp.pi) * (x + x ** 3 / 20)
    sech2 = 4 / ((1 + sp.exp(-2 * u)) * (1 + sp.exp(2 * u)))  # as gelu_backward's kernel writes 1 - tanh(u)^2
    powers = symbolic._exp_powers(sp, sech2 - (1 - sp.tanh(u) ** 2))
    assert not powers.has(sp.exp) and sp.expand(sp.numer(sp.together(powers))) == 0
    # exponents that are not real multiples of one another keep their exp
    assert symbolic._exp_powers(sp, sp.exp(x) + sp.exp(x ** 2)).has(sp.exp)

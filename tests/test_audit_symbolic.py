"""The audit's symbolic column on piecewise and domain-restricted elementwise ops
(runtime/audit/symbolic.py, runtime/audit/regions.py).

The core registry's piecewise ops are proved branch by branch; deliberately wrong formulas are
disproved with a counterexample inside the region where they are wrong, never proved. In-process
and deterministic: the proofs run with a generous time limit, so that a slow machine cannot turn a
proof into "unproved (time limit)".
"""
import itertools
import re

import pytest
import sympy as sp

from yamlgrad.audit import regions, symbolic
from yamlgrad.testing import CORE, specs

LIMIT = 60.0

CORE_PIECEWISE = ["acosh", "celu", "clamp", "clip", "elu", "hardtanh", "leaky_relu", "logit", "maximum", "minimum",
                  "mish", "relu", "sinc", "softplus"]


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
}


@pytest.fixture(scope="module")
def registry(tmp_path_factory):
    """The user registry of CASES, wrong entries named <op>_0 and right ones <op>_1, loaded once
    (with yamlgrad's own ops beside them)."""
    path = tmp_path_factory.mktemp("registry") / "ops.yaml"
    path.write_text("".join(re.sub(r"^- name: (\w+)", rf"- name: \1_{side}", case[side])
                            for case in CASES.values() for side in (0, 1)), encoding="utf-8")
    return symbolic.load(path, user=True)[0]


# ---- yamlgrad's own ops ------------------------------------------------------------------------------------
@pytest.mark.parametrize("name", CORE_PIECEWISE)
def test_core_piecewise_op_is_proved(registry, name):
    result = symbolic.prove_all(registry, [registry.ops[name]], specs(CORE), time_limit=LIMIT)[name]
    assert (result["backward"], result["forward"]) == ("proved", "proved"), result


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

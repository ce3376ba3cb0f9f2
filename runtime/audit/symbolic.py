"""Symbolic proof of a registry's scalar formulas with SymPy (optional: `pip install sympy`).

For an op whose forward is a scalar expression (NumPy ufuncs, the elementwise kernels below, and
registry ops built from them), the forward becomes a SymPy expression f of one symbol per Tensor
input. Each backward formula must then equal grad * df/dx and each forward-mode formula
sum_x x_t * df/dx. A formula is *proved* when the difference simplifies to 0 almost everywhere on
the forward's real domain, *disproved* when the difference is non-zero at a point where the forward
is real (reported as the counterexample), *unproved* when SymPy cannot simplify it and no
counterexample turns up, and *not symbolic* when the forward or a formula does not translate
(reductions, shapes, helpers that branch on values).

Almost everywhere: Dirac deltas of sign/Heaviside are dropped, and a piecewise difference (np.where,
maximum/minimum, clip, comparisons) is proved branch by branch on the open cells its conditions cut
(regions.py), so kinks and boundaries, a set of measure zero, are left to the kink probe. On the real
domain: a difference that is not 0 on all reals is proved again where the forward is real (acosh:
x >= 1; logit: 0 < x < 1), when the forward has one input and SymPy finds that domain.

The reals have no NaN and no infinity: isnan is false, isfinite true, nan_to_num the identity, fmax and
fmin are max and min (what NaN does is the numeric checks' business). Rounding (floor, trunc, and so
remainder, fmod, frac, floor_divide; nextafter's one-float step) is piecewise constant, with derivative
0 almost everywhere. A boolean input (where's condition, masked_fill's mask) takes the values 0 and 1
in the search for a counterexample. An op is proved when every formula of every sample configuration
is; one that does not translate leaves it not symbolic.

The formulas come from the registry through the codegen package's loader and model (read-only,
imported here lazily so that `import yamlgrad` does not need PyYAML): the code codegen emits over
the op namespace `F` is evaluated with `F` bound to SymPy, and `helpers.*` are the runtime's own
helper functions called with that `F`.
"""
from __future__ import annotations

import functools
import importlib

from yamlgrad.audit import regions

STATUSES = ("proved", "disproved", "unproved", "not symbolic")


class NotSymbolic(Exception):
    """The expression has no scalar SymPy translation."""


class TimeLimit(Exception):
    """An op's proof ran past its time limit (SymPy's simplify can take minutes on some expressions)."""


def available() -> bool:
    try:
        import sympy  # noqa: F401
    except ImportError:
        return False
    return True


def _sympy():
    # simplify and continuous_domain import the last two on first use (~0.3 s): imported here, that time
    # is not charged to whichever op happens to be proved first
    import sympy
    import sympy.calculus.util
    import sympy.physics.units
    return sympy


# ---- NumPy and kernel functions as SymPy -------------------------------------------------------------
def _numpy_table(sp):
    import math

    import numpy as np

    def piecewise_constant(name, value, arity=1):
        # floor, round ...: derivative 0 almost everywhere. `value` (of floats) evaluates it at a point: a
        # counterexample needs the forward's value there, and mpmath has no trunc
        def evaluate(self, prec):
            try:
                return sp.Float(value(*(float(a.evalf(prec)) for a in self.args)), prec)
            except (TypeError, ValueError):  # not a number
                return None
        cls = type(name, (sp.Function,), {"fdiff": lambda self, argindex=1: sp.S.Zero, "_eval_evalf": evaluate})
        return lambda *args: cls(*args[:arity])
    t = {
        "exp": sp.exp, "log": sp.log, "log2": lambda x: sp.log(x) / sp.log(2), "log10": lambda x: sp.log(x) / sp.log(10),
        "log1p": lambda x: sp.log(1 + x), "expm1": lambda x: sp.exp(x) - 1, "exp2": lambda x: 2 ** x,
        "sqrt": sp.sqrt, "cbrt": sp.cbrt, "sin": sp.sin, "cos": sp.cos, "tan": sp.tan, "arcsin": sp.asin,
        "arccos": sp.acos, "arctan": sp.atan, "sinh": sp.sinh, "cosh": sp.cosh, "tanh": sp.tanh,
        "arcsinh": sp.asinh, "arccosh": sp.acosh, "arctanh": sp.atanh, "abs": sp.Abs, "absolute": sp.Abs,
        "fabs": sp.Abs, "sign": sp.sign, "negative": lambda x: -x, "positive": lambda x: x,
        "add": lambda a, b: a + b, "subtract": lambda a, b: a - b, "multiply": lambda a, b: a * b,
        "true_divide": lambda a, b: a / b, "divide": lambda a, b: a / b, "power": lambda a, b: a ** b,
        "float_power": lambda a, b: a ** b, "square": lambda x: x ** 2, "reciprocal": lambda x: 1 / x,
        "maximum": sp.Max, "minimum": sp.Min, "fmax": sp.Max, "fmin": sp.Min, "arctan2": sp.atan2,  # no NaN: below
        "hypot": lambda a, b: sp.sqrt(a ** 2 + b ** 2), "logaddexp": lambda a, b: sp.log(sp.exp(a) + sp.exp(b)),
        "clip": lambda x, lo, hi: sp.Min(sp.Max(x, lo), hi),
        "where": lambda c, a, b: sp.Piecewise((a, _truth(sp, c)), (b, True)),
        "zeros_like": lambda x, *a, **k: sp.S.Zero, "ones_like": lambda x, *a, **k: sp.S.One,
        "full_like": lambda x, v, *a, **k: sp.sympify(v), "copysign": lambda a, b: sp.Abs(a) * sp.sign(b),
        # the proofs are over the reals: no NaN, no infinity (fmax's and fmin's NaN rule and nan_to_num's
        # replacements are the numeric checks' business); 1 and 0 act as NumPy's True and False do, in
        # arithmetic (grad * isfinite(x)) and as conditions
        "isnan": lambda x: sp.S.Zero, "isinf": lambda x: sp.S.Zero, "isposinf": lambda x: sp.S.Zero,
        "isneginf": lambda x: sp.S.Zero, "isfinite": lambda x: sp.S.One,
        "signbit": lambda x: sp.Piecewise((sp.S.One, x < 0), (sp.S.Zero, True)),  # -0.0 has measure zero
        "nan_to_num": lambda x, *a, **k: x,
        "logical_not": lambda x: sp.Not(_truth(sp, x)),
        "logical_and": lambda a, b: sp.And(_truth(sp, a), _truth(sp, b)),
        "logical_or": lambda a, b: sp.Or(_truth(sp, a), _truth(sp, b)),
        "logical_xor": lambda a, b: sp.Xor(_truth(sp, a), _truth(sp, b)),
    }
    for name, value in (("floor", math.floor), ("ceil", math.ceil), ("trunc", math.trunc), ("round", round),
                        ("rint", round), ("fix", math.trunc)):
        t[name] = piecewise_constant(name, value)
    # nextafter(a, b) is a plus one float spacing toward b: the step depends on a's binade and the sign of
    # b - a only, so it is piecewise constant in (a, b), and nextafter's derivatives are 1 and 0 almost
    # everywhere
    step = piecewise_constant("nextafter_step", lambda a, b: float(np.nextafter(a, b)) - a, arity=2)
    t["nextafter"] = lambda a, b: a + step(a, b)
    return t


def _truth(sp, c):
    # a Symbol is a SymPy Boolean too, but here it is an input (a mask): true where it is not 0
    return c if isinstance(c, (sp.logic.boolalg.Boolean, bool)) and not isinstance(c, sp.Symbol) else sp.Ne(c, 0)


def _kernel_table(sp, np_table):
    sig = lambda x: 1 / (1 + sp.exp(-x))  # noqa: E731
    def softplus(x, beta=1, threshold=20):  # linear above the threshold, as torch's
        return sp.Piecewise((x, beta * x > threshold), (sp.log(1 + sp.exp(beta * x)) / beta, True))

    from yamlgrad.numerics.kernels import activations
    # the tanh form's sqrt(2/pi) and cubic coefficient, and gelu_backward's 1/sqrt(2 pi), as in the kernels
    gelu_k = _kernel_constant(sp, activations._GELU_K, sp.sqrt(2 / sp.pi))
    gelu_c = _kernel_constant(sp, activations._GELU_C, sp.Rational(44715, 10 ** 6))
    gelu_density = _kernel_constant(sp, 0.3989422804014327, 1 / sp.sqrt(2 * sp.pi))
    ndtr = lambda x: (1 + sp.erf(x / sp.sqrt(2))) / 2  # noqa: E731 - the standard normal CDF

    def gelu(x, approximate="none"):
        if approximate == "tanh":
            return x / 2 * (1 + sp.tanh(gelu_k * (x + gelu_c * x ** 3)))
        return x * ndtr(x)

    def gelu_backward(output_grad, x, approximate="none"):
        # the kernel's own expression (its sech^2 as 4 sigmoid(2u) sigmoid(-2u)), so that a wrong term in
        # it is a wrong derivative of gelu, not a wrong translation
        if approximate == "tanh":
            inner = gelu_k * (x + gelu_c * x ** 3)
            sech2 = 4 * sig(2 * inner) * sig(-2 * inner)
            d = (1 + sp.tanh(inner)) / 2 + x * sech2 * gelu_k * (1 + 3 * gelu_c * x ** 2) / 2
        else:
            d = ndtr(x) + x * sp.exp(-x ** 2 / 2) * gelu_density
        return output_grad * d

    def logit(x, eps=None):
        if eps is not None and eps >= 0:  # a negative eps means none, as in the kernel
            x = sp.Min(sp.Max(x, eps), 1 - eps)
        return sp.log(x / (1 - x))

    def elu(x, alpha=1, scale=1, input_scale=1):
        # alpha * scale multiplied as the kernel multiplies it: exactly for a sample's arguments (rationals,
        # see _exact_value), in floating point for selu's float constants (below)
        return sp.Piecewise((x * scale, x > 0), ((sp.exp(x * input_scale) - 1) * (alpha * scale), True))

    # selu is elu with the kernel's own alpha and scale, kept as the floats they are: alpha * scale is then
    # the double the kernel multiplies by, and a registry formula writing that product as the literal
    # 1.7580993408473766 (or scale as 1.0507009873554805) holds the same double. SymPy reads a Python
    # float in a formula as the Float of exactly that double, so both sides cancel exactly: the proof
    # still asks for the difference to be 0, not small
    selu = lambda x: elu(x, activations.SELU_ALPHA, activations.SELU_SCALE)  # noqa: E731
    hardsigmoid = lambda x: sp.Min(sp.Max(x + 3, 0), 6) / 6  # noqa: E731 - clamped as in the kernel

    return {
        "sigmoid": sig, "erf": sp.erf, "erfc": sp.erfc, "erfinv": sp.erfinv, "lgamma": sp.loggamma,
        "digamma": sp.digamma, "polygamma": lambda n, x: sp.polygamma(n, x),
        "sinc": lambda x: sp.sin(sp.pi * x) / (sp.pi * x), "xlogy": lambda a, b: a * sp.log(b),
        "hardtanh": lambda x, lo=-1, hi=1: sp.Min(sp.Max(x, lo), hi),
        "clamp_tensor": lambda x, lo=None, hi=None: _clamp(sp, x, lo, hi),
        "where": np_table["where"], "silu": lambda x: x * sig(x), "softplus": softplus,
        "log_sigmoid": lambda x: -sp.log(1 + sp.exp(-x)), "logaddexp": np_table["logaddexp"],
        "hypot": np_table["hypot"], "atan2": sp.atan2, "reciprocal": lambda x: 1 / x, "rsqrt": lambda x: 1 / sp.sqrt(x),
        "logit": logit, "mish": lambda x: x * sp.tanh(sp.log(1 + sp.exp(x))), "gelu": gelu, "elu": elu,
        "celu": lambda x, alpha=1.0: sp.Piecewise((x, x > 0), (alpha * (sp.exp(x / alpha) - 1), True)),
        "leaky_relu": lambda x, slope=0.01: sp.Piecewise((x, x > 0), (slope * x, True)),
        "lerp": lambda a, b, w: a + w * (b - a), "addcmul": lambda x, t1, t2, value=1: x + value * t1 * t2,
        "addcdiv": lambda x, t1, t2, value=1: x + value * t1 / t2,
        "selu": selu, "hardsigmoid": hardsigmoid, "hardswish": lambda x: x * hardsigmoid(x),
        "gelu_backward": gelu_backward,
        # x - trunc(x), a - b floor(a / b), a - b trunc(a / b): the rounded parts are piecewise constant
        "frac": lambda x: x - np_table["trunc"](x),
        "remainder": lambda a, b: a - b * np_table["floor"](a / b),
        "fmod": lambda a, b: a - b * np_table["trunc"](a / b),
        "div_rounding": lambda a, b, mode: _div_rounding(np_table, a, b, mode),
        # copies: alias and to_dtype (to a float dtype) are the identity on the reals, copy_into is src
        "alias": lambda x: x, "to_dtype": lambda x, dtype: _to_float(x, dtype),
        "copy_into": lambda x, src: src,
        "masked_fill": lambda x, mask, value: sp.Piecewise((value, _truth(sp, mask)), (x, True)),
    }


def _kernel_constant(sp, value: float, exact):
    """A kernel's float constant as the number it rounds (sqrt(2/pi) for 0.7978845608028654) when it is
    that number to within one ulp; otherwise as the decimal it is written as: a mistyped constant is not
    silently replaced by the right one (a wrong 1/sqrt(2 pi) in gelu_backward is a wrong derivative)."""
    import math
    if abs(float((exact - sp.Rational(value)).evalf(30))) <= math.ulp(value):
        return exact
    return sp.Rational(repr(value))


def _div_rounding(np_table, a, b, mode):
    if mode == "floor":
        return np_table["floor"](a / b)
    if mode == "trunc":
        return np_table["trunc"](a / b)
    raise NotSymbolic(f"div_rounding with rounding_mode {mode!r}")


def _to_float(x, dtype):
    # a cast to an integer or bool dtype rounds: no real derivative to prove (torch refuses those gradients)
    from yamlgrad.numerics.dtypes import as_dtype
    if as_dtype(dtype).kind != "f":
        raise NotSymbolic(f"a cast to {dtype}")
    return x


def _clamp(sp, x, lo, hi):
    if lo is not None:
        x = sp.Max(x, lo)
    if hi is not None:
        x = sp.Min(x, hi)
    return x


class _Module:
    """`np` / `kernels` inside a translated forward: known functions only."""

    def __init__(self, table: dict, what: str):
        self._table, self._what = table, what

    def __getattr__(self, name):
        try:
            return self._table[name]
        except KeyError:
            raise NotSymbolic(f"{self._what}.{name} has no scalar translation") from None


# ---- the registry as SymPy ------------------------------------------------------------------------------
class Registry:
    """The ops of a registry (plus yamlgrad's own, for a user registry) with SymPy translations."""

    def __init__(self, ops: list, core_ops: list = ()):
        self.sp = sp = _sympy()
        self.ops = {op.name: op for op in list(core_ops) + list(ops)}
        self.np = _Module(_numpy_table(sp), "np")
        self.kernels = _Module(_kernel_table(sp, self.np._table), "kernels")
        self.F = _Namespace(self)
        self.helpers = _helpers_module()

    def forward(self, op, bound: dict):
        """The op's forward with its arguments bound (SymPy expressions and plain values)."""
        scope = {"np": self.np, "kernels": self.kernels, **bound}
        return _evaluate(op.forward, scope)

    def call(self, name: str, args, kwargs):
        op = self.ops.get(name)
        if op is None:
            raise NotSymbolic(f"F.{name} is not a registry op")
        bound = {}
        positional = [a for a in op.sig.args if not a.kw_only]
        if len(args) > len(positional):
            raise NotSymbolic(f"F.{name}: too many arguments")
        for a, v in zip(positional, args):
            bound[a.name] = v
        bound.update(kwargs)
        for a in op.sig.args:
            if a.name not in bound:
                if not a.has_default:
                    raise NotSymbolic(f"F.{name}: argument {a.name} missing")
                bound[a.name] = a.default
        if len(op.sig.returns) != 1:
            raise NotSymbolic(f"F.{name} has several outputs")
        return self.forward(op, bound)


class _Namespace:
    """`F` for formulas evaluated symbolically: registry ops translated through their forwards."""

    def __init__(self, registry: Registry):
        self._registry = registry

    def __getattr__(self, name):
        return lambda *args, **kwargs: self._registry.call(name, args, kwargs)


def _helpers_module():
    for name in ("yamlgrad.numerics.helpers",):
        try:
            return importlib.import_module(name)
        except ImportError:
            continue
    raise ImportError("yamlgrad's helpers module was not found")


def _evaluate(code: str, scope: dict):
    # `code` is what codegen emits after checking the registry text against its whitelist; it is the
    # same code the generated modules run, here with SymPy values instead of arrays.
    try:
        return eval(compile(code, "<registry formula>", "eval"), {"__builtins__": {}}, scope)  # noqa: S307
    except (NotSymbolic, TimeLimit):
        raise
    except Exception as exc:  # noqa: BLE001 - any failure to build the expression means "not symbolic"
        raise NotSymbolic(f"{type(exc).__name__}: {exc}") from None


# ---- proving one op ------------------------------------------------------------------------------------
def _almost_everywhere(sp, expr):
    """Drop Dirac deltas (sign, Heaviside, Abs differentiated at 0): proofs hold away from kinks."""
    return expr.replace(lambda e: isinstance(e, sp.DiracDelta), lambda e: sp.S.Zero)


@functools.lru_cache(maxsize=1024)
def _short_multiple(sp, value: float):
    """value as r * b to 1e-15 relative, for r a short rational (denominator up to 1000, or a decimal of
    up to 6 places; numerator up to 10^6) and b one of 1, sqrt(2) times 1, pi, sqrt(pi) or their
    reciprocals; else None. Catches what Python folds before SymPy sees it: gelu's helper writes
    6 * k * c for 6 sqrt(2/pi) 0.044715, which nsimplify does not recognise."""
    import math
    if value == 0 or not math.isfinite(value):
        return None
    for root in (sp.S.One, sp.sqrt(2)):
        for power in (sp.S.One, sp.pi, 1 / sp.pi, sp.sqrt(sp.pi), 1 / sp.sqrt(sp.pi)):
            base = root * power
            ratio = value / float(base)
            for r in (sp.Rational(round(ratio * 10 ** 6), 10 ** 6), sp.Rational(ratio).limit_denominator(1000)):
                if 0 < abs(r.p) <= 10 ** 6 and abs(float(r * base) - value) <= 1e-15 * abs(value):
                    return r * base
    return None


def _exact_constants(sp, expr, quick: bool = False):
    """Floats in a formula (2/sqrt(pi) written as 1.1283791670955126, log(2) as 0.6931...) replaced by
    the constant they round, when a short rational times a power of pi (see _short_multiple), or (unless
    quick: nsimplify takes ~0.05 s a float) one of pi, e, log 2, log 10 and small rationals, matches to
    1e-15."""
    def exact(f):
        found = _short_multiple(sp, float(f))
        if found is None and not quick:
            found = _closed_form(sp, float(f))
        return f if found is None else found
    return expr.xreplace({f: exact(f) for f in expr.atoms(sp.Float)})


@functools.lru_cache(maxsize=1024)
def _closed_form(sp, value: float):
    """The constant a float rounds among pi, e, log 2, log 10 and small rationals, else None; each value
    is looked up once (nsimplify takes ~0.05 s a call, and cells and formulas repeat their floats)."""
    for constants in ([sp.pi], [sp.E], [sp.log(2)], [sp.log(10)], []):
        guess = sp.nsimplify(sp.Float(value), constants, tolerance=1e-15, rational=False)
        # a short expression with small integers only: nsimplify fits long combinations to any float
        small = all(abs(r.q) <= 1000 and abs(r.p) <= 10 ** 6 for r in guess.atoms(sp.Rational))
        if small and sp.count_ops(guess) <= 4 and abs(float(guess) - value) <= 1e-15 * max(1.0, abs(value)):
            return guess
    return None


def _cheap_zero(sp, e) -> bool:
    """Expand, write the exps as powers of one symbol (see _exp_powers), cancel, then rewrite everything in
    exp and cancel: rational functions of exp reduce to 0 fast where simplify is slow. Each step on expr
    as it is and with its floats matched to constants (sinc's helper multiplies by math.pi), the cheaper
    steps first."""
    try:
        exact = _exact_constants(sp, e, quick=True) if e.has(sp.Float) else e
        if exact.has(sp.Float):
            if sp.expand(e) == 0:  # selu's float constants cancel as they are
                return True
            exact = _exact_constants(sp, e)
        # every float matched: the exact form is all there is to try (floats equal as doubles are matched
        # to the same constant, so what cancels with floats cancels without them)
        forms = [exact] if not exact.has(sp.Float) else [e, exact]
        # cancel before expanding: expanding tanh(log(1 + exp(x))) in exp makes cancel take seconds
        steps = [sp.expand, lambda f: sp.expand(sp.numer(sp.together(_exp_powers(sp, f)))), sp.cancel,
                 lambda f: sp.cancel(f.rewrite(sp.exp)), lambda f: sp.cancel(sp.expand(f.rewrite(sp.exp)))]
        return any(step(f) == 0 for step in steps for f in forms)
    except TimeLimit:
        raise
    except Exception:  # noqa: BLE001 - not this way, maybe another
        return False


def _exp_powers(sp, e):
    """e in exp, with each exp(a) whose exponent is a rational multiple c of the simplest exponent a0
    written T^c for one positive symbol T: tanh(u), sigmoid(2u) and sigmoid(-2u) become rational functions
    of T, which cancel reduces in a fraction of the time it takes with the exps. Sound: an identity of
    rational functions in T holds for T = exp(a0) too."""
    e = e.rewrite(sp.exp)
    # real exponents only: exp(a0) of a real a0 is positive, which the rewriting may rely on
    exponents = sorted({a.args[0] for a in e.atoms(sp.exp) if a.args[0].is_extended_real},
                       key=lambda a: (sp.count_ops(a), str(a)))
    if not exponents:
        return e
    t = sp.Dummy("T", positive=True)
    powers = {}
    for a in exponents:
        ratio = sp.cancel(a / exponents[0])
        if ratio.is_Rational:
            powers[sp.exp(a)] = t ** ratio
    return e.xreplace(powers)


def _is_zero(sp, expr) -> bool | None:
    """True when simplify reduces expr to 0 for every value of its symbols (as their assumptions allow);
    the slow sequel of _cheap_zero, for an expr without Dirac deltas."""
    strategies = [sp.simplify, lambda e: sp.simplify(_exact_constants(sp, e)),
                  lambda e: sp.simplify(sp.piecewise_fold(e)),
                  lambda e: sp.simplify(_exact_constants(sp, e).rewrite(sp.exp)),
                  # square roots of products split once factored: sqrt(p * (p + 2)) = sqrt(p) sqrt(p + 2), p > 0
                  lambda e: sp.simplify(sp.factor(e, deep=True))]
    for attempt in strategies:
        try:
            if attempt(expr) == 0:
                return True
        except TimeLimit:
            raise
        except Exception:  # noqa: BLE001 - a simplification SymPy cannot do is not a disproof
            continue
    return None


def _real_value(sp, expr, point) -> float | None:
    """expr at the point when it is finite and real there, else None."""
    import math
    try:
        # the numbers substituted first: evalf(subs=...) raises its precision until it can tell a zero
        # result from rounding, which takes seconds where a formula is right
        value = complex(expr.xreplace(point).evalf(30))
    except TimeLimit:
        raise
    except Exception:  # noqa: BLE001 - a point where the expression does not evaluate has no value
        return None
    if not (math.isfinite(value.real) and math.isfinite(value.imag)) or abs(value.imag) >= 1e-12:
        return None
    return value.real


class _Setting:
    """One configuration of an op: its forward, differentiable inputs, sample domains and boolean inputs."""

    def __init__(self, sp, forward, inputs: list, domains: dict, booleans=frozenset()):
        self.sp, self.forward, self.inputs, self.domains, self.booleans = sp, forward, inputs, domains, booleans
        self.proved = {}  # input name: its backward difference, proved 0

    def draw(self, name: str, rng):
        """A random value of an input: 0 or 1 for a boolean one (where's condition, masked_fill's mask: a
        real value would be 0, the false branch, with probability 0), else a float of its sample domain."""
        if name in self.booleans:
            return self.sp.Integer(int(rng.integers(0, 2)))
        return self.sp.Float(float(rng.uniform(*self.domains.get(name, (-2.0, 2.0)))), 30)

    @functools.cached_property
    def real_domain(self) -> _RealDomain | None:
        # found once per configuration and only when a proof needs it: SymPy takes up to a second
        return _real_domain(self.sp, self.forward, self.inputs)

    def real_at(self, point) -> bool:
        return _real_value(self.sp, self.forward, point) is not None

    def outside(self, point) -> bool:
        """The point fixes the forward, which is not real there (nan, complex)."""
        return self.forward.free_symbols <= set(point) and not self.real_at(point)


class _RealDomain:
    """Where a forward of one input is real (and continuous): acosh's x >= 1, logit's 0 < x < 1."""

    def __init__(self, symbol, where, points):
        self.symbol, self.where, self.points = symbol, where, points

    def excludes(self, setting: _Setting, order) -> bool:
        """The cell lies outside: SymPy's domain says so and the forward is indeed not real inside it."""
        inside = regions.witness(setting.sp, order)
        return self.where.contains(inside[self.symbol]) != setting.sp.true and not setting.real_at(inside)


def _real_domain(sp, forward, inputs) -> _RealDomain | None:
    """The forward's real domain when it has one input and is not real everywhere, else None."""
    free = [s for s in inputs if s in forward.free_symbols]
    if len(free) != 1:
        return None
    from sympy.calculus.util import continuous_domain
    try:
        where = continuous_domain(forward, free[0], sp.S.Reals)
        ends = where.boundary
    except TimeLimit:
        raise
    except Exception:  # noqa: BLE001 - a domain SymPy cannot find: the proof stays on all reals
        return None
    if where == sp.S.Reals or not isinstance(ends, sp.FiniteSet):
        return None
    points = [b for b in ends if b not in (sp.oo, -sp.oo)]
    # every end must be a number the cells can be cut at: a cell straddling an end would be excluded whole
    if not points or not all(b.is_number and b.is_extended_real for b in points):
        return None
    return _RealDomain(free[0], where, points)


def _counterexample(setting: _Setting, expr, symbols: dict):
    """A point of the sample domain where expr is clearly non-zero (both sides finite) and the forward is
    real, else None: acosh's derivative and a wrong formula can both be real at x = -1.5, acosh is not."""
    import numpy as np
    sp = setting.sp
    rng = np.random.default_rng(3)
    for _ in range(8):
        point = {sym: setting.draw(n, rng) for n, sym in symbols.items()}
        value = _real_value(sp, expr, point)
        if value is not None and abs(value) > 1e-8 and setting.real_at(point):
            return {str(k): float(v) for k, v in point.items()}, value
    return None


def _counterexample_in(setting: _Setting, expr, order, symbols: dict):
    """A point inside one cell (see regions.py) where expr is clearly non-zero and the forward real, else
    None. The cell may lie beyond the sample domain (softplus's threshold at 20, a clamp's upper bound)."""
    import numpy as np
    sp, domains = setting.sp, setting.domains
    rng = np.random.default_rng(5)
    names = {sym: n for n, sym in symbols.items()}
    spans = [domains.get(names.get(s), (-2.0, 2.0)) for s in order if getattr(s, "is_Symbol", False)]
    span = (min(lo for lo, _ in spans), max(hi for _, hi in spans)) if spans else (-2.0, 2.0)
    for _ in range(4):
        inside = regions.random_point(order, rng, span)
        point = {sym: sp.Float(inside[sym], 30) if sym in inside else setting.draw(n, rng)
                 for n, sym in symbols.items()}
        value = _real_value(sp, expr, point)
        if value is not None and abs(value) > 1e-8 and setting.real_at(point):
            return {str(k): float(v) for k, v in point.items()}, value
    return None


# ---- piecewise differences, cell by cell ---------------------------------------------------------------------
def _by_cells(setting: _Setting, expr, symbols: dict, domain: _RealDomain | None = None):
    """Prove expr 0 in every cell of its conditions (regions.py), within the forward's real domain when
    given: ("proved", None), ("disproved", (point, gap)) from a cell whose branch is not 0, or
    ("unproved", None); None when the conditions are not comparisons of inputs and constants."""
    sp = setting.sp
    compared = regions.comparisons(sp, expr)
    ordered = sorted((compared & set(setting.inputs)) | ({domain.symbol} if domain else set()), key=str)
    points = set(domain.points) if domain else set()
    while regions.count(ordered, points) <= regions.MAX_CELLS:
        branches = {}
        for order in regions.cells(ordered, regions.sorted_points(points)):
            if domain is not None and domain.excludes(setting, order):
                continue
            branch, missing = regions.collapse(sp, expr, order, ordered)
            if missing is not None:  # a boundary the cells do not have yet: cut again with it
                points.add(missing)
                break
            if branch is None:
                return None
            branches[order] = branch
        else:
            return _prove_branches(setting, branches, expr, symbols)
    return None


def _prove_branches(setting: _Setting, branches: dict, expr, symbols: dict):
    """Each cell's branch must reduce to 0: as it is (most do; SymPy's assumptions make the positive gaps
    slow), else with its symbols written with the cell's positive gaps. Where one does not, a
    counterexample inside that cell is looked for first."""
    sp = setting.sp
    unproved = False
    for order, branch in branches.items():
        if branch == 0 or _cheap_zero(sp, branch):
            continue
        branch = branch.xreplace(regions.gaps_substitution(sp, order))
        if _cheap_zero(sp, branch):
            continue
        if setting.outside(regions.witness(sp, order)):  # beyond the forward's real domain: see _proof
            unproved = True
            continue
        found = _counterexample_in(setting, expr, order, symbols)
        if found:
            return "disproved", found
        unproved = unproved or not _is_zero(sp, branch)
    return ("unproved", None) if unproved else ("proved", None)


def _proof(setting: _Setting, difference, symbols: dict):
    """("proved", None), ("disproved", (point, gap)) or ("unproved", None) for difference = 0 almost
    everywhere on the forward's real domain.

    A piecewise difference goes cell by cell first (simplify is slow on Piecewise, and a cell where the
    branch is not 0 is where to look for a counterexample); any other, or one whose conditions the cells
    cannot decide, meets a counterexample search over the sample domain first: cheaper than
    simplification, and a disproof needs none. A difference not shown 0 on all reals is tried again on the
    forward's real domain (acosh's formula 1 / sqrt(x^2 - 1) is its derivative only for x > 1)."""
    sp = setting.sp
    expr = _almost_everywhere(sp, difference)
    if expr == 0:
        return "proved", None
    cells = _by_cells(setting, expr, symbols) if regions.has_branches(sp, expr) else None
    if cells is not None and cells[0] != "unproved":
        return cells
    found = _counterexample(setting, expr, symbols)
    if found:
        return "disproved", found
    if cells is None and _cheap_zero(sp, expr):
        return "proved", None
    domain = setting.real_domain
    restricted = _by_cells(setting, expr, symbols, domain) if domain is not None else None
    if restricted is not None and restricted[0] != "unproved":
        return restricted
    if cells is None and _is_zero(sp, expr):
        return "proved", None
    return "unproved", None


def _configurations(spec: dict, op) -> list[dict]:
    """Distinct non-Tensor argument values among the samples (each is proved separately)."""
    tensors = {a.name for a in op.sig.args if a.base == "Tensor"}
    seen, out = set(), []
    for sample in spec["samples"] if spec else [{}]:
        values = {}
        for a in op.sig.args:
            if a.name in tensors:
                continue
            values[a.name] = sample.get(a.name, a.default if a.has_default else None)
        key = repr(sorted(values.items()))
        if key not in seen:
            seen.add(key)
            out.append(values)
    return out or [{}]


@functools.cache
def _real_symbol(sp):
    """A factory of real symbols for the inputs, grad and tangents."""
    class Real(sp.Symbol):
        # `x.copy()` (clone's forward) is x: SymPy's own copy rebuilds an atom from its arguments, and a
        # Symbol has none
        def copy(self):
            return self
    return lambda name: Real(name, real=True)


def _exact_value(sp, value):
    """A float argument as the decimal it is written as (0.7 -> 7/10): forward and formula then compute
    with exact numbers, and alpha * scale equals scale * alpha."""
    import math
    if isinstance(value, float) and math.isfinite(value):
        return sp.Rational(repr(value))
    return value


def _domains(spec: dict) -> dict:
    out = {}
    for sample in spec.get("samples", []) if spec else []:
        for k, v in sample.items():
            if isinstance(v, dict) and "domain" in v and k not in out:
                out[k] = tuple(v["domain"])
    return out


def _booleans(spec: dict) -> frozenset:
    return frozenset(k for sample in (spec.get("samples", []) if spec else []) for k, v in sample.items()
                     if isinstance(v, dict) and v.get("dtype") == "bool")


def prove_op(registry: Registry, op, spec: dict | None) -> dict:
    """{'backward': status, 'forward': status, 'detail': str} for one op (see STATUSES)."""
    sp = registry.sp
    args = op.sig.args
    if any(a.base == "Tensor" and a.is_list for a in args) or len(op.sig.returns) != 1 or op.sig.returns[0].is_list:
        return {"backward": "not symbolic", "forward": "not symbolic", "detail": "lists or several outputs"}
    formulas = [f for f in op.formulas if f.kind == "formula"]
    if not formulas:
        return {"backward": "not symbolic", "forward": "not symbolic", "detail": "no derivative formula"}
    results = {"backward": [], "forward": []}
    detail = ""
    for values in _configurations(spec, op):
        real = _real_symbol(sp)
        symbols = {a.name: real(a.name) for a in args if a.base == "Tensor"}
        bound = {**{k: _exact_value(sp, v) for k, v in values.items()}, **symbols}
        try:
            f = registry.forward(op, bound)
            if not isinstance(f, sp.Basic) or f.has(sp.Derivative):
                raise NotSymbolic("the forward is not a scalar expression")
        except NotSymbolic as exc:
            results["backward"].append(("not symbolic", str(exc)))
            results["forward"].append(("not symbolic", str(exc)))
            continue
        result_name = op.sig.returns[0].name
        g = real("grad")
        # <input>_dtype, as a formula that casts back to its input's dtype reads it: the inputs are real
        dtypes = {f"{n}_dtype": "float64" for n in symbols}
        scope = {**bound, **dtypes, "F": registry.F, "helpers": registry.helpers, result_name: f, "grad": g,
                 "grads": [g], f"grad_{result_name}": g}
        diff_inputs = [n for f_ in formulas for n in f_.inputs]
        setting = _Setting(sp, f, [symbols[n] for n in diff_inputs], _domains(spec), _booleans(spec))
        for formula in formulas:
            try:
                got = _evaluate(formula.code, scope)
                got = got if len(formula.inputs) > 1 else (got,)
                for name, value in zip(formula.inputs, got):
                    want = g * sp.diff(f, symbols[name])
                    difference = sp.sympify(value) - want
                    verdict = _verdict(setting, difference, symbols | {"grad": g}, f"input '{name}'", values)
                    if verdict[0] == "proved":
                        setting.proved[name] = difference
                    results["backward"].append(verdict)
            except NotSymbolic as exc:
                results["backward"].append(("not symbolic", str(exc)))
        tangents = {f"{n}_t": real(f"{n}_t") for n in symbols}
        for ff in op.forward_formulas:
            if ff.kind == "non_differentiable":
                continue
            try:
                got = _evaluate(ff.code, {**scope, **tangents})
                got = got[0] if isinstance(got, tuple) else got
                want = sum((tangents[f"{n}_t"] * sp.diff(f, symbols[n]) for n in diff_inputs), sp.S.Zero)
                difference = sp.sympify(got) - want
                if _proved_as_backward(setting, difference, {n: tangents[f"{n}_t"] for n in diff_inputs}, g):
                    results["forward"].append(("proved", ""))
                    continue
                results["forward"].append(_verdict(setting, difference, symbols | tangents, "forward mode", values))
            except NotSymbolic as exc:
                results["forward"].append(("not symbolic", str(exc)))
    if not op.forward_formulas:
        results["forward"].append(("not symbolic", "no forward-mode formula"))
    out = {}
    for kind, verdicts in results.items():
        out[kind] = _worst([v for v, _ in verdicts]) if verdicts else "not symbolic"
        bad = [d for v, d in verdicts if v == out[kind] and d]
        if out[kind] in ("disproved", "unproved", "not symbolic") and bad and not detail:
            detail = bad[0]
    out["detail"] = detail
    return out


def _proved_as_backward(setting: _Setting, difference, tangents: dict, grad) -> bool:
    """A forward-mode difference that is the sum of the proved backward ones, each with its input's tangent
    for grad (an auto_element_wise formula is the backward one with self_t for grad; mul's is
    self_t * other + other_t * self): no second proof needed, a sum of differences 0 for every grad is 0."""
    if not tangents or not set(tangents) <= set(setting.proved):
        return False
    backward = [setting.proved[n].xreplace({grad: t}) for n, t in tangents.items()]
    return difference - setting.sp.Add(*backward) == 0


def _verdict(setting: _Setting, difference, symbols, what, values):
    status, found = _proof(setting, difference, symbols)
    if status == "proved":
        return "proved", ""
    config = ", ".join(f"{k}={v!r}" for k, v in values.items())
    if found:
        point, gap = found
        where = ", ".join(f"{k}={v:.6g}" for k, v in point.items())
        return "disproved", f"{what}: off by {gap:.6g} at {where}" + (f" ({config})" if config else "")
    return "unproved", f"{what}: SymPy could not reduce the difference to 0"


def _worst(statuses) -> str:
    # proved only when every formula of every configuration is: one that does not translate is not proved
    for s in ("disproved", "unproved", "not symbolic", "proved"):
        if s in statuses:
            return s
    return "not symbolic"


def load(registry_path, user: bool = False) -> tuple[Registry, list]:
    """The Registry of a YAML file (codegen's loader and model), and its ops."""
    from yamlgrad.codegen.main import load_ops  # needs the `codegen` extra (PyYAML)
    ops = load_ops(registry_path, user=user)
    core = load_ops(core_registry_path()) if user else []
    return Registry(ops, core), ops


def core_registry_path():
    """yamlgrad's own derivatives.yaml: next to the runtime package in a source checkout, else in the
    working directory (a copy of the package elsewhere, as `make regen` in another tree)."""
    from pathlib import Path
    import yamlgrad.namespace as yamlgrad
    beside = Path(yamlgrad.__file__).resolve().parent.parent / "derivatives.yaml"
    return beside if beside.exists() else Path.cwd() / "derivatives.yaml"


TIME_LIMIT = 1.0  # seconds of CPU time per op; an op past it is reported "unproved (time limit)"


def prove_all(registry: Registry, ops: list, table: dict, names=None, time_limit: float = TIME_LIMIT) -> dict:
    import signal
    import threading
    wanted = set(names) if names else None
    # SIGVTALRM interrupts SymPy (pure Python) between bytecodes; only the main thread may use it. It counts
    # this process's CPU time, not wall time: the proofs run beside the numeric checks, and a busy machine
    # must not turn a proof into "unproved".
    timed = hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()

    def expire(*_):
        raise TimeLimit

    out = {}
    previous = signal.signal(signal.SIGVTALRM, expire) if timed else None
    try:
        for op in ops:
            if wanted is not None and op.name not in wanted:
                continue
            try:
                if timed:
                    signal.setitimer(signal.ITIMER_VIRTUAL, time_limit)
                out[op.name] = prove_op(registry, op, table.get(op.name))
            except TimeLimit:
                out[op.name] = {"backward": "unproved", "forward": "unproved",
                                "detail": f"time limit ({time_limit:g} s) reached"}
            finally:
                if timed:
                    signal.setitimer(signal.ITIMER_VIRTUAL, 0)
    finally:
        if timed:
            signal.signal(signal.SIGVTALRM, previous)
    return out


__all__ = ["STATUSES", "NotSymbolic", "Registry", "available", "load", "prove_all", "prove_op"]

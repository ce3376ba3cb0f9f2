"""Derivatives of elementwise math: pow, clamp, logit, atan2, sinc."""
from __future__ import annotations

import math
from numbers import Number

from yamlgrad.numerics.helpers.registry import tensor_helper


@tensor_helper
def pow_backward_self(F, grad, self, exponent):
    """d/dx x**p = p * x**(p-1), defined as 0 where p == 0 (torch's choice, so 0**0 has gradient 0)."""
    if isinstance(exponent, Number):
        if exponent == 0:
            return F.zeros_like(grad)
        return grad * exponent * F.pow(self, exponent - 1)
    return F.where(exponent == 0, 0.0, grad * exponent * F.pow(self, exponent - 1))


@tensor_helper
def pow_backward_exponent(F, grad, self, exponent, result):
    """d/dp x**p = x**p * log(x), defined as 0 where x == 0 and p >= 0 (torch's choice)."""
    return F.where((self == 0) & (exponent >= 0), 0.0, grad * result * F.log(self))


@tensor_helper
def pow_jvp(F, self_t, self, exponent, exponent_t, result):
    """Tangent of self ** exponent. Forward mode runs on arrays only, so an exponent without a tangent
    (zeros here) can be skipped: its term would be 0 * log(self), NaN for a negative base."""
    import numpy as np
    out = pow_backward_self(F, self_t, self, exponent)
    if isinstance(exponent, Number) or not np.any(exponent_t):
        return out
    return out + pow_backward_exponent(F, exponent_t, self, exponent, result)


@tensor_helper
def clamp_backward(F, grad, self, min, max):
    """Pass the gradient where min <= self <= max (bounds included, as in torch)."""
    mask = None
    if min is not None:
        mask = self >= min
    if max is not None:
        mask = (self <= max) if mask is None else mask & (self <= max)
    return F.where(mask, grad, 0.0)


@tensor_helper
def logit_backward(F, grad, self, eps):
    """torch's logit_backward: with eps, 0 outside [eps, 1 - eps]; without, nan outside [0, 1] (and +-inf at
    0 and 1). The denominator only sees safe values where the result is masked, so it differentiates again."""
    if eps is None or eps < 0:
        outside = (self < 0) | (self > 1)
        fill = math.nan
    else:
        outside = (self < eps) | (self > 1 - eps)
        fill = 0.0
    safe = F.where(outside, 0.5, self)
    return F.where(outside, fill, grad / (safe * (1 - safe)))


@tensor_helper
def atan2_recip(F, self, other):
    """1 / (self^2 + other^2), 0 where that sum is 0 (torch's atan2 gradient is 0 at the origin). The reciprocal
    only sees safe values where the result is masked."""
    zero = self * self + other * other == 0
    return F.where(zero, 0.0, 1 / F.where(zero, 1.0, self * self + other * other))


@tensor_helper
def sinc_backward(F, grad, self):
    """d/dx sin(pi x) / (pi x) = (pi x cos(pi x) - sin(pi x)) / (pi x^2), 0 where pi x^2 == 0 (as torch, which
    also zeroes it where x * x underflows). The masked entries see x = 1, so the result differentiates again."""
    zero = self * self * math.pi == 0
    safe = F.where(zero, 1.0, self)
    pix = safe * math.pi
    return F.where(zero, 0.0, grad * (pix * F.cos(pix) - F.sin(pix)) / (safe * safe * math.pi))


@tensor_helper
def clamp_backward_min(F, grad, self, min, max):
    """torch's clamp_backward_min_max for min: the gradient where self < min (and min < max when both given)."""
    mask = self < min
    if max is not None:
        mask = mask & (min < max)
    return F.where(mask, grad, 0.0)


@tensor_helper
def clamp_backward_max(F, grad, self, min, max):
    """... for max: where self > max, and everywhere max < min (then the result is max)."""
    mask = self > max
    if min is not None:
        mask = mask | (max < min)
    return F.where(mask, grad, 0.0)


@tensor_helper
def clamp_jvp(F, self_p, self_t, min_p, min_t, max_p, max_t):
    """Forward-mode clamp, consistent with the backward above (ties go to self); a missing tangent is 0."""
    min_t = 0.0 if min_t is None else min_t
    max_t = 0.0 if max_t is None else max_t
    out = self_t
    if min_p is not None:
        out = F.where(self_p < min_p, min_t, out)
    if max_p is not None:
        out = F.where(self_p > max_p, max_t, out)
        if min_p is not None:
            out = F.where(max_p < min_p, max_t, out)
    return out

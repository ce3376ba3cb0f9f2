"""kl_divergence(p, q) and register_kl: KL(p || q) dispatched on the pair of distribution types.

The most specific registered pair wins (by position in each type's MRO), so a subclass inherits
its parent's formula unless it registers its own.
"""
from __future__ import annotations

import yamlgrad.namespace as yg
from yamlgrad.nn import functional

from .bernoulli import Bernoulli
from .categorical import Categorical
from .distribution import Distribution
from .multivariate_normal import MultivariateNormal, half_log_det, mahalanobis
from .normal import Normal
from .uniform import Uniform

_REGISTRY: dict = {}


def register_kl(type_p, type_q):
    """Decorator registering fn(p, q) as KL(p || q) for p of type_p and q of type_q."""
    for name, t in (("type_p", type_p), ("type_q", type_q)):
        if not (isinstance(t, type) and issubclass(t, Distribution)):
            raise TypeError(f"Expected {name} to be a Distribution subclass but got {t}")

    def decorator(fn):
        _REGISTRY[type_p, type_q] = fn
        return fn

    return decorator


def _lookup(type_p, type_q):
    mro_p, mro_q = type_p.__mro__, type_q.__mro__
    best, best_rank = None, None
    for (p, q), fn in _REGISTRY.items():
        if p in mro_p and q in mro_q:
            rank = (mro_p.index(p), mro_q.index(q))
            if best_rank is None or rank < best_rank:
                best, best_rank = fn, rank
    return best


def kl_divergence(p: Distribution, q: Distribution):
    """KL(p || q), batched over the distributions' batch shapes."""
    fn = _lookup(type(p), type(q))
    if fn is None:
        raise NotImplementedError(f"No KL(p || q) is implemented for p type {type(p).__name__} and q type "
                                  f"{type(q).__name__}")
    return fn(p, q)


def _infinite_where(mask, value):
    return yg.where(mask, float("inf"), value)


@register_kl(Normal, Normal)
def _kl_normal_normal(p, q):
    var_ratio = (p.scale / q.scale) ** 2
    shift = ((p.loc - q.loc) / q.scale) ** 2
    return 0.5 * (var_ratio + shift - 1 - var_ratio.log())


@register_kl(MultivariateNormal, MultivariateNormal)
def _kl_mvn_mvn(p, q):
    if p.event_shape != q.event_shape:
        raise ValueError("KL-divergence between two Multivariate Normals with different event shapes cannot be "
                         "computed")
    Lp, Lq = p._unbroadcasted_scale_tril, q._unbroadcasted_scale_tril
    k = p.event_shape[0]
    batch = tuple(yg.broadcast_shapes(tuple(Lp.shape[:-2]), tuple(Lq.shape[:-2])))
    # tr(Sq^-1 Sp) = ||Lq^-1 Lp||_F^2
    trace = (yg.linalg.solve(Lq.tril().expand(batch + (k, k)), Lp.expand(batch + (k, k))) ** 2).sum((-2, -1))
    shift = mahalanobis(Lq, q.loc - p.loc)
    return half_log_det(Lq) - half_log_det(Lp) + 0.5 * (trace + shift - k)


@register_kl(Categorical, Categorical)
def _kl_categorical_categorical(p, q):
    t = p.probs * (p.logits - q.logits)
    # A class impossible under q but possible under p makes the divergence infinite;
    # classes impossible under p contribute nothing (0 log 0 = 0).
    t = _infinite_where((q.probs == 0).expand(t.shape), t)
    t = yg.where((p.probs == 0).expand(t.shape), 0.0, t)
    return t.sum(-1)


@register_kl(Bernoulli, Bernoulli)
def _kl_bernoulli_bernoulli(p, q):
    softplus = functional.softplus
    t1 = p.probs * (softplus(-q.logits) - softplus(-p.logits))
    t1 = yg.where(p.probs == 0, 0.0, _infinite_where(q.probs == 0, t1))
    t2 = (1 - p.probs) * (softplus(q.logits) - softplus(p.logits))
    t2 = yg.where(p.probs == 1, 0.0, _infinite_where(q.probs == 1, t2))
    return t1 + t2


@register_kl(Uniform, Uniform)
def _kl_uniform_uniform(p, q):
    result = ((q.high - q.low) / (p.high - p.low)).log()
    return _infinite_where((q.low > p.low) | (q.high < p.high), result)

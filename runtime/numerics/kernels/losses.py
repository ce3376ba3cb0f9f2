"""nll_loss's forward and the index pattern its backward scatters into."""
from __future__ import annotations

import numpy as np


def _nll_picks(shape, target, weight, ignore_index, dtype, check=True):
    """The class picked in each row (ignored rows pick 0) and each row's weight (None: all 1)."""
    n_classes = shape[1]
    if target.size == 0:
        return target, None
    # ufunc reduces, not .min()/.all(): on a batch of a few hundred labels the Python layer dominates
    lo, hi = np.minimum.reduce(target), np.maximum.reduce(target)
    all_valid = not lo <= ignore_index <= hi or not np.any(target == ignore_index)
    if all_valid:
        index = target
    else:
        valid = target != ignore_index
        index = np.where(valid, target, 0)
        lo, hi = np.minimum.reduce(index), np.maximum.reduce(index)
    if check and (lo < 0 or hi >= n_classes):
        bad = index[(index < 0) | (index >= n_classes)][0]
        raise IndexError(f"Target {int(bad)} is out of bounds.")
    if weight is not None:
        w = weight[index]
        return index, (w if all_valid else w * valid)
    return index, (None if all_valid else valid.astype(dtype))


def nll_loss(x, target, weight=None, reduction=1, ignore_index=-100):
    """-x[n, target[n]] * weight[target[n]] for log-probabilities x (N, C); ignored rows count 0 and
    are left out of the mean's denominator (the sum of the picked weights). One sample x (C,) with a 0-d
    target is a batch of one whose unreduced loss is 0-d, as torch takes it."""
    if x.ndim == 1:
        loss = nll_loss(x[None], np.reshape(target, (1,)), weight, reduction, ignore_index)
        return loss.reshape(()) if reduction == 0 else loss
    index, w = _nll_picks(x.shape, target, weight, ignore_index, x.dtype)
    picked = x[np.arange(x.shape[0]), index]  # a fresh array: negated in place
    loss = np.negative(picked, out=picked) if w is None else np.negative(np.multiply(picked, w, out=picked), out=picked)
    if reduction == 0:
        return loss
    total = np.add.reduce(loss)
    if reduction == 2:
        return total
    count = x.shape[0] if w is None else np.add.reduce(w)
    if count == 0:  # an empty batch, or every row ignored: nan, as torch
        with np.errstate(invalid="ignore", divide="ignore"):
            return np.true_divide(total, count, dtype=x.dtype)
    return np.true_divide(total, count, dtype=x.dtype)


def _classes_last(shape) -> tuple:
    """The axes that move the class dim of an (N, C, d1, ...) array last: (N, d1, ..., C)."""
    return (0,) + tuple(range(2, len(shape))) + (1,)


def nll_loss2d(x, target, weight=None, reduction=1, ignore_index=-100):
    """torch's nll_loss2d: nll_loss of log-probabilities x (N, C, H, W) against targets (N, H, W), each
    pixel a sample; the unreduced loss has the target's shape."""
    flat = np.transpose(x, _classes_last(x.shape)).reshape(-1, x.shape[1])
    loss = nll_loss(flat, np.reshape(target, -1), weight, reduction, ignore_index)
    return loss.reshape(np.shape(target)) if reduction == 0 else loss


def nll_loss2d_grad_pattern(shape, target, weight, reduction, ignore_index, dtype):
    """nll_loss_grad_pattern for an (N, C, H, W) input: the flat pattern with the classes moved back to dim 1."""
    moved = (shape[0],) + tuple(shape[2:]) + (shape[1],)
    pattern = nll_loss_grad_pattern((int(np.prod(moved[:-1])), shape[1]), np.reshape(target, -1), weight,
                                    reduction, ignore_index, dtype)
    return np.moveaxis(pattern.reshape(moved), -1, 1)


def nll_loss_grad_pattern(shape, target, weight, reduction, ignore_index, dtype):
    """d nll_loss / d x per unit of the loss's gradient: (N, C) (or (C,)), nonzero only at each row's target."""
    if len(shape) == 1:
        return nll_loss_grad_pattern((1, *shape), np.reshape(target, (1,)), weight, reduction, ignore_index,
                                     dtype).reshape(shape)
    index, w = _nll_picks(shape, target, weight, ignore_index, dtype, check=False)  # the forward checked
    n = shape[0]
    pattern = np.zeros(shape, dtype)
    if n == 0:
        return pattern
    rows = np.arange(n)
    if w is None:
        pattern[rows, index] = -1.0 / n if reduction == 1 else -1.0
    else:  # ignored rows get no gradient (not -0.0, not nan)
        scale = np.negative(w, dtype=dtype)
        total = np.add.reduce(w)
        if reduction == 1 and total != 0:  # every row ignored: the pattern stays all zeros
            scale /= total
        keep = w != 0
        pattern[rows[keep], index[keep]] = scale[keep]
    return pattern


# ---- pointwise losses (torch's mse_loss, smooth_l1_loss, huber_loss, binary_cross_entropy[_with_logits]) ----
# `reduction` is torch's enum: 0 none, 1 mean, 2 sum. Inputs broadcast; a mean divides by the broadcast size.

def _loss_reduce(loss, reduction):
    if reduction == 1:
        return np.asarray(np.mean(loss), dtype=loss.dtype)
    if reduction == 2:
        return np.asarray(np.sum(loss), dtype=loss.dtype)
    return loss


def mse_loss(x, target, reduction=1):
    diff = np.subtract(x, target)
    return _loss_reduce(np.multiply(diff, diff), reduction)


def smooth_l1_loss(x, target, reduction=1, beta=1.0):
    """0.5 d^2 / beta where |d| < beta, else |d| - 0.5 beta (beta > 0; beta == 0 is l1_loss)."""
    diff = np.subtract(x, target)
    absd = np.abs(diff)
    return _loss_reduce(np.where(absd < beta, diff * diff * (0.5 / beta), absd - 0.5 * beta), reduction)


def huber_loss(x, target, reduction=1, delta=1.0):
    """0.5 d^2 where |d| < delta, else delta (|d| - 0.5 delta)."""
    diff = np.subtract(x, target)
    absd = np.abs(diff)
    return _loss_reduce(np.where(absd < delta, diff * diff * 0.5, (absd - 0.5 * delta) * delta), reduction)


def binary_cross_entropy(x, target, weight=None, reduction=1):
    """w ((y - 1) max(log1p(-x), -100) - y max(log(x), -100)), for probabilities x in [0, 1]."""
    with np.errstate(divide="ignore"):
        log1m = np.maximum(np.log1p(np.negative(x)), -100.0)
        logx = np.maximum(np.log(x), -100.0)
    loss = (target - 1) * log1m - target * logx
    if weight is not None:
        loss = loss * weight
    return _loss_reduce(loss, reduction)


def binary_cross_entropy_with_logits(x, target, weight=None, pos_weight=None, reduction=1):
    """BCE on sigmoid(x) in the stable form max(x, 0) - x y + log(1 + exp(-|x|)); with pos_weight p,
    (1 - y) x + (1 + (p - 1) y) (log(1 + exp(-|x|)) + max(-x, 0))."""
    tail = np.log1p(np.exp(np.negative(np.abs(x))))
    if pos_weight is None:
        loss = np.maximum(x, 0.0) - x * target + tail
    else:
        loss = (1 - target) * x + ((pos_weight - 1) * target + 1) * (tail + np.maximum(np.negative(x), 0.0))
    if weight is not None:
        loss = loss * weight
    return _loss_reduce(loss, reduction)

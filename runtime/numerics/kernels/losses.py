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
    are left out of the mean's denominator (the sum of the picked weights)."""
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


def nll_loss_grad_pattern(shape, target, weight, reduction, ignore_index, dtype):
    """d nll_loss / d x per unit of the loss's gradient: (N, C), nonzero only at each row's target."""
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

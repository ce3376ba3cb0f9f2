"""Loss functions (torch.nn.functional's names, arguments and reductions): the registry's loss ops where
torch has one (mse_loss, nll_loss, smooth_l1_loss, huber_loss, binary_cross_entropy[_with_logits], so graphs
show torch's node names), composed from registry ops where torch composes too; `reduction=` and the legacy
`size_average`/`reduce` arguments are checked as torch checks them."""
from __future__ import annotations

import warnings

import numpy as np

from yamlgrad.autogen import ops
from yamlgrad.core import grad_mode
from yamlgrad.core.tensor import Tensor
from yamlgrad.numerics.dtypes import is_float_dtype

__all__ = ['mse_loss', 'nll_loss', 'cross_entropy', 'binary_cross_entropy', 'binary_cross_entropy_with_logits', 'l1_loss', 'smooth_l1_loss', 'huber_loss', 'kl_div']


_REDUCTIONS = ("none", "mean", "sum")


def _check_reduction(reduction: str) -> None:
    if reduction not in _REDUCTIONS:
        raise ValueError(f"{reduction} is not a valid value for reduction")


def _reduce(loss: Tensor, reduction: str) -> Tensor:
    if reduction == "mean":
        return loss.mean()
    if reduction == "sum":
        return loss.sum()
    return loss


def _check_same_size(input: Tensor, target: Tensor, message: str) -> None:
    if tuple(target.shape) != tuple(input.shape):
        raise ValueError(message.format(tuple(target.shape), tuple(input.shape)))


def mse_loss(input: Tensor, target: Tensor, size_average: bool | None = None, reduce: bool | None = None,
             reduction: str = "mean") -> Tensor:
    if size_average is not None or reduce is not None:
        reduction = _legacy_reduction(size_average, reduce)
    _check_reduction(reduction)
    if tuple(target.shape) != tuple(input.shape):
        warnings.warn(f"Using a target size ({tuple(target.shape)}) that is different to the input size "
                      f"({tuple(input.shape)}). This will likely lead to incorrect results due to broadcasting. "
                      "Please ensure they have the same size.", stacklevel=2)
    return ops.mse_loss(input, target, _REDUCTIONS.index(reduction))  # torch's enum order


def _flatten_classes(input: Tensor, target: Tensor):
    """(N, C, d1, ...) / (N, d1, ...) -> (M, C) / (M,) (one sample (C,) / () stays), and the shape of the
    unreduced loss."""
    if input.ndim == 0:
        raise ValueError("Expected 1 or more dimensions (got 0)")
    if target.dtype.kind not in "iu":
        raise RuntimeError(f"expected scalar type Long but found {target.dtype.name} (class-index targets must "
                           "be integers)")
    if input.ndim == 1:  # one sample: the registry's nll_loss takes it as it is, as torch's does
        if target.ndim != 0:
            raise RuntimeError(f"0D or 1D target tensor expected, multi-target not supported (input of shape "
                               f"{tuple(input.shape)} takes a 0-d target, got {tuple(target.shape)})")
        return input, target, ()
    if target.shape[:1] != input.shape[:1]:
        raise ValueError(f"Expected input batch_size ({input.shape[0]}) to match target batch_size "
                         f"({target.shape[0] if target.ndim else 0}).")
    expected = (input.shape[0],) + tuple(input.shape[2:])
    if tuple(target.shape) != expected:
        raise RuntimeError(f"Expected target size {expected}, got {tuple(target.shape)}")
    if input.ndim == 2:
        return input, target, tuple(target.shape)
    n_classes = input.shape[1]
    dims = (0,) + tuple(range(2, input.ndim)) + (1,)
    return input.permute(dims).reshape(-1, n_classes), target.reshape(-1), tuple(target.shape)


def nll_loss(input: Tensor, target: Tensor, weight: Tensor | None = None, size_average: bool | None = None,
             ignore_index: int = -100, reduce: bool | None = None, reduction: str = "mean") -> Tensor:
    """-input[n, target[n]] (times weight[target[n]]), for log-probabilities `input` of shape (N, C),
    (C,) or (N, C, d1, ...) and integer class targets; targets equal to ignore_index contribute 0 and are
    left out of the mean's denominator, which is the sum of the picked weights."""
    if size_average is not None or reduce is not None:
        reduction = _legacy_reduction(size_average, reduce)
    _check_reduction(reduction)
    logp, flat, out_shape = _flatten_classes(input, target)
    n_classes = logp.shape[-1]
    if weight is not None and tuple(weight.shape) != (n_classes,):
        raise RuntimeError(f"weight tensor should be defined either for all {n_classes} classes or no classes "
                           f"but got weight tensor of shape: {tuple(weight.shape)}")
    enum = _REDUCTIONS.index(reduction)  # torch's enum order
    if input.ndim > 2:  # spatial dims: nll_loss2d (NllLoss2DBackward0), on a (N, C, 1, -1) view unless 4-d
        _not_differentiable("nll_loss2d_forward", "weight", weight)
        if input.ndim == 4:
            return ops.nll_loss2d(input, target, weight, enum, ignore_index)
        n, c = input.shape[:2]
        loss = ops.nll_loss2d(input.contiguous().view(n, c, 1, -1), target.contiguous().view(n, 1, -1), weight,
                              enum, ignore_index)
        return loss.view(out_shape) if reduction == "none" else loss
    _not_differentiable("nll_loss_forward", "weight", weight)
    loss = ops.nll_loss(logp, flat, weight, enum, ignore_index)
    return loss.reshape(out_shape) if reduction == "none" and tuple(loss.shape) != out_shape else loss


def cross_entropy(input: Tensor, target: Tensor, weight: Tensor | None = None, size_average: bool | None = None,
                  ignore_index: int = -100, reduce: bool | None = None, reduction: str = "mean",
                  label_smoothing: float = 0.0) -> Tensor:
    """log_softmax over the class dimension (1, or 0 for a 1-d input) followed by nll_loss; `target` holds
    class indices (integer dtype) or class probabilities (floating dtype, same shape as input)."""
    if size_average is not None or reduce is not None:
        reduction = _legacy_reduction(size_average, reduce)
    _check_reduction(reduction)
    if not 0.0 <= label_smoothing <= 1.0:
        raise ValueError(f"label_smoothing must be between 0.0 and 1.0. Got: {label_smoothing}")
    if input.ndim == 0:
        raise ValueError("Expected 1 or more dimensions (got 0)")
    class_dim = 0 if input.ndim == 1 else 1
    n_classes = input.shape[class_dim]
    logp = ops.log_softmax(input, class_dim)
    wshape = [1] * input.ndim
    wshape[class_dim] = n_classes
    if is_float_dtype(target.dtype):  # class probabilities
        _check_same_size(input, target, "Expected target size {} to match input size {} for probability targets")
        if label_smoothing > 0:
            target = target * (1 - label_smoothing) + label_smoothing / n_classes
        prod = logp * target
        if weight is not None:
            prod = prod * weight.reshape(wshape)
        # torch's composition, so the graph shows its nodes: -(logp * p).sum(...), then / N for the mean
        if reduction == "none":
            return -prod.sum(class_dim)
        if reduction == "sum":
            return -prod.sum()
        return -prod.sum() / (input.numel() // n_classes)
    nll = nll_loss(logp, target, weight=weight, ignore_index=ignore_index, reduction=reduction)
    if label_smoothing == 0:
        return nll
    # torch's label smoothing for class-index targets: (1 - ls) * nll + ls / C * smooth, where smooth is
    # -sum_c logp_c (weighted by weight_c), zero at ignored targets, normalised like nll_loss.
    smooth = -(logp * weight.reshape(wshape)).sum(class_dim) if weight is not None else -logp.sum(class_dim)
    ignored = target == ignore_index
    smooth = ops.masked_fill(smooth, ignored, 0.0)
    if reduction == "mean":
        if weight is not None:
            picked_weights = weight[ops.where(ignored, 0, target)]
            smooth = smooth.sum() / ops.where(ignored, 0.0, picked_weights).sum()
        else:
            smooth = smooth.sum() / (~ignored).sum()
    elif reduction == "sum":
        smooth = smooth.sum()
    return (1 - label_smoothing) * nll + smooth * (label_smoothing / n_classes)


def binary_cross_entropy(input: Tensor, target: Tensor, weight: Tensor | None = None,
                         size_average: bool | None = None, reduce: bool | None = None,
                         reduction: str = "mean") -> Tensor:
    """-w * (y log x + (1 - y) log(1 - x)), written as torch's kernel writes it,
    w * ((y - 1) * max(log1p(-x), -100) - y * max(log(x), -100)).

    The logs are masked rather than evaluated at 0, so the gradient is finite everywhere; where a log is
    clamped (x == 0 or 1) its term is constant and contributes no gradient (torch instead reports
    +-(x - y) / 1e-12 there)."""
    if size_average is not None or reduce is not None:
        reduction = _legacy_reduction(size_average, reduce)
    _check_reduction(reduction)
    _check_same_size(input, target, "Using a target size ({}) that is different to the input size ({}) is "
                                    "deprecated. Please ensure they have the same size.")
    data = input._data
    if data.size and not (np.all(data >= 0) and np.all(data <= 1)):
        raise RuntimeError("all elements of input should be between 0 and 1")
    _not_differentiable("binary_cross_entropy", "weight", weight)
    return ops.binary_cross_entropy(input, target, weight, _REDUCTIONS.index(reduction))


def binary_cross_entropy_with_logits(input: Tensor, target: Tensor, weight: Tensor | None = None,
                                     size_average: bool | None = None, reduce: bool | None = None,
                                     reduction: str = "mean", pos_weight: Tensor | None = None) -> Tensor:
    """BCE on sigmoid(input) in the stable form max(x, 0) - x*y + log(1 + exp(-|x|)); with pos_weight p,
    (1 - y) x + (1 + (p - 1) y) (log(1 + exp(-|x|)) + max(-x, 0)). `maximum` (not relu) splits the
    gradient at the tie x == 0, so the gradient there is sigmoid(0) - y as it should be."""
    if size_average is not None or reduce is not None:
        reduction = _legacy_reduction(size_average, reduce)
    _check_reduction(reduction)
    _check_same_size(input, target, "Target size ({}) must be the same as input size ({})")
    _not_differentiable("binary_cross_entropy_with_logits", "weight", weight)
    _not_differentiable("binary_cross_entropy_with_logits", "pos_weight", pos_weight)
    return ops.binary_cross_entropy_with_logits(input, target, weight, pos_weight, _REDUCTIONS.index(reduction))


def _not_differentiable(function: str, name: str, weight) -> None:
    """torch gives class and element weights no gradient: while grad mode is on, a weight that requires
    grad is refused rather than silently left without one."""
    if weight is not None and weight.requires_grad and grad_mode.state.enabled:
        raise RuntimeError(f"The function '{function}' is not differentiable with respect to argument '{name}'. "
                           "This input cannot have requires_grad True.")


def _legacy_reduction(size_average, reduce) -> str:
    """torch's translation of the deprecated size_average / reduce flags into a reduction."""
    size_average = True if size_average is None else size_average
    reduce = True if reduce is None else reduce
    reduction = "mean" if size_average and reduce else "sum" if reduce else "none"
    warnings.warn(f"size_average and reduce args will be deprecated, please use reduction='{reduction}' instead.",
                  stacklevel=3)
    return reduction


def _warn_target_size(input: Tensor, target: Tensor) -> None:
    if tuple(target.shape) != tuple(input.shape):
        warnings.warn(f"Using a target size ({tuple(target.shape)}) that is different to the input size "
                      f"({tuple(input.shape)}). This will likely lead to incorrect results due to broadcasting. "
                      "Please ensure they have the same size.", stacklevel=3)


def _check_weight(weight: Tensor, input: Tensor) -> None:
    if tuple(weight.shape) != tuple(input.shape):
        raise ValueError("Weights and input must have the same size.")


def _invalid_reduction(reduction: str):
    return ValueError(f"Invalid reduction mode: {reduction}. Expected one of 'none', 'mean', 'sum'.")


def l1_loss(input: Tensor, target: Tensor, size_average: bool | None = None, reduce: bool | None = None,
            reduction: str = "mean", weight: Tensor | None = None) -> Tensor:
    """|input - target| (times weight); with weight, 'mean' is sum(w |d|) / sum(w) as in torch. The
    gradient at input == target is 0 (abs' subgradient)."""
    _warn_target_size(input, target)
    if size_average is not None or reduce is not None:
        reduction = _legacy_reduction(size_average, reduce)
    loss = ops.abs(input - target)
    if weight is None:
        _check_reduction(reduction)
        return _reduce(loss, reduction)
    _check_weight(weight, input)
    loss = loss * weight
    if reduction == "mean":
        return loss.sum() / weight.sum()
    if reduction not in ("none", "sum"):
        raise _invalid_reduction(reduction)
    return _reduce(loss, reduction)


def smooth_l1_loss(input: Tensor, target: Tensor, size_average: bool | None = None, reduce: bool | None = None,
                   reduction: str = "mean", beta: float = 1.0) -> Tensor:
    _warn_target_size(input, target)
    if size_average is not None or reduce is not None:
        reduction = _legacy_reduction(size_average, reduce)
    _check_reduction(reduction)
    if beta < 0:
        raise RuntimeError("smooth_l1_loss does not support negative values for beta.")
    if beta == 0:  # l1_loss, which torch composes
        return _reduce(ops.abs(input - target), reduction)
    return ops.smooth_l1_loss(input, target, _REDUCTIONS.index(reduction), float(beta))


def huber_loss(input: Tensor, target: Tensor, reduction: str = "mean", delta: float = 1.0,
               weight: Tensor | None = None) -> Tensor:
    """0.5 d^2 where |d| < delta, else delta (|d| - 0.5 delta); with weight, 'mean' is mean(w * loss)."""
    _warn_target_size(input, target)
    if weight is None:
        _check_reduction(reduction)
    if delta <= 0:
        raise RuntimeError("huber_loss does not support non-positive values for delta.")
    if weight is None:
        return ops.huber_loss(input, target, _REDUCTIONS.index(reduction), float(delta))
    # torch weights the unreduced loss and reduces the product
    loss = ops.huber_loss(input, target, 0, float(delta))
    _check_weight(weight, input)
    loss = loss * weight
    if reduction not in _REDUCTIONS:
        raise _invalid_reduction(reduction)
    return _reduce(loss, reduction)


def _xlogx(t: Tensor) -> Tensor:
    """t * log(t), 0 where t == 0 (torch's xlogy(t, t)); log never sees the zeros (double `where`)."""
    zero = t == 0
    return ops.where(zero, 0.0, t * ops.log(ops.where(zero, 1.0, t)))


def kl_div(input: Tensor, target: Tensor, size_average: bool | None = None, reduce: bool | None = None,
           reduction: str = "mean", log_target: bool = False) -> Tensor:
    """Pointwise target * (log(target) - input) (or exp(target) * (target - input) with log_target), for
    log-probabilities `input`; 'batchmean' divides the sum by input.shape[0] (by 1 for a 0-d input)."""
    if size_average is not None or reduce is not None:
        reduction = _legacy_reduction(size_average, reduce)
    elif reduction == "mean":
        warnings.warn("reduction: 'mean' divides the total loss by both the batch size and the support size."
                      "'batchmean' divides only by the batch size, and aligns with the KL div math definition."
                      "'mean' will be changed to behave the same as 'batchmean' in the next major release.",
                      stacklevel=2)
    if reduction != "batchmean":
        _check_reduction(reduction)
    if log_target:
        loss = ops.exp(target) * (target - input)
    else:
        loss = _xlogx(target) - target * input
    if reduction == "batchmean":
        total = loss.sum()
        return total / input.shape[0] if input.ndim != 0 else total
    return _reduce(loss, reduction)

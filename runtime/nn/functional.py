"""yamlgrad.nn.functional: activations and losses (torch.nn.functional names and arguments).

Every function here is a registry op (derivatives.yaml) or a composition of registry ops, so its gradient
comes from the registry's formulas; nothing is differentiated by hand. Integer targets and masks only
select elements (indexing, `where`); they are never differentiated. Where torch's
functional API is itself a composition (relu6, softsign, max_pool2d over max_pool2d_with_indices,
layer_norm, attention ...), so is ours.
"""
from __future__ import annotations

import warnings

import numpy as np

from yamlgrad.autogen import ops
from yamlgrad.api.factories import arange
from yamlgrad.core.tensor import Tensor
from yamlgrad.numerics.dtypes import is_float_dtype

__all__ = ["relu", "sigmoid", "tanh", "softmax", "log_softmax", "linear", "mse_loss", "nll_loss", "cross_entropy",
           "binary_cross_entropy", "binary_cross_entropy_with_logits"]

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


# ---- activations ---------------------------------------------------------------------------------
def relu(input: Tensor, inplace: bool = False) -> Tensor:
    return input.relu_() if inplace else ops.relu(input)


def sigmoid(input: Tensor) -> Tensor:
    return ops.sigmoid(input)


def tanh(input: Tensor) -> Tensor:
    return ops.tanh(input)


def _softmax_dim(ndim: int, name: str) -> int:
    warnings.warn(f"Implicit dimension choice for {name} has been deprecated. Change the call to include dim=X "
                  "as an argument.", stacklevel=3)
    return 0 if ndim in (0, 1, 3) else 1


def softmax(input: Tensor, dim: int | None = None, _stacklevel: int = 3, dtype=None) -> Tensor:
    if dim is None:
        dim = _softmax_dim(input.ndim, "softmax")
    if dtype is not None:
        input = input.to(dtype)
    return ops.softmax(input, dim)


def log_softmax(input: Tensor, dim: int | None = None, _stacklevel: int = 3, dtype=None) -> Tensor:
    if dim is None:
        dim = _softmax_dim(input.ndim, "log_softmax")
    if dtype is not None:
        input = input.to(dtype)
    return ops.log_softmax(input, dim)


def linear(input: Tensor, weight: Tensor, bias: Tensor | None = None) -> Tensor:
    """input @ weight.T + bias, weight of shape (out_features, in_features). As in torch, a 2-d input
    with a bias is one addmm (its backward gives the weight a row-major gradient without a copy)."""
    if bias is not None and input.ndim == 2 and weight.ndim == 2 and bias.ndim <= 1:
        return ops.addmm(bias, input, ops.t(weight))
    out = ops.matmul(input, ops.t(weight) if weight.ndim == 2 else weight.T)
    return out if bias is None else out + bias


# ---- helpers composed from registry ops ----------------------------------------------------------
def _log1p(z: Tensor) -> Tensor:
    return ops.log1p(z)


def _softplus_neg_abs(x: Tensor) -> Tensor:
    """log(1 + exp(-|x|)), the bounded part of softplus(x) = max(x, 0) + log(1 + exp(-|x|))."""
    return _log1p(ops.exp(-ops.abs(x)))


def _clamped_log(x: Tensor) -> Tensor:
    """log(x) clamped below at -100 (as torch's binary_cross_entropy does), without nan gradients at x == 0:
    log only ever sees positive values (a double `where`)."""
    positive = x > 0
    safe = ops.where(positive, x, 1.0)
    return ops.where(positive, ops.log(safe).clamp(min=-100.0), -100.0)


def _clamped_log1p(z: Tensor) -> Tensor:
    """log1p(z) clamped below at -100, the same way (finite everywhere, also at z == -1)."""
    valid = z > -1
    safe = ops.where(valid, z, 0.0)
    return ops.where(valid, _log1p(safe).clamp(min=-100.0), -100.0)


def _check_same_size(input: Tensor, target: Tensor, message: str) -> None:
    if tuple(target.shape) != tuple(input.shape):
        raise ValueError(message.format(tuple(target.shape), tuple(input.shape)))


# ---- losses ---------------------------------------------------------------------------------------
def mse_loss(input: Tensor, target: Tensor, reduction: str = "mean") -> Tensor:
    _check_reduction(reduction)
    if tuple(target.shape) != tuple(input.shape):
        warnings.warn(f"Using a target size ({tuple(target.shape)}) that is different to the input size "
                      f"({tuple(input.shape)}). This will likely lead to incorrect results due to broadcasting. "
                      "Please ensure they have the same size.", stacklevel=2)
    diff = input - target
    return _reduce(diff * diff, reduction)


def _flatten_classes(input: Tensor, target: Tensor):
    """(N, C, d1, ...) / (N, d1, ...) -> (M, C) / (M,), and the shape of the unreduced loss."""
    if input.ndim == 0:
        raise ValueError("Expected 1 or more dimensions (got 0)")
    if target.dtype.kind not in "iu":
        raise RuntimeError(f"expected scalar type Long but found {target.dtype.name} (class-index targets must "
                           "be integers)")
    if input.ndim == 1:
        if target.ndim != 0:
            raise RuntimeError(f"0D or 1D target tensor expected, multi-target not supported (input of shape "
                               f"{tuple(input.shape)} takes a 0-d target, got {tuple(target.shape)})")
        return input.unsqueeze(0), target.reshape(1), ()
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


def nll_loss(input: Tensor, target: Tensor, weight: Tensor | None = None, ignore_index: int = -100,
             reduction: str = "mean") -> Tensor:
    """-input[n, target[n]] (times weight[target[n]]), for log-probabilities `input` of shape (N, C),
    (C,) or (N, C, d1, ...) and integer class targets; targets equal to ignore_index contribute 0 and are
    left out of the mean's denominator, which is the sum of the picked weights."""
    _check_reduction(reduction)
    logp, flat, out_shape = _flatten_classes(input, target)
    n_classes = logp.shape[1]
    if weight is not None and tuple(weight.shape) != (n_classes,):
        raise RuntimeError(f"weight tensor should be defined either for all {n_classes} classes or no classes "
                           f"but got weight tensor of shape: {tuple(weight.shape)}")
    loss = ops.nll_loss(logp, flat, weight, _REDUCTIONS.index(reduction), ignore_index)  # torch's enum order
    return loss.reshape(out_shape) if reduction == "none" and tuple(loss.shape) != out_shape else loss


def cross_entropy(input: Tensor, target: Tensor, weight: Tensor | None = None, ignore_index: int = -100,
                  reduction: str = "mean", label_smoothing: float = 0.0) -> Tensor:
    """log_softmax over the class dimension (1, or 0 for a 1-d input) followed by nll_loss; `target` holds
    class indices (integer dtype) or class probabilities (floating dtype, same shape as input)."""
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
        loss = -prod.sum(class_dim)
        if reduction == "mean":
            return loss.sum() / (input.numel() // n_classes)
        return _reduce(loss, reduction)
    nll = nll_loss(logp, target, weight=weight, ignore_index=ignore_index, reduction=reduction)
    if label_smoothing == 0:
        return nll
    # torch's label smoothing for class-index targets: (1 - ls) * nll + ls / C * smooth, where smooth is
    # -sum_c logp_c (weighted by weight_c), zero at ignored targets, normalised like nll_loss.
    smooth = -(logp * weight.reshape(wshape)).sum(class_dim) if weight is not None else -logp.sum(class_dim)
    ignored = target == ignore_index
    smooth = ops.where(ignored, 0.0, smooth)
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
                         reduction: str = "mean") -> Tensor:
    """-w * (y log x + (1 - y) log(1 - x)), written as torch's kernel writes it,
    w * ((y - 1) * max(log1p(-x), -100) - y * max(log(x), -100)).

    The logs are masked rather than evaluated at 0, so the gradient is finite everywhere; where a log is
    clamped (x == 0 or 1) its term is constant and contributes no gradient (torch instead reports
    +-(x - y) / 1e-12 there)."""
    _check_reduction(reduction)
    _check_same_size(input, target, "Using a target size ({}) that is different to the input size ({}) is "
                                    "deprecated. Please ensure they have the same size.")
    data = input._data
    if data.size and not (np.all(data >= 0) and np.all(data <= 1)):
        raise RuntimeError("all elements of input should be between 0 and 1")
    loss = (target - 1) * _clamped_log1p(-input) - target * _clamped_log(input)
    if weight is not None:
        loss = loss * weight
    return _reduce(loss, reduction)


def binary_cross_entropy_with_logits(input: Tensor, target: Tensor, weight: Tensor | None = None,
                                     reduction: str = "mean", pos_weight: Tensor | None = None) -> Tensor:
    """BCE on sigmoid(input) in the stable form max(x, 0) - x*y + log(1 + exp(-|x|)); with pos_weight p,
    (1 - y) x + (1 + (p - 1) y) (log(1 + exp(-|x|)) + max(-x, 0)). `maximum` (not relu) splits the
    gradient at the tie x == 0, so the gradient there is sigmoid(0) - y as it should be."""
    _check_reduction(reduction)
    _check_same_size(input, target, "Target size ({}) must be the same as input size ({})")
    softplus_tail = _softplus_neg_abs(input)
    if pos_weight is None:
        loss = ops.maximum(input, 0.0) - input * target + softplus_tail
    else:
        log_weight = (pos_weight - 1) * target + 1
        loss = (1 - target) * input + log_weight * (softplus_tail + ops.maximum(-input, 0.0))
    if weight is not None:
        loss = loss * weight
    return _reduce(loss, reduction)


# ==== group: math ====


# ==== group: activations ====
from yamlgrad.core.inplace import inplace as _inplace  # noqa: E402

__all__ += ["relu6", "hardtanh", "hardtanh_", "leaky_relu", "leaky_relu_", "elu", "elu_", "selu", "selu_", "celu",
            "celu_", "gelu", "silu", "mish", "softplus", "softsign", "logsigmoid", "hardsigmoid", "hardswish", "glu"]


def _apply(op, input: Tensor, inplace: bool, *args) -> Tensor:
    """`op(input, *args)`, or written into `input` (torch's `op_`) when inplace."""
    return _inplace(op, input, *args) if inplace else op(input, *args)


def hardtanh(input: Tensor, min_val: float = -1.0, max_val: float = 1.0, inplace: bool = False) -> Tensor:
    """min(max(input, min_val), max_val); gradient 1 strictly between the bounds, 0 at and outside them."""
    if min_val > max_val:
        raise ValueError("min_val cannot be greater than max_val")
    return _apply(ops.hardtanh, input, inplace, min_val, max_val)


def hardtanh_(input: Tensor, min_val: float = -1.0, max_val: float = 1.0) -> Tensor:
    return hardtanh(input, min_val, max_val, inplace=True)


def relu6(input: Tensor, inplace: bool = False) -> Tensor:
    """min(max(0, input), 6): hardtanh(input, 0, 6), as in torch (HardtanhBackward0)."""
    return _apply(ops.hardtanh, input, inplace, 0.0, 6.0)


def leaky_relu(input: Tensor, negative_slope: float = 0.01, inplace: bool = False) -> Tensor:
    return _apply(ops.leaky_relu, input, inplace, negative_slope)


def leaky_relu_(input: Tensor, negative_slope: float = 0.01) -> Tensor:
    return leaky_relu(input, negative_slope, inplace=True)


def elu(input: Tensor, alpha: float = 1.0, inplace: bool = False) -> Tensor:
    return _apply(ops.elu, input, inplace, alpha)


def elu_(input: Tensor, alpha: float = 1.0) -> Tensor:
    return elu(input, alpha, inplace=True)


def selu(input: Tensor, inplace: bool = False) -> Tensor:
    """scale * elu(input, alpha) with alpha = 1.6732632423543772, scale = 1.0507009873554805."""
    return _apply(ops.selu, input, inplace)


def selu_(input: Tensor) -> Tensor:
    return selu(input, inplace=True)


def celu(input: Tensor, alpha: float = 1.0, inplace: bool = False) -> Tensor:
    """max(0, x) + min(0, alpha * (exp(x / alpha) - 1))."""
    return _apply(ops.celu, input, inplace, alpha)


def celu_(input: Tensor, alpha: float = 1.0) -> Tensor:
    return celu(input, alpha, inplace=True)


def gelu(input: Tensor, approximate: str = "none") -> Tensor:
    """input * Phi(input) (Phi the standard normal CDF), or torch's tanh approximation."""
    return ops.gelu(input, approximate=approximate)


def silu(input: Tensor, inplace: bool = False) -> Tensor:
    return _apply(ops.silu, input, inplace)


def mish(input: Tensor, inplace: bool = False) -> Tensor:
    return _apply(ops.mish, input, inplace)


def softplus(input: Tensor, beta: float = 1.0, threshold: float = 20.0) -> Tensor:
    """log(1 + exp(beta * input)) / beta, reverting to input where beta * input > threshold."""
    return ops.softplus(input, beta, threshold)


def softsign(input: Tensor) -> Tensor:
    """input / (1 + |input|), composed as torch composes it (DivBackward0)."""
    return input / (ops.abs(input) + 1)


def logsigmoid(input: Tensor) -> Tensor:
    return ops.log_sigmoid(input)


def hardsigmoid(input: Tensor, inplace: bool = False) -> Tensor:
    """relu6(input + 3) / 6; gradient 1/6 strictly inside (-3, 3)."""
    return _apply(ops.hardsigmoid, input, inplace)


def hardswish(input: Tensor, inplace: bool = False) -> Tensor:
    """input * relu6(input + 3) / 6; gradient 0 for input <= -3, input / 3 + 1/2 below 3, then 1."""
    return _apply(ops.hardswish, input, inplace)


def glu(input: Tensor, dim: int = -1) -> Tensor:
    """a * sigmoid(b), a and b the two halves of input along dim."""
    if input.ndim == 0:
        raise RuntimeError("glu does not support scalars because halving size must be even")
    return ops.glu(input, dim)


# ==== group: reductions ====

# Regression losses and KL divergence, composed of registry ops (abs, where, log, exp, mean, sum).
__all__ += ["l1_loss", "smooth_l1_loss", "huber_loss", "kl_div"]


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


def _smooth_l1(diff: Tensor, beta: float) -> Tensor:
    """0.5 d^2 / beta where |d| < beta, else |d| - 0.5 beta (torch's kernel; at |d| == beta both pieces
    have slope sign(d))."""
    absd = ops.abs(diff)
    return ops.where(absd < beta, diff * diff * (0.5 / beta), absd - 0.5 * beta)


def smooth_l1_loss(input: Tensor, target: Tensor, size_average: bool | None = None, reduce: bool | None = None,
                   reduction: str = "mean", beta: float = 1.0) -> Tensor:
    _warn_target_size(input, target)
    if size_average is not None or reduce is not None:
        reduction = _legacy_reduction(size_average, reduce)
    _check_reduction(reduction)
    if beta < 0:
        raise RuntimeError("smooth_l1_loss does not support negative values for beta.")
    diff = input - target
    loss = ops.abs(diff) if beta == 0 else _smooth_l1(diff, beta)
    return _reduce(loss, reduction)


def huber_loss(input: Tensor, target: Tensor, reduction: str = "mean", delta: float = 1.0,
               weight: Tensor | None = None) -> Tensor:
    """0.5 d^2 where |d| < delta, else delta (|d| - 0.5 delta); with weight, 'mean' is mean(w * loss)."""
    _warn_target_size(input, target)
    if weight is None:
        _check_reduction(reduction)
    if delta <= 0:
        raise RuntimeError("huber_loss does not support non-positive values for delta.")
    diff = input - target
    absd = ops.abs(diff)
    loss = ops.where(absd < delta, diff * diff * 0.5, (absd - 0.5 * delta) * delta)
    if weight is not None:
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


# ==== group: linalg ====


# ==== group: shape ====
__all__.append("pad")

_PAD_MODES = ("constant", "reflect", "replicate", "circular")


def _pad_source_index(size: int, left: int, right: int, mode: str) -> np.ndarray:
    """For each position of the padded dim, the input position it copies (torch's reflect/replicate/circular)."""
    if mode == "circular":  # torch crops negative pads first, then wraps around what is left
        start, stop = max(-left, 0), size - max(-right, 0)
        j = np.arange(max(left, 0) + (stop - start) + max(right, 0))
        return start + (j - max(left, 0)) % (stop - start)
    pos = np.arange(size + left + right) - left
    if mode == "replicate":
        return np.clip(pos, 0, size - 1)
    pos = np.abs(pos)  # reflect: mirror at both edges without repeating the edge element
    return np.where(pos > size - 1, 2 * (size - 1) - pos, pos)


def pad(input: Tensor, pad, mode: str = "constant", value: float | None = None) -> Tensor:
    """torch.nn.functional.pad. `constant` is the registry op constant_pad_nd (negative pads crop); the other
    modes are index_select along each padded dim with the index pattern of the mode, so their gradients
    (scatter-adds onto the input) come from the registry too."""
    pad = tuple(int(p) for p in pad)
    if len(pad) % 2:
        raise RuntimeError("Padding length must be divisible by 2")
    if len(pad) // 2 > input.ndim:
        raise RuntimeError(f"Padding length should be less than or equal to two times the input dimension but got "
                           f"padding length {len(pad)} and input of dimension {input.ndim}")
    if mode == "constant":
        return ops.constant_pad_nd(input, pad, 0 if value is None else value)
    if mode not in _PAD_MODES:
        raise NotImplementedError(f"Unrecognised padding mode {mode}")
    if value is not None and value != 0:
        raise RuntimeError(f'Padding mode "{mode}" doesn\'t take in value argument')
    k = len(pad) // 2
    if k not in (1, 2, 3) or input.ndim not in (k + 1, k + 2):
        raise NotImplementedError(f"Padding size {len(pad)} is not supported for {input.ndim}D input tensor.")
    shape = tuple(input.shape)
    if mode != "circular" and 0 in shape[0 if input.ndim == k + 1 else 1:]:
        raise RuntimeError(f"Expected {k + 1}D or {k + 2}D (batch mode) tensor with possibly 0 batch size and other "
                           f"non-zero dimensions for input, but got: {list(shape)}")
    out = input
    for i in range(k):
        dim = input.ndim - 1 - i
        left, right = pad[2 * i], pad[2 * i + 1]
        size = shape[dim]
        if left == right == 0:
            continue
        if mode == "reflect" and (left >= size or right >= size):
            raise RuntimeError(f"Argument #4: Padding size should be less than the corresponding input dimension, "
                               f"but got: padding ({left}, {right}) at dimension {dim} of input {list(shape)}")
        if mode == "circular" and (left > size or right > size):
            raise RuntimeError("Padding value causes wrapping around more than once.")
        if (size + min(left, 0) + min(right, 0) <= 0 if mode == "circular" else size + left + right < 0):
            raise RuntimeError(f"input size {size} at dimension {dim} is too small for the padding ({left}, {right})")
        out = ops.index_select(out, dim, _pad_source_index(size, left, right, mode))
    return ops.clone(out) if out is input else out


# ==== group: nn ====
# Convolution, pooling, normalization, embedding, dropout and attention. The registry ops are
# convolution, max_pool2d_with_indices, avg_pool2d and embedding (plus their backward ops); everything
# else here is composed from registry ops, so its gradients (of every order) come from their formulas.
import math as _nn_math  # noqa: E402
from numbers import Number as _nn_Number  # noqa: E402

from yamlgrad.api import factories as _nn_factories  # noqa: E402
from yamlgrad.core.grad_mode import no_grad as _nn_no_grad  # noqa: E402

__all__ += ["conv1d", "conv2d", "max_pool2d", "max_pool2d_with_indices", "avg_pool2d", "adaptive_avg_pool2d",
            "layer_norm", "batch_norm", "group_norm", "embedding", "dropout", "normalize", "cosine_similarity",
            "scaled_dot_product_attention"]


def _nn_ntuple(value, n: int, name: str = "value") -> tuple:
    if isinstance(value, _nn_Number):
        return (int(value),) * n
    value = tuple(int(v) for v in value)
    if len(value) == 1:
        return value * n
    if len(value) != n:
        raise RuntimeError(f"expected {name} to be a single integer value or a list of {n} values to match the "
                           f"convolution dimensions, but got {name}={list(value)}")
    return value


def _nn_as_tensor(x):
    return x if isinstance(x, Tensor) else _nn_factories.as_tensor(x)


# ---- convolution ----------------------------------------------------------------------------------
def _nn_conv(input, weight, bias, stride, padding, dilation, groups, nd: int) -> Tensor:
    name = f"conv{nd}d"
    if input.ndim not in (nd + 1, nd + 2):
        raise RuntimeError(f"Expected {nd + 1}D (unbatched) or {nd + 2}D (batched) input to {name}, but got input "
                           f"of size: {list(input.shape)}")
    batched = input.ndim == nd + 2
    if not batched:
        input = input.unsqueeze(0)
    stride = _nn_ntuple(stride, nd, "stride")
    dilation = _nn_ntuple(dilation, nd, "dilation")
    if isinstance(padding, str):
        if padding == "valid":
            padding = (0,) * nd
        elif padding == "same":
            if any(s != 1 for s in stride):
                raise RuntimeError("padding='same' is not supported for strided convolutions")
            total = [dilation[i] * (weight.shape[2 + i] - 1) for i in range(nd)]
            left = tuple(t // 2 for t in total)
            extra = [t - 2 * lo for t, lo in zip(total, left)]
            if any(extra):  # torch pads the odd element on the right, then pads symmetrically
                pads = []
                for e in reversed(extra):
                    pads += [0, e]
                input = pad(input, pads)
            padding = left
        else:
            raise RuntimeError(f"Invalid padding string: '{padding}'")
    else:
        padding = _nn_ntuple(padding, nd, "padding")
    out = ops.convolution(input, weight, bias, stride, padding, dilation, False, (0,) * nd, groups)
    return out if batched else out.squeeze(0)


def conv1d(input: Tensor, weight: Tensor, bias: Tensor | None = None, stride=1, padding=0, dilation=1,
           groups: int = 1) -> Tensor:
    """1-d cross-correlation of (N, C_in, L) or (C_in, L) with weight (C_out, C_in / groups, k);
    padding an int, a 1-tuple, 'valid' or 'same'."""
    return _nn_conv(input, weight, bias, stride, padding, dilation, groups, 1)


def conv2d(input: Tensor, weight: Tensor, bias: Tensor | None = None, stride=1, padding=0, dilation=1,
           groups: int = 1) -> Tensor:
    """2-d cross-correlation of (N, C_in, H, W) or (C_in, H, W) with weight (C_out, C_in / groups, kh, kw);
    padding an int, a pair, 'valid' or 'same'."""
    return _nn_conv(input, weight, bias, stride, padding, dilation, groups, 2)


# ---- pooling --------------------------------------------------------------------------------------
def _nn_pool_stride(stride):
    """torch's stride=None (or []) means stride = kernel_size; the registry ops take [] for it."""
    return () if stride is None else stride


def max_pool2d_with_indices(input: Tensor, kernel_size, stride=None, padding=0, dilation=1, ceil_mode: bool = False,
                            return_indices: bool = True):
    """(output, indices): indices are flat positions h * W + w of each window's first maximum."""
    return ops.max_pool2d_with_indices(input, kernel_size, _nn_pool_stride(stride), padding, dilation,
                                       ceil_mode)


def max_pool2d(input: Tensor, kernel_size, stride=None, padding=0, dilation=1, ceil_mode: bool = False,
               return_indices: bool = False):
    """Max over each (dilated) window of (N, C, H, W) or (C, H, W); padding counts as -inf. At ties the
    gradient goes to the first maximum of the window in row-major order (as torch)."""
    output, indices = max_pool2d_with_indices(input, kernel_size, stride, padding, dilation, ceil_mode)
    return (output, indices) if return_indices else output


def avg_pool2d(input: Tensor, kernel_size, stride=None, padding=0, ceil_mode: bool = False,
               count_include_pad: bool = True, divisor_override: int | None = None) -> Tensor:
    return ops.avg_pool2d(input, kernel_size, _nn_pool_stride(stride), padding, ceil_mode,
                          count_include_pad, divisor_override)


def _nn_adaptive_matrix(size: int, out: int, dtype) -> np.ndarray:
    """(out, size) averaging matrix of adaptive pooling: row i averages [floor(i*size/out), ceil((i+1)*size/out))."""
    i = np.arange(out)
    start = (i * size) // out
    end = -((-(i + 1) * size) // out)
    cols = np.arange(size)
    inside = (cols >= start[:, None]) & (cols < end[:, None])
    return (inside / (end - start)[:, None]).astype(dtype)


def adaptive_avg_pool2d(input: Tensor, output_size) -> Tensor:
    """Average pooling to a fixed output size (None keeps that input size). Separable: A_h @ x @ A_w.T with
    constant averaging matrices, so it is two matmuls."""
    if input.ndim not in (3, 4):
        raise RuntimeError(f"adaptive_avg_pool2d(): Expected 3D or 4D tensor, but got {list(input.shape)}")
    if isinstance(output_size, _nn_Number):
        output_size = (output_size, output_size)
    output_size = tuple(output_size)
    if len(output_size) != 2:
        raise RuntimeError("adaptive_avg_pool2d: output_size must be 2")
    height, width = input.shape[-2:]
    oh = height if output_size[0] is None else int(output_size[0])
    ow = width if output_size[1] is None else int(output_size[1])
    if 0 in tuple(input.shape[-3:]):
        raise RuntimeError("adaptive_avg_pool2d(): Expected input to have non-zero size for non-batch dimensions")
    dtype = input.dtype if is_float_dtype(input.dtype) else np.float32
    rows = _nn_factories.from_numpy(_nn_adaptive_matrix(height, oh, dtype))
    cols = _nn_factories.from_numpy(_nn_adaptive_matrix(width, ow, dtype).T.copy())
    return ops.matmul(ops.matmul(rows, input), cols)


# ---- normalization --------------------------------------------------------------------------------
def _nn_normalize_over(x: Tensor, dims, eps: float) -> Tensor:
    """(x - mean) / sqrt(biased var + eps) over `dims` (two passes: mean, then centred squares)."""
    centered = x - x.mean(dims, keepdim=True)
    var = (centered * centered).mean(dims, keepdim=True)
    return centered / (var + eps).sqrt()


def layer_norm(input: Tensor, normalized_shape, weight: Tensor | None = None, bias: Tensor | None = None,
               eps: float = 1e-5) -> Tensor:
    normalized_shape = (int(normalized_shape),) if isinstance(normalized_shape, _nn_Number) else tuple(normalized_shape)
    k = len(normalized_shape)
    if k == 0:
        raise RuntimeError("Expected normalized_shape to be at least 1-dimensional, i.e., containing at least one "
                           "element, but got normalized_shape = []")
    if tuple(input.shape[input.ndim - k:]) != normalized_shape or input.ndim < k:
        raise RuntimeError(f"Given normalized_shape={list(normalized_shape)}, expected input with shape "
                           f"[*, {', '.join(map(str, normalized_shape))}], but got input of size"
                           f"{list(input.shape)}")
    for name, t in (("weight", weight), ("bias", bias)):
        if t is not None and tuple(t.shape) != normalized_shape:
            raise RuntimeError(f"Expected {name} to be of same shape as normalized_shape, but got {name} of shape "
                               f"{list(t.shape)} and normalized_shape = {list(normalized_shape)}")
    out = _nn_normalize_over(input, tuple(range(input.ndim - k, input.ndim)), eps)
    if weight is not None:
        out = out * weight
    if bias is not None:
        out = out + bias
    return out


def _nn_channel_shape(input: Tensor) -> tuple:
    return (1, input.shape[1]) + (1,) * (input.ndim - 2)


def batch_norm(input: Tensor, running_mean: Tensor | None, running_var: Tensor | None, weight: Tensor | None = None,
               bias: Tensor | None = None, training: bool = False, momentum: float = 0.1,
               eps: float = 1e-5) -> Tensor:
    """Normalize each channel (dim 1) over the batch and spatial dims. In training the batch statistics
    are used and running_mean / running_var (if given) are updated in place:
    running = (1 - momentum) * running + momentum * batch, with the unbiased batch variance (as torch).
    Otherwise running_mean / running_var normalize."""
    if input.ndim < 2:
        raise ValueError(f"Expected 2D or more input (got {input.ndim}D input)")
    channels = input.shape[1]
    shape = _nn_channel_shape(input)
    if training:
        count = input.numel() // channels if channels else 0
        if count <= 1:
            raise ValueError(f"Expected more than 1 value per channel when training, got input size "
                             f"{list(input.shape)}")
        dims = (0,) + tuple(range(2, input.ndim))
        mean = input.mean(dims, keepdim=True)
        centered = input - mean
        var = (centered * centered).mean(dims, keepdim=True)
        out = centered / (var + eps).sqrt()
        with _nn_no_grad():
            stats = ((running_mean, mean, 1.0), (running_var, var, count / (count - 1)))
            for running, batch, factor in stats:
                if running is None:
                    continue
                batch64 = batch._data.reshape(-1).astype(np.float64) * factor
                new = momentum * batch64 + (1 - momentum) * running._data.astype(np.float64)
                running.copy_(_nn_factories.from_numpy(new.astype(running.dtype)))
    else:
        if running_mean is None or running_var is None:
            raise RuntimeError("running_mean and running_var must be defined in evaluation mode")
        out = (input - running_mean.reshape(shape)) / (running_var.reshape(shape) + eps).sqrt()
    if weight is not None:
        out = out * weight.reshape(shape)
    if bias is not None:
        out = out + bias.reshape(shape)
    return out


def group_norm(input: Tensor, num_groups: int, weight: Tensor | None = None, bias: Tensor | None = None,
               eps: float = 1e-5) -> Tensor:
    if input.ndim < 2:
        raise RuntimeError(f"Expected at least 2 dimensions for input tensor but received {input.ndim}")
    n, channels = input.shape[:2]
    if channels % num_groups:
        raise RuntimeError(f"Expected number of channels in input to be divisible by num_groups, but got input of "
                           f"shape {list(input.shape)} and num_groups={num_groups}")
    grouped = input.reshape((n, num_groups, -1))
    out = _nn_normalize_over(grouped, (2,), eps).reshape(input.shape)
    shape = _nn_channel_shape(input)
    if weight is not None:
        out = out * weight.reshape(shape)
    if bias is not None:
        out = out + bias.reshape(shape)
    return out


# ---- embedding and dropout ------------------------------------------------------------------------
def embedding(input: Tensor, weight: Tensor, padding_idx: int | None = None, max_norm: float | None = None,
              norm_type: float = 2.0, scale_grad_by_freq: bool = False, sparse: bool = False) -> Tensor:
    """Rows of `weight` picked by the integer `input`. padding_idx's row gets no gradient; max_norm renormalizes
    the picked rows of `weight` in place first (torch's embedding_renorm_)."""
    if padding_idx is not None:
        if padding_idx > 0:
            if padding_idx >= weight.shape[0]:
                raise AssertionError("Padding_idx must be within num_embeddings")
        elif padding_idx < 0:
            if padding_idx < -weight.shape[0]:
                raise AssertionError("Padding_idx must be within num_embeddings")
            padding_idx = weight.shape[0] + padding_idx
    else:
        padding_idx = -1
    input = _nn_as_tensor(input)
    if max_norm is not None:
        with _nn_no_grad():
            rows = np.unique(input._data.reshape(-1))
            if rows.size and (rows.min() < 0 or rows.max() >= weight.shape[0]):
                raise IndexError("index out of range in self")
            picked = weight._data[rows]
            norms = np.linalg.norm(picked.reshape(len(rows), -1).astype(np.float64), ord=norm_type, axis=1)
            scale = np.where(norms > max_norm, max_norm / (norms + 1e-7), 1.0)
            if np.any(norms > max_norm):
                weight[rows] = _nn_factories.from_numpy((picked * scale[:, None]).astype(weight.dtype))
    return ops.embedding(weight, input, padding_idx, scale_grad_by_freq, sparse)


def dropout(input: Tensor, p: float = 0.5, training: bool = True, inplace: bool = False) -> Tensor:
    """Zero each element with probability p (drawn from yamlgrad's global generator) and scale the rest
    by 1 / (1 - p); the identity when not training."""
    if p < 0.0 or p > 1.0:
        raise ValueError(f"dropout probability has to be between 0 and 1, but got {p}")
    if not training:
        return input
    if p == 1.0:
        noise = np.zeros(input.shape, dtype=input.dtype)
    else:
        keep = _nn_factories.generator().random(input.shape) >= p
        noise = (keep.astype(input.dtype) / np.asarray(1 - p, dtype=input.dtype)).astype(input.dtype)
    noise = _nn_factories.from_numpy(noise)
    return input.mul_(noise) if inplace else input * noise


# ---- norms, cosine similarity, attention ----------------------------------------------------------
def normalize(input: Tensor, p: float = 2.0, dim: int = 1, eps: float = 1e-12, out=None) -> Tensor:
    """input / max(||input||_p over dim, eps)."""
    if out is not None:
        raise NotImplementedError("normalize: out= is not supported")
    denom = ops.linalg_vector_norm(input, p, dim, True).clamp(min=eps)
    return input / denom


def cosine_similarity(x1: Tensor, x2: Tensor, dim: int = 1, eps: float = 1e-8) -> Tensor:
    """sum(x1 / ||x1|| * x2 / ||x2||) over dim, each norm clamped below at eps. As in torch the clamp is
    applied without autograd, so where a norm is below eps the gradient still treats it as the norm."""
    x1, x2 = _nn_as_tensor(x1), _nn_as_tensor(x2)
    shape = np.broadcast_shapes(tuple(x1.shape), tuple(x2.shape))
    if tuple(x1.shape) != shape:
        x1 = x1.expand(shape)
    if tuple(x2.shape) != shape:
        x2 = x2.expand(shape)

    def clamped_norm(x):
        norm = ops.linalg_vector_norm(x, 2, dim, True)
        floor = np.maximum(norm._data, np.asarray(eps, dtype=norm.dtype)) - norm._data
        return norm + _nn_factories.from_numpy(floor) if np.any(floor) else norm

    return ((x1 / clamped_norm(x1)) * (x2 / clamped_norm(x2))).sum(dim)


def scaled_dot_product_attention(query: Tensor, key: Tensor, value: Tensor, attn_mask: Tensor | None = None,
                                 dropout_p: float = 0.0, is_causal: bool = False, scale: float | None = None,
                                 enable_gqa: bool = False) -> Tensor:
    """softmax(query @ key^T * scale + bias) @ value, bias from a bool mask (False -> -inf), a float mask
    (added) and/or is_causal; rows whose every score is -inf give zeros (torch's safe softmax)."""
    length, source = query.shape[-2], key.shape[-2]
    scale = 1 / _nn_math.sqrt(query.shape[-1]) if scale is None else scale
    if enable_gqa and query.ndim >= 3 and key.shape[-3] != query.shape[-3]:
        repeat = query.shape[-3] // key.shape[-3]

        def expand_heads(t):
            t = t.unsqueeze(-3)
            shape = t.shape[:-3] + (repeat,) + t.shape[-2:]
            return t.expand(shape).reshape(t.shape[:-4] + (t.shape[-4] * repeat,) + t.shape[-2:])
        key, value = expand_heads(key), expand_heads(value)
    scores = ops.matmul(query, key.transpose(-2, -1)) * scale
    if is_causal:
        if attn_mask is not None:
            raise RuntimeError("_scaled_dot_product_attention: Explicit attn_mask should not be set when "
                               "is_causal=True")
        attn_mask = _nn_factories.from_numpy(np.tril(np.ones((length, source), dtype=bool)))
    if attn_mask is not None:
        if attn_mask.dtype == np.bool_:
            scores = ops.where(attn_mask, scores, float("-inf"))
        else:
            scores = scores + attn_mask
    dead = np.all(scores._data == -np.inf, axis=-1, keepdims=True)
    if np.any(dead):
        dead_t = _nn_factories.from_numpy(dead)
        weights = ops.where(dead_t, 0.0, ops.softmax(ops.where(dead_t, 0.0, scores), -1))
    else:
        weights = ops.softmax(scores, -1)
    if dropout_p > 0.0:
        weights = dropout(weights, dropout_p, True)
    return ops.matmul(weights, value)


# ==== transposed convolution and resizing (their own modules) ====
from yamlgrad.nn.conv_transpose import conv_transpose1d, conv_transpose2d  # noqa: E402
from yamlgrad.nn.upsampling import interpolate  # noqa: E402

__all__ += ["conv_transpose1d", "conv_transpose2d", "interpolate"]

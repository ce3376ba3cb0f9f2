"""Derivatives of the neural-network kernels: nll_loss, convolution, pooling, embedding."""
from __future__ import annotations

import numpy as _nn_np

from yamlgrad.numerics.helpers.registry import plain_helper, tensor_helper
from yamlgrad.numerics.kernels import embedding_row_scale as _nn_embedding_row_scale
from yamlgrad.numerics.kernels.losses import nll_loss2d_grad_pattern, nll_loss_grad_pattern


@tensor_helper
def nll_loss_backward(F, grad, shape, target, weight, reduction, ignore_index):
    """nll_loss is linear in its input: the gradient is grad times a constant (N, C) pattern."""
    pattern = nll_loss_grad_pattern(shape, getattr(target, "_data", target),
                                    None if weight is None else getattr(weight, "_data", weight),
                                    reduction, ignore_index, grad.dtype)
    return grad * pattern if reduction != 0 else F.unsqueeze(grad, -1) * pattern


@tensor_helper
def nll_loss2d_backward(F, grad, shape, target, weight, reduction, ignore_index):
    """nll_loss2d is linear in its input too: grad (per pixel when unreduced) times a constant pattern."""
    pattern = nll_loss2d_grad_pattern(shape, getattr(target, "_data", target),
                                      None if weight is None else getattr(weight, "_data", weight),
                                      reduction, ignore_index, grad.dtype)
    return grad * pattern if reduction != 0 else F.unsqueeze(grad, 1) * pattern


def _nn_array(x):
    """The data of a saved integer tensor: an array on the raw path, a Tensor under create_graph."""
    return _nn_np.asarray(getattr(x, "_data", x))


@plain_helper
def conv_bias_dims(ndim):
    """The dims a convolution's bias gradient sums over: batch and spatial, all but the channels."""
    return (0,) + tuple(range(2, ndim))


@tensor_helper
def conv_adjoint(F, input, weight, stride, padding, dilation, groups, out_shape):
    """convolution(input, weight) without bias, cropped to the spatial size of `out_shape` (a transposed
    convolution with output_padding can have a few more positions than its input)."""
    nd = weight.ndim - 2
    out = F.convolution(input, weight, None, stride, padding, dilation, False, (0,) * nd, groups)
    size = tuple(out_shape[2:])
    if tuple(out.shape[2:]) != size:
        out = out[(slice(None), slice(None)) + tuple(slice(0, n) for n in size)]
    return out


@tensor_helper
def convolution_backward_input(F, grad, input_shape, weight, stride, padding, dilation, transposed, groups):
    if transposed:
        return conv_adjoint(F, grad, weight, stride, padding, dilation, groups, input_shape)
    return F.conv_transpose_input(grad, weight, input_shape, stride, padding, dilation, groups)


@tensor_helper
def convolution_backward_weight(F, grad, input, weight_shape, stride, padding, dilation, transposed, groups):
    if transposed:
        return F.conv_weight_grad(grad, input, weight_shape, stride, padding, dilation, groups)
    return F.conv_weight_grad(input, grad, weight_shape, stride, padding, dilation, groups)


@plain_helper
def max_pool_index(indices, input_shape):
    """max_pool2d's flat spatial indices (*lead, Ho, Wo) as an advanced index into a tensor of input_shape."""
    idx = _nn_array(indices)
    width = input_shape[-1]
    lead = idx.shape[:-2]
    grids = tuple(_nn_np.arange(n).reshape((n,) + (1,) * (idx.ndim - 1 - i)) for i, n in enumerate(lead))
    return grids + (idx // width, idx % width)


@tensor_helper
def embedding_double_backward(F, grad, indices, padding_idx, scale_grad_by_freq):
    """The adjoint of embedding_dense_backward in its gradient: gather the rows again, zero at padding_idx,
    divided by the index counts under scale_grad_by_freq."""
    out = F.embedding(grad, indices)
    scale = _nn_embedding_row_scale(_nn_array(indices), grad.shape[0], padding_idx, scale_grad_by_freq)
    if scale is None:
        return out
    return out * scale[..., None].astype(grad.dtype)


@plain_helper
def conv_bias_view(ndim):
    """The shape (1, C, 1, ...) that broadcasts a convolution's bias over an output of `ndim` dims."""
    return (1, -1) + (1,) * (ndim - 2)


# ---- pointwise losses: reduction 0 none, 1 mean, 2 sum (torch's enum) ----

@tensor_helper
def loss_backward(F, grad, d, reduction):
    """A reduced pointwise loss's gradient: its pointwise derivative `d` times `grad`, which for a mean is
    spread evenly over the (broadcast) elements."""
    if reduction == 1:
        count = 1
        for n in d.shape:
            count *= n
        return grad * d * (1.0 / max(count, 1))
    return grad * d


@tensor_helper
def loss_reduce(F, loss, reduction):
    """A pointwise loss (or its tangent) reduced as `reduction` says."""
    if reduction == 1:
        return F.mean(loss)
    if reduction == 2:
        return F.sum(loss)
    return loss


@tensor_helper
def smooth_l1_grad(F, diff, beta):
    """d smooth_l1 / d diff: diff / beta inside the quadratic zone, sign(diff) outside."""
    return F.where(F.abs(diff) < beta, diff * (1.0 / beta), F.sign(diff))


@tensor_helper
def huber_grad(F, diff, delta):
    """d huber / d diff: diff inside the quadratic zone, delta sign(diff) outside."""
    return F.where(F.abs(diff) < delta, diff, F.sign(diff) * delta)


def _weighted(d, weight):
    return d if weight is None else d * weight


@tensor_helper
def bce_logits_softplus_neg(F, self):
    """softplus(-x) = log(1 + exp(-|x|)) + max(-x, 0), the loss of a positive label."""
    return F.log1p(F.exp(-F.abs(self))) + F.maximum(-self, 0.0)


@tensor_helper
def bce_logits_unweighted(F, self, target, pos_weight):
    if pos_weight is None:
        return F.maximum(self, 0.0) - self * target + F.log1p(F.exp(-F.abs(self)))
    return (1 - target) * self + ((pos_weight - 1) * target + 1) * bce_logits_softplus_neg(F, self)


@tensor_helper
def bce_logits_self_grad(F, self, target, weight, pos_weight):
    """d loss / d x: sigmoid(x) - y, or (1 + (p - 1) y) sigmoid(x) - p y with pos_weight p; times weight."""
    if pos_weight is None:
        return _weighted(F.sigmoid(self) - target, weight)
    return _weighted(((pos_weight - 1) * target + 1) * F.sigmoid(self) - pos_weight * target, weight)


@tensor_helper
def bce_logits_target_grad(F, self, target, weight, pos_weight):
    """d loss / d y: -x, or -x + (p - 1) softplus(-x) with pos_weight p; times weight."""
    if pos_weight is None:
        return _weighted(-self, weight)
    return _weighted((pos_weight - 1) * bce_logits_softplus_neg(F, self) - self, weight)


@tensor_helper
def bce_logits_pos_weight_grad(F, self, target, weight):
    """d loss / d p: y softplus(-x); times weight."""
    return _weighted(target * bce_logits_softplus_neg(F, self), weight)


@tensor_helper
def bce_logits_jvp(F, self_t, target_t, weight_t, pos_weight_t, self, target, weight, pos_weight, reduction):
    tangent = bce_logits_self_grad(F, self, target, weight, pos_weight) * self_t
    tangent = tangent + bce_logits_target_grad(F, self, target, weight, pos_weight) * target_t
    if weight is not None and weight_t is not None:
        tangent = tangent + bce_logits_unweighted(F, self, target, pos_weight) * weight_t
    if pos_weight is not None and pos_weight_t is not None:
        tangent = tangent + bce_logits_pos_weight_grad(F, self, target, weight) * pos_weight_t
    return loss_reduce(F, tangent, reduction)


@tensor_helper
def bce_clamped_logs(F, self):
    """(max(log1p(-x), -100), max(log(x), -100)), without evaluating a log at 0 (so no inf or nan in
    any derivative): where a log is clamped its value is the constant -100."""
    keep1 = self < 1
    log1m = F.where(keep1, F.log1p(-F.where(keep1, self, 0.0)), -100.0)
    keep0 = self > 0
    logx = F.where(keep0, F.log(F.where(keep0, self, 1.0)), -100.0)
    return F.clamp(log1m, min=-100.0), F.clamp(logx, min=-100.0)


@tensor_helper
def bce_self_grad(F, self, target, weight):
    """d loss / d x = (1 - y) / (1 - x) - y / x, each term 0 where its log is clamped at -100 (there the
    term is constant), so the gradient is finite at x == 0 and x == 1; times weight."""
    log1m, logx = bce_clamped_logs(F, self)
    live1 = log1m > -100.0
    live0 = logx > -100.0
    first = F.where(live1, (1 - target) / F.where(live1, 1 - self, 1.0), 0.0)
    second = F.where(live0, target / F.where(live0, self, 1.0), 0.0)
    return _weighted(first - second, weight)


@tensor_helper
def bce_target_grad(F, self, weight):
    """d loss / d y = max(log1p(-x), -100) - max(log(x), -100); times weight."""
    log1m, logx = bce_clamped_logs(F, self)
    return _weighted(log1m - logx, weight)


@tensor_helper
def bce_unweighted(F, self, target):
    log1m, logx = bce_clamped_logs(F, self)
    return (target - 1) * log1m - target * logx


@tensor_helper
def bce_jvp(F, self_t, target_t, weight_t, self, target, weight, reduction):
    tangent = bce_self_grad(F, self, target, weight) * self_t + bce_target_grad(F, self, weight) * target_t
    if weight is not None and weight_t is not None:
        tangent = tangent + bce_unweighted(F, self, target) * weight_t
    return loss_reduce(F, tangent, reduction)

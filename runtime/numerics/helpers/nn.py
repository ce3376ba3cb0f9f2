"""Derivatives of the neural-network kernels: nll_loss, convolution, pooling, embedding."""
from __future__ import annotations

import numpy as _nn_np

from yamlgrad.numerics.helpers.registry import plain_helper, tensor_helper
from yamlgrad.numerics.kernels import embedding_row_scale as _nn_embedding_row_scale


@tensor_helper
def nll_loss_backward(F, grad, shape, target, weight, reduction, ignore_index):
    """nll_loss is linear in its input: the gradient is grad times a constant (N, C) pattern."""
    from yamlgrad.numerics.kernels import nll_loss_grad_pattern
    pattern = nll_loss_grad_pattern(shape, getattr(target, "_data", target),
                                    None if weight is None else getattr(weight, "_data", weight),
                                    reduction, ignore_index, grad.dtype)
    return grad * pattern if reduction != 0 else F.unsqueeze(grad, -1) * pattern


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

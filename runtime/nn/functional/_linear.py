"""F.linear, built as torch builds it: addmm(bias, x, weight.t()) for 2-d inputs."""
from __future__ import annotations

from yamlgrad.autogen import ops
from yamlgrad.core.tensor import Tensor

__all__ = ['linear']


def linear(input: Tensor, weight: Tensor, bias: Tensor | None = None) -> Tensor:
    """input @ weight.T + bias, weight of shape (out_features, in_features). As in torch, a 2-d input
    with a bias is one addmm (its backward gives the weight a row-major gradient without a copy)."""
    if bias is not None and input.ndim == 2 and weight.ndim == 2 and bias.ndim <= 1:
        return ops.addmm(bias, input, ops.t(weight))
    out = ops.matmul(input, ops.t(weight) if weight.ndim == 2 else weight.T)
    return out if bias is None else out + bias

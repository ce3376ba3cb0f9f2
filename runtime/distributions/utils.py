"""Helpers shared by the distributions: parameter broadcasting, probs/logits conversion, cached
properties and torch's text for shapes and values in messages."""
from __future__ import annotations

import numbers

import yamlgrad.namespace as yg


def broadcast_all(*values):
    """Tensors of one common shape from tensors and Python numbers.

    Numbers take the dtype of the first tensor given (the default float dtype when all are numbers),
    so Normal(0., scale64) is float64 throughout.
    """
    like = next((v for v in values if isinstance(v, yg.Tensor)), None)
    for v in values:
        if not isinstance(v, (yg.Tensor, numbers.Number)):
            raise ValueError("Input arguments must all be instances of numbers.Number, torch.Tensor or objects "
                             "implementing __torch_function__.")
    dtype = yg.get_default_dtype() if like is None else like.dtype
    tensors = [v if isinstance(v, yg.Tensor) else yg.tensor(v, dtype=dtype) for v in values]
    return tuple(yg.broadcast_tensors(*tensors)) if len(tensors) > 1 else tuple(tensors)


def clamp_probs(probs):
    """Probabilities kept one machine epsilon away from 0 and 1, so their logs stay finite."""
    eps = yg.finfo(probs.dtype).eps
    return probs.clamp(min=eps, max=1 - eps)


def probs_to_logits(probs, is_binary: bool = False):
    clamped = clamp_probs(probs)
    if is_binary:
        return clamped.log() - (-clamped).log1p()
    return clamped.log()


def logits_to_probs(logits, is_binary: bool = False):
    return logits.sigmoid() if is_binary else logits.softmax(-1)


class lazy_property:  # noqa: N801 (torch's name)
    """A property computed on first access and then stored on the instance.

    A distribution given `probs` computes `logits` only if asked (and vice versa); parameters set
    directly in __init__ land in the instance dict first and are never recomputed.
    """

    def __init__(self, wrapped) -> None:
        self.wrapped = wrapped
        self.__doc__ = wrapped.__doc__
        self.__name__ = wrapped.__name__

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        value = self.wrapped(instance)
        instance.__dict__[self.wrapped.__name__] = value
        return value


def size_text(shape) -> str:
    """A shape as torch prints it in messages (torch.Size([2, 3]))."""
    return f"torch.Size({list(shape)})"


def value_text(value) -> str:
    """A value as torch's f-strings print it: a 0-d tensor as its number, others as the tensor."""
    if isinstance(value, yg.Tensor) and value.ndim == 0:
        return str(value.item())
    return str(value)

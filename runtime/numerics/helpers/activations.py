"""Derivatives of activations that need more than one line: gelu, silu, mish, glu."""
from __future__ import annotations

from yamlgrad.numerics.helpers.registry import tensor_helper
from yamlgrad.numerics.kernels import glu_halves


@tensor_helper
def gelu_double_backward(F, grad, output_grad, self, approximate):
    """d/dself of output_grad * gelu'(self), times grad: output_grad * gelu''(self) * grad, with
    gelu''(x) = phi(x) (2 - x^2) (phi the standard normal density), or for approximate='tanh', with
    u = k (x + c x^3) and t = tanh(u): (1 - t^2) (u' + x (u'' - 2 t u'^2) / 2), where 1 - t^2 is
    written 4 sigmoid(2u) sigmoid(-2u) (no cancellation where t is close to +-1)."""
    if approximate == "tanh":
        k, c = 0.7978845608028654, 0.044715
        x2 = self * self
        u = k * (self + c * x2 * self)
        t = F.tanh(u)
        sech2 = 4 * F.sigmoid(2 * u) * F.sigmoid(-2 * u)
        du = k * (1 + 3 * c * x2)
        d2 = sech2 * (du + 0.5 * self * (6 * k * c * self - 2 * t * du * du))
    else:
        d2 = F.exp(-0.5 * self * self) * 0.3989422804014327 * (2 - self * self)
    return grad * output_grad * d2


@tensor_helper
def silu_backward(F, grad, self):
    """d/dx x sigmoid(x) = s (1 + x (1 - s)), s = sigmoid(x)."""
    s = F.sigmoid(self)
    return grad * s * (1 + self * (1 - s))


@tensor_helper
def mish_backward(F, grad, self):
    """d/dx x tanh(softplus(x)) = t + x sigmoid(x) (1 - t^2), t = tanh(softplus(x)); softplus(x) is
    written -log_sigmoid(-x), exact for every x (no threshold)."""
    t = F.tanh(-F.log_sigmoid(-self))
    return grad * (t + self * F.sigmoid(self) * (1 - t * t))


@tensor_helper
def glu_backward(F, grad, self, dim):
    """glu(x) = a * sigmoid(b) for the halves a, b of x along dim: grad * sigmoid(b) into a's half,
    grad * a * s (1 - s) into b's half."""
    first, second = glu_halves(self.ndim, self.shape, dim)
    a = F.getitem(self, first)
    s = F.sigmoid(F.getitem(self, second))
    return (F.index_backward(grad * s, self.shape, first)
            + F.index_backward(grad * a * s * (1 - s), self.shape, second))


@tensor_helper
def glu_jvp(F, self_p, self_t, dim):
    """Forward-mode derivative of glu: a_t * s + a * s (1 - s) * b_t."""
    first, second = glu_halves(self_p.ndim, self_p.shape, dim)
    s = F.sigmoid(F.getitem(self_p, second))
    return F.getitem(self_t, first) * s + F.getitem(self_p, first) * s * (1 - s) * F.getitem(self_t, second)

"""Custom autograd Functions: a ReLU and a straight-through estimator, both checked with gradcheck."""
import numpy as np

import yamlgrad as yg
from yamlgrad.autograd import Function, gradcheck


class MyReLU(Function):
    @staticmethod
    def forward(ctx, x):
        ctx.save_for_backward(x)
        return x.clamp(min=0)

    @staticmethod
    def backward(ctx, grad_output):
        (x,) = ctx.saved_tensors
        return grad_output * (x > 0)


class StraightThroughSign(Function):
    """Forward: sign(x). Backward: pass the gradient straight through where |x| <= 1 (hard tanh)."""

    @staticmethod
    def forward(ctx, x):
        ctx.save_for_backward(x)
        return x.sign()

    @staticmethod
    def backward(ctx, grad_output):
        (x,) = ctx.saved_tensors
        return grad_output * (x.abs() <= 1)


rng = np.random.default_rng(0)
x = yg.tensor(rng.uniform(-2, 2, size=6), requires_grad=True)  # float64 for finite differences
print("MyReLU gradcheck:", gradcheck(MyReLU.apply, (x,)))
y = MyReLU.apply(x)
y.sum().backward()
print("MyReLU grad matches relu's:", bool(np.array_equal(x.grad.numpy(), (x.detach().numpy() > 0) * 1.0)))

# The estimator is deliberately not the true derivative of sign (which is 0 almost everywhere),
# so gradcheck must reject it; its surrogate (hard tanh) passes.
x.grad = None
print("STE gradcheck against sign:", gradcheck(StraightThroughSign.apply, (x,), raise_exception=False))
StraightThroughSign.apply(x).sum().backward()
hardtanh = lambda t: t.clamp(-1, 1)
print("STE gradient equals hard tanh's:",
      bool(np.array_equal(x.grad.numpy(), yg.autograd.grad(hardtanh(x).sum(), x)[0].numpy())))
print("surrogate gradcheck:", gradcheck(hardtanh, (x,)))

# Generated from derivatives.yaml by yamlgrad.codegen — do not edit.
"""One backward Node per registry op.

`apply(grads, F)` runs the formula of each input that needs a gradient and returns one gradient
per edge in `_next` (None for inputs that need none). `F` is the op namespace: raw arrays
(yamlgrad.autogen.raw) or recorded Tensors (yamlgrad.autogen.ops) — the formulas are the same.
"""
from yamlgrad.numerics import helpers
from yamlgrad.core.node import Node, backward_once


class AddBackward0(Node):
    """Backward of `add(Tensor self, Tensor other, *, Scalar alpha=1) -> Tensor`  [derivatives.yaml, entry add]

    self: grad
    other: grad if alpha == 1 else grad * alpha
    """
    __slots__ = ('alpha',)

    def apply(node, grads, F):
        grad = grads[0]
        self_fn, other_fn = node._next
        grad_self = grad_other = None
        if self_fn is not None:
            grad_self = grad
        if other_fn is not None:
            alpha = node.alpha
            grad_other = grad if alpha == 1 else grad * alpha
        return (grad_self, grad_other)


class SubBackward0(Node):
    """Backward of `sub(Tensor self, Tensor other, *, Scalar alpha=1) -> Tensor`  [derivatives.yaml, entry sub]

    self: grad
    other: -grad if alpha == 1 else -grad * alpha
    """
    __slots__ = ('alpha',)

    def apply(node, grads, F):
        grad = grads[0]
        self_fn, other_fn = node._next
        grad_self = grad_other = None
        if self_fn is not None:
            grad_self = grad
        if other_fn is not None:
            alpha = node.alpha
            grad_other = -grad if alpha == 1 else -grad * alpha
        return (grad_self, grad_other)


class MulBackward0(Node):
    """Backward of `mul(Tensor self, Tensor other) -> Tensor`  [derivatives.yaml, entry mul]

    self: grad * other
    other: grad * self
    """
    __slots__ = ('self', 'other')
    saved_tensor_slots = ('self', 'other')

    def apply(node, grads, F):
        grad = grads[0]
        self_fn, other_fn = node._next
        grad_self = grad_other = None
        if self_fn is not None:
            other = F.unpack(node.other, node)
            grad_self = grad * other
        if other_fn is not None:
            self = F.unpack(node.self, node)
            del grad  # the last use: see _hand_over_grad in codegen/emit.py
            grad_other = grads.pop() * self
        return (grad_self, grad_other)


class DivBackward0(Node):
    """Backward of `div(Tensor self, Tensor other, *, str? rounding_mode=None) -> Tensor`  [derivatives.yaml, entry div]

    self: grad / other if rounding_mode is None else zeros_like(grad)
    other: -grad * self / (other * other) if rounding_mode is None else zeros_like(grad)
    """
    __slots__ = ('self', 'other', 'rounding_mode')
    saved_tensor_slots = ('self', 'other')

    def apply(node, grads, F):
        grad = grads[0]
        self_fn, other_fn = node._next
        grad_self = grad_other = None
        if self_fn is not None:
            other = F.unpack(node.other, node)
            rounding_mode = node.rounding_mode
            grad_self = grad / other if rounding_mode is None else F.zeros_like(grad)
        if other_fn is not None:
            self = F.unpack(node.self, node)
            other = F.unpack(node.other, node)
            rounding_mode = node.rounding_mode
            grad_other = -grad * self / (other * other) if rounding_mode is None else F.zeros_like(grad)
        return (grad_self, grad_other)


class FloorDivideBackward0(Node):
    """Backward of `floor_divide(Tensor self, Tensor other) -> Tensor`  [derivatives.yaml, entry floor_divide]

    self: zeros_like(grad)
    other: zeros_like(grad)
    """
    __slots__ = ()

    def apply(node, grads, F):
        grad = grads[0]
        self_fn, other_fn = node._next
        grad_self = grad_other = None
        if self_fn is not None:
            grad_self = F.zeros_like(grad)
        if other_fn is not None:
            del grad  # the last use: see _hand_over_grad in codegen/emit.py
            grad_other = F.zeros_like(grads.pop())
        return (grad_self, grad_other)


class NegBackward0(Node):
    """Backward of `neg(Tensor self) -> Tensor`  [derivatives.yaml, entry neg]

    self: -grad
    """
    __slots__ = ()

    def apply(node, grads, F):
        grad = grads[0]
        self_fn, = node._next
        grad_self = None
        if self_fn is not None:
            del grad  # the last use: see _hand_over_grad in codegen/emit.py
            grad_self = -grads.pop()
        return (grad_self,)


class PowBackward0(Node):
    """Backward of `pow(Tensor self, Tensor exponent) -> Tensor`  [derivatives.yaml, entry pow]

    self: pow_backward_self(grad, self, exponent)
    exponent: pow_backward_exponent(grad, self, exponent, result)
    """
    __slots__ = ('self', 'exponent', 'result')
    saved_tensor_slots = ('self', 'exponent', 'result')

    def apply(node, grads, F):
        grad = grads[0]
        self_fn, exponent_fn = node._next
        grad_self = grad_exponent = None
        if self_fn is not None:
            self = F.unpack(node.self, node)
            exponent = F.unpack(node.exponent, node)
            grad_self = helpers.pow_backward_self(F, grad, self, exponent)
        if exponent_fn is not None:
            self = F.unpack(node.self, node)
            exponent = F.unpack(node.exponent, node)
            result = F.unpack_result(node.result, node)
            del grad  # the last use: see _hand_over_grad in codegen/emit.py
            grad_exponent = helpers.pow_backward_exponent(F, grads.pop(), self, exponent, result)
        return (grad_self, grad_exponent)


class ExpBackward0(Node):
    """Backward of `exp(Tensor self) -> Tensor`  [derivatives.yaml, entry exp]

    self: grad * result
    """
    __slots__ = ('result',)
    saved_tensor_slots = ('result',)

    def apply(node, grads, F):
        grad = grads[0]
        self_fn, = node._next
        grad_self = None
        if self_fn is not None:
            result = F.unpack_result(node.result, node)
            del grad  # the last use: see _hand_over_grad in codegen/emit.py
            grad_self = grads.pop() * result
        return (grad_self,)


class LogBackward0(Node):
    """Backward of `log(Tensor self) -> Tensor`  [derivatives.yaml, entry log]

    self: grad / self
    """
    __slots__ = ('self',)
    saved_tensor_slots = ('self',)

    def apply(node, grads, F):
        grad = grads[0]
        self_fn, = node._next
        grad_self = None
        if self_fn is not None:
            self = F.unpack(node.self, node)
            del grad  # the last use: see _hand_over_grad in codegen/emit.py
            grad_self = grads.pop() / self
        return (grad_self,)


class Log1PBackward0(Node):
    """Backward of `log1p(Tensor self) -> Tensor`  [derivatives.yaml, entry log1p]

    self: grad / (1 + self)
    """
    __slots__ = ('self',)
    saved_tensor_slots = ('self',)

    def apply(node, grads, F):
        grad = grads[0]
        self_fn, = node._next
        grad_self = None
        if self_fn is not None:
            self = F.unpack(node.self, node)
            del grad  # the last use: see _hand_over_grad in codegen/emit.py
            grad_self = grads.pop() / (1 + self)
        return (grad_self,)


class SqrtBackward0(Node):
    """Backward of `sqrt(Tensor self) -> Tensor`  [derivatives.yaml, entry sqrt]

    self: grad / (2 * result)
    """
    __slots__ = ('result',)
    saved_tensor_slots = ('result',)

    def apply(node, grads, F):
        grad = grads[0]
        self_fn, = node._next
        grad_self = None
        if self_fn is not None:
            result = F.unpack_result(node.result, node)
            del grad  # the last use: see _hand_over_grad in codegen/emit.py
            grad_self = grads.pop() / (2 * result)
        return (grad_self,)


class SinBackward0(Node):
    """Backward of `sin(Tensor self) -> Tensor`  [derivatives.yaml, entry sin]

    self: grad * self.cos()
    """
    __slots__ = ('self',)
    saved_tensor_slots = ('self',)

    def apply(node, grads, F):
        grad = grads[0]
        self_fn, = node._next
        grad_self = None
        if self_fn is not None:
            self = F.unpack(node.self, node)
            del grad  # the last use: see _hand_over_grad in codegen/emit.py
            grad_self = grads.pop() * F.cos(self)
        return (grad_self,)


class CosBackward0(Node):
    """Backward of `cos(Tensor self) -> Tensor`  [derivatives.yaml, entry cos]

    self: -grad * self.sin()
    """
    __slots__ = ('self',)
    saved_tensor_slots = ('self',)

    def apply(node, grads, F):
        grad = grads[0]
        self_fn, = node._next
        grad_self = None
        if self_fn is not None:
            self = F.unpack(node.self, node)
            del grad  # the last use: see _hand_over_grad in codegen/emit.py
            grad_self = -grads.pop() * F.sin(self)
        return (grad_self,)


class TanhBackward0(Node):
    """Backward of `tanh(Tensor self) -> Tensor`  [derivatives.yaml, entry tanh]

    self: grad * (1 - result * result)
    """
    __slots__ = ('result',)
    saved_tensor_slots = ('result',)

    def apply(node, grads, F):
        grad = grads[0]
        self_fn, = node._next
        grad_self = None
        if self_fn is not None:
            result = F.unpack_result(node.result, node)
            del grad  # the last use: see _hand_over_grad in codegen/emit.py
            grad_self = grads.pop() * (1 - result * result)
        return (grad_self,)


class SigmoidBackward0(Node):
    """Backward of `sigmoid(Tensor self) -> Tensor`  [derivatives.yaml, entry sigmoid]

    self: grad * result * (1 - result)
    """
    __slots__ = ('result',)
    saved_tensor_slots = ('result',)

    def apply(node, grads, F):
        grad = grads[0]
        self_fn, = node._next
        grad_self = None
        if self_fn is not None:
            result = F.unpack_result(node.result, node)
            del grad  # the last use: see _hand_over_grad in codegen/emit.py
            grad_self = grads.pop() * result * (1 - result)
        return (grad_self,)


class ReluBackward0(Node):
    """Backward of `relu(Tensor self) -> Tensor`  [derivatives.yaml, entry relu]

    self: where(result > 0, grad, 0.0)
    """
    __slots__ = ('result',)
    saved_tensor_slots = ('result',)

    def apply(node, grads, F):
        grad = grads[0]
        self_fn, = node._next
        grad_self = None
        if self_fn is not None:
            result = F.unpack_result(node.result, node)
            del grad  # the last use: see _hand_over_grad in codegen/emit.py
            grad_self = F.where(result > 0, grads.pop(), 0.0)
        return (grad_self,)


class AbsBackward0(Node):
    """Backward of `abs(Tensor self) -> Tensor`  [derivatives.yaml, entry abs]

    self: grad * self.sign()
    """
    __slots__ = ('self',)
    saved_tensor_slots = ('self',)

    def apply(node, grads, F):
        grad = grads[0]
        self_fn, = node._next
        grad_self = None
        if self_fn is not None:
            self = F.unpack(node.self, node)
            del grad  # the last use: see _hand_over_grad in codegen/emit.py
            grad_self = grads.pop() * F.sign(self)
        return (grad_self,)


class SignBackward0(Node):
    """Backward of `sign(Tensor self) -> Tensor`  [derivatives.yaml, entry sign]

    self: zeros_like(grad)
    """
    __slots__ = ()

    def apply(node, grads, F):
        grad = grads[0]
        self_fn, = node._next
        grad_self = None
        if self_fn is not None:
            del grad  # the last use: see _hand_over_grad in codegen/emit.py
            grad_self = F.zeros_like(grads.pop())
        return (grad_self,)


class RoundBackward0(Node):
    """Backward of `round(Tensor self, *, int decimals=0) -> Tensor`  [derivatives.yaml, entry round]

    self: zeros_like(grad)
    """
    __slots__ = ()

    def apply(node, grads, F):
        grad = grads[0]
        self_fn, = node._next
        grad_self = None
        if self_fn is not None:
            del grad  # the last use: see _hand_over_grad in codegen/emit.py
            grad_self = F.zeros_like(grads.pop())
        return (grad_self,)


class ClampBackward0(Node):
    """Backward of `clamp(Tensor self, Tensor? min=None, Tensor? max=None) -> Tensor`  [derivatives.yaml, entry clamp]

    self: clamp_backward(grad, self, min, max)
    min: clamp_backward_min(grad, self, min, max)
    max: clamp_backward_max(grad, self, min, max)
    """
    __slots__ = ('self', 'min', 'max')
    saved_tensor_slots = ('self', 'min', 'max')

    def apply(node, grads, F):
        grad = grads[0]
        self_fn, min_fn, max_fn = node._next
        grad_self = grad_min = grad_max = None
        if self_fn is not None:
            self = F.unpack(node.self, node)
            min = F.unpack(node.min, node)
            max = F.unpack(node.max, node)
            grad_self = helpers.clamp_backward(F, grad, self, min, max)
        if min_fn is not None:
            self = F.unpack(node.self, node)
            min = F.unpack(node.min, node)
            max = F.unpack(node.max, node)
            grad_min = helpers.clamp_backward_min(F, grad, self, min, max)
        if max_fn is not None:
            self = F.unpack(node.self, node)
            min = F.unpack(node.min, node)
            max = F.unpack(node.max, node)
            del grad  # the last use: see _hand_over_grad in codegen/emit.py
            grad_max = helpers.clamp_backward_max(F, grads.pop(), self, min, max)
        return (grad_self, grad_min, grad_max)


class MaximumBackward0(Node):
    """Backward of `maximum(Tensor self, Tensor other) -> Tensor`  [derivatives.yaml, entry maximum]

    self: where(self < other, 0.0, where(self == other, grad / 2, grad))
    other: where(other < self, 0.0, where(self == other, grad / 2, grad))
    """
    __slots__ = ('self', 'other')
    saved_tensor_slots = ('self', 'other')

    def apply(node, grads, F):
        grad = grads[0]
        self_fn, other_fn = node._next
        grad_self = grad_other = None
        if self_fn is not None:
            self = F.unpack(node.self, node)
            other = F.unpack(node.other, node)
            grad_self = F.where(self < other, 0.0, F.where(self == other, grad / 2, grad))
        if other_fn is not None:
            self = F.unpack(node.self, node)
            other = F.unpack(node.other, node)
            grad_other = F.where(other < self, 0.0, F.where(self == other, grad / 2, grad))
        return (grad_self, grad_other)


class MinimumBackward0(Node):
    """Backward of `minimum(Tensor self, Tensor other) -> Tensor`  [derivatives.yaml, entry minimum]

    self: where(self > other, 0.0, where(self == other, grad / 2, grad))
    other: where(other > self, 0.0, where(self == other, grad / 2, grad))
    """
    __slots__ = ('self', 'other')
    saved_tensor_slots = ('self', 'other')

    def apply(node, grads, F):
        grad = grads[0]
        self_fn, other_fn = node._next
        grad_self = grad_other = None
        if self_fn is not None:
            self = F.unpack(node.self, node)
            other = F.unpack(node.other, node)
            grad_self = F.where(self > other, 0.0, F.where(self == other, grad / 2, grad))
        if other_fn is not None:
            self = F.unpack(node.self, node)
            other = F.unpack(node.other, node)
            grad_other = F.where(other > self, 0.0, F.where(self == other, grad / 2, grad))
        return (grad_self, grad_other)


class FmaxBackward0(Node):
    """Backward of `fmax(Tensor self, Tensor other) -> Tensor`  [derivatives.yaml, entry fmax]

    self: where((self >= other).logical_or(other.isnan()), grad, 0.0)
    other: where((self >= other).logical_or(other.isnan()), 0.0, grad)
    """
    __slots__ = ('self', 'other')
    saved_tensor_slots = ('self', 'other')

    def apply(node, grads, F):
        grad = grads[0]
        self_fn, other_fn = node._next
        grad_self = grad_other = None
        if self_fn is not None:
            self = F.unpack(node.self, node)
            other = F.unpack(node.other, node)
            grad_self = F.where(F.logical_or(self >= other, F.isnan(other)), grad, 0.0)
        if other_fn is not None:
            self = F.unpack(node.self, node)
            other = F.unpack(node.other, node)
            del grad  # the last use: see _hand_over_grad in codegen/emit.py
            grad_other = F.where(F.logical_or(self >= other, F.isnan(other)), 0.0, grads.pop())
        return (grad_self, grad_other)


class FminBackward0(Node):
    """Backward of `fmin(Tensor self, Tensor other) -> Tensor`  [derivatives.yaml, entry fmin]

    self: where((self <= other).logical_or(other.isnan()), grad, 0.0)
    other: where((self <= other).logical_or(other.isnan()), 0.0, grad)
    """
    __slots__ = ('self', 'other')
    saved_tensor_slots = ('self', 'other')

    def apply(node, grads, F):
        grad = grads[0]
        self_fn, other_fn = node._next
        grad_self = grad_other = None
        if self_fn is not None:
            self = F.unpack(node.self, node)
            other = F.unpack(node.other, node)
            grad_self = F.where(F.logical_or(self <= other, F.isnan(other)), grad, 0.0)
        if other_fn is not None:
            self = F.unpack(node.self, node)
            other = F.unpack(node.other, node)
            del grad  # the last use: see _hand_over_grad in codegen/emit.py
            grad_other = F.where(F.logical_or(self <= other, F.isnan(other)), 0.0, grads.pop())
        return (grad_self, grad_other)


class CopysignBackward0(Node):
    """Backward of `copysign(Tensor self, Tensor other) -> Tensor`  [derivatives.yaml, entry copysign]

    self: grad * self.sign() * where(other.signbit(), -1.0, 1.0)
    other: zeros_like(grad)
    """
    __slots__ = ('self', 'other')
    saved_tensor_slots = ('self', 'other')

    def apply(node, grads, F):
        grad = grads[0]
        self_fn, other_fn = node._next
        grad_self = grad_other = None
        if self_fn is not None:
            self = F.unpack(node.self, node)
            other = F.unpack(node.other, node)
            grad_self = grad * F.sign(self) * F.where(F.signbit(other), -1.0, 1.0)
        if other_fn is not None:
            del grad  # the last use: see _hand_over_grad in codegen/emit.py
            grad_other = F.zeros_like(grads.pop())
        return (grad_self, grad_other)


class WhereBackward0(Node):
    """Backward of `where(Tensor condition, Tensor self, Tensor other) -> Tensor`  [derivatives.yaml, entry where]

    condition: non_differentiable
    self: where(condition, grad, 0.0)
    other: where(condition, 0.0, grad)
    """
    __slots__ = ('condition',)
    saved_tensor_slots = ('condition',)

    def apply(node, grads, F):
        grad = grads[0]
        self_fn, other_fn = node._next
        grad_self = grad_other = None
        if self_fn is not None:
            condition = F.unpack(node.condition, node)
            grad_self = F.where(condition, grad, 0.0)
        if other_fn is not None:
            condition = F.unpack(node.condition, node)
            del grad  # the last use: see _hand_over_grad in codegen/emit.py
            grad_other = F.where(condition, 0.0, grads.pop())
        return (grad_self, grad_other)


class Exp2Backward0(Node):
    """Backward of `exp2(Tensor self) -> Tensor`  [derivatives.yaml, entry exp2]

    self: grad * result * 0.6931471805599453
    """
    __slots__ = ('result',)
    saved_tensor_slots = ('result',)

    def apply(node, grads, F):
        grad = grads[0]
        self_fn, = node._next
        grad_self = None
        if self_fn is not None:
            result = F.unpack_result(node.result, node)
            del grad  # the last use: see _hand_over_grad in codegen/emit.py
            grad_self = grads.pop() * result * 0.6931471805599453
        return (grad_self,)


class Expm1Backward0(Node):
    """Backward of `expm1(Tensor self) -> Tensor`  [derivatives.yaml, entry expm1]

    self: grad * (result + 1)
    """
    __slots__ = ('result',)
    saved_tensor_slots = ('result',)

    def apply(node, grads, F):
        grad = grads[0]
        self_fn, = node._next
        grad_self = None
        if self_fn is not None:
            result = F.unpack_result(node.result, node)
            del grad  # the last use: see _hand_over_grad in codegen/emit.py
            grad_self = grads.pop() * (result + 1)
        return (grad_self,)


class Log2Backward0(Node):
    """Backward of `log2(Tensor self) -> Tensor`  [derivatives.yaml, entry log2]

    self: grad / (self * 0.6931471805599453)
    """
    __slots__ = ('self',)
    saved_tensor_slots = ('self',)

    def apply(node, grads, F):
        grad = grads[0]
        self_fn, = node._next
        grad_self = None
        if self_fn is not None:
            self = F.unpack(node.self, node)
            del grad  # the last use: see _hand_over_grad in codegen/emit.py
            grad_self = grads.pop() / (self * 0.6931471805599453)
        return (grad_self,)


class Log10Backward0(Node):
    """Backward of `log10(Tensor self) -> Tensor`  [derivatives.yaml, entry log10]

    self: grad / (self * 2.302585092994046)
    """
    __slots__ = ('self',)
    saved_tensor_slots = ('self',)

    def apply(node, grads, F):
        grad = grads[0]
        self_fn, = node._next
        grad_self = None
        if self_fn is not None:
            self = F.unpack(node.self, node)
            del grad  # the last use: see _hand_over_grad in codegen/emit.py
            grad_self = grads.pop() / (self * 2.302585092994046)
        return (grad_self,)


class RsqrtBackward0(Node):
    """Backward of `rsqrt(Tensor self) -> Tensor`  [derivatives.yaml, entry rsqrt]

    self: -0.5 * grad * result.pow(3)
    """
    __slots__ = ('result',)
    saved_tensor_slots = ('result',)

    def apply(node, grads, F):
        grad = grads[0]
        self_fn, = node._next
        grad_self = None
        if self_fn is not None:
            result = F.unpack_result(node.result, node)
            del grad  # the last use: see _hand_over_grad in codegen/emit.py
            grad_self = -0.5 * grads.pop() * F.pow(result, 3)
        return (grad_self,)


class SquareBackward0(Node):
    """Backward of `square(Tensor self) -> Tensor`  [derivatives.yaml, entry square]

    self: grad * 2 * self
    """
    __slots__ = ('self',)
    saved_tensor_slots = ('self',)

    def apply(node, grads, F):
        grad = grads[0]
        self_fn, = node._next
        grad_self = None
        if self_fn is not None:
            self = F.unpack(node.self, node)
            del grad  # the last use: see _hand_over_grad in codegen/emit.py
            grad_self = grads.pop() * 2 * self
        return (grad_self,)


class ReciprocalBackward0(Node):
    """Backward of `reciprocal(Tensor self) -> Tensor`  [derivatives.yaml, entry reciprocal]

    self: -grad * result * result
    """
    __slots__ = ('result',)
    saved_tensor_slots = ('result',)

    def apply(node, grads, F):
        grad = grads[0]
        self_fn, = node._next
        grad_self = None
        if self_fn is not None:
            result = F.unpack_result(node.result, node)
            del grad  # the last use: see _hand_over_grad in codegen/emit.py
            grad_self = -grads.pop() * result * result
        return (grad_self,)


class TanBackward0(Node):
    """Backward of `tan(Tensor self) -> Tensor`  [derivatives.yaml, entry tan]

    self: grad * (1 + result * result)
    """
    __slots__ = ('result',)
    saved_tensor_slots = ('result',)

    def apply(node, grads, F):
        grad = grads[0]
        self_fn, = node._next
        grad_self = None
        if self_fn is not None:
            result = F.unpack_result(node.result, node)
            del grad  # the last use: see _hand_over_grad in codegen/emit.py
            grad_self = grads.pop() * (1 + result * result)
        return (grad_self,)


class AsinBackward0(Node):
    """Backward of `asin(Tensor self) -> Tensor`  [derivatives.yaml, entry asin]

    self: grad * (1 - self * self).rsqrt()
    """
    __slots__ = ('self',)
    saved_tensor_slots = ('self',)

    def apply(node, grads, F):
        grad = grads[0]
        self_fn, = node._next
        grad_self = None
        if self_fn is not None:
            self = F.unpack(node.self, node)
            del grad  # the last use: see _hand_over_grad in codegen/emit.py
            grad_self = grads.pop() * F.rsqrt(1 - self * self)
        return (grad_self,)


class AcosBackward0(Node):
    """Backward of `acos(Tensor self) -> Tensor`  [derivatives.yaml, entry acos]

    self: -grad * (1 - self * self).rsqrt()
    """
    __slots__ = ('self',)
    saved_tensor_slots = ('self',)

    def apply(node, grads, F):
        grad = grads[0]
        self_fn, = node._next
        grad_self = None
        if self_fn is not None:
            self = F.unpack(node.self, node)
            del grad  # the last use: see _hand_over_grad in codegen/emit.py
            grad_self = -grads.pop() * F.rsqrt(1 - self * self)
        return (grad_self,)


class AtanBackward0(Node):
    """Backward of `atan(Tensor self) -> Tensor`  [derivatives.yaml, entry atan]

    self: grad / (self * self + 1)
    """
    __slots__ = ('self',)
    saved_tensor_slots = ('self',)

    def apply(node, grads, F):
        grad = grads[0]
        self_fn, = node._next
        grad_self = None
        if self_fn is not None:
            self = F.unpack(node.self, node)
            del grad  # the last use: see _hand_over_grad in codegen/emit.py
            grad_self = grads.pop() / (self * self + 1)
        return (grad_self,)


class SinhBackward0(Node):
    """Backward of `sinh(Tensor self) -> Tensor`  [derivatives.yaml, entry sinh]

    self: grad * self.cosh()
    """
    __slots__ = ('self',)
    saved_tensor_slots = ('self',)

    def apply(node, grads, F):
        grad = grads[0]
        self_fn, = node._next
        grad_self = None
        if self_fn is not None:
            self = F.unpack(node.self, node)
            del grad  # the last use: see _hand_over_grad in codegen/emit.py
            grad_self = grads.pop() * F.cosh(self)
        return (grad_self,)


class CoshBackward0(Node):
    """Backward of `cosh(Tensor self) -> Tensor`  [derivatives.yaml, entry cosh]

    self: grad * self.sinh()
    """
    __slots__ = ('self',)
    saved_tensor_slots = ('self',)

    def apply(node, grads, F):
        grad = grads[0]
        self_fn, = node._next
        grad_self = None
        if self_fn is not None:
            self = F.unpack(node.self, node)
            del grad  # the last use: see _hand_over_grad in codegen/emit.py
            grad_self = grads.pop() * F.sinh(self)
        return (grad_self,)


class AsinhBackward0(Node):
    """Backward of `asinh(Tensor self) -> Tensor`  [derivatives.yaml, entry asinh]

    self: grad * (self * self + 1).rsqrt()
    """
    __slots__ = ('self',)
    saved_tensor_slots = ('self',)

    def apply(node, grads, F):
        grad = grads[0]
        self_fn, = node._next
        grad_self = None
        if self_fn is not None:
            self = F.unpack(node.self, node)
            del grad  # the last use: see _hand_over_grad in codegen/emit.py
            grad_self = grads.pop() * F.rsqrt(self * self + 1)
        return (grad_self,)


class AcoshBackward0(Node):
    """Backward of `acosh(Tensor self) -> Tensor`  [derivatives.yaml, entry acosh]

    self: grad * (self * self - 1).rsqrt()
    """
    __slots__ = ('self',)
    saved_tensor_slots = ('self',)

    def apply(node, grads, F):
        grad = grads[0]
        self_fn, = node._next
        grad_self = None
        if self_fn is not None:
            self = F.unpack(node.self, node)
            del grad  # the last use: see _hand_over_grad in codegen/emit.py
            grad_self = grads.pop() * F.rsqrt(self * self - 1)
        return (grad_self,)


class AtanhBackward0(Node):
    """Backward of `atanh(Tensor self) -> Tensor`  [derivatives.yaml, entry atanh]

    self: grad / (1 - self * self)
    """
    __slots__ = ('self',)
    saved_tensor_slots = ('self',)

    def apply(node, grads, F):
        grad = grads[0]
        self_fn, = node._next
        grad_self = None
        if self_fn is not None:
            self = F.unpack(node.self, node)
            del grad  # the last use: see _hand_over_grad in codegen/emit.py
            grad_self = grads.pop() / (1 - self * self)
        return (grad_self,)


class LogitBackward0(Node):
    """Backward of `logit(Tensor self, float? eps=None) -> Tensor`  [derivatives.yaml, entry logit]

    self: logit_backward(grad, self, eps)
    """
    __slots__ = ('self', 'eps')
    saved_tensor_slots = ('self',)

    def apply(node, grads, F):
        grad = grads[0]
        self_fn, = node._next
        grad_self = None
        if self_fn is not None:
            self = F.unpack(node.self, node)
            eps = node.eps
            del grad  # the last use: see _hand_over_grad in codegen/emit.py
            grad_self = helpers.logit_backward(F, grads.pop(), self, eps)
        return (grad_self,)


class ErfBackward0(Node):
    """Backward of `erf(Tensor self) -> Tensor`  [derivatives.yaml, entry erf]

    self: grad * 1.1283791670955126 * (-self * self).exp()
    """
    __slots__ = ('self',)
    saved_tensor_slots = ('self',)

    def apply(node, grads, F):
        grad = grads[0]
        self_fn, = node._next
        grad_self = None
        if self_fn is not None:
            self = F.unpack(node.self, node)
            del grad  # the last use: see _hand_over_grad in codegen/emit.py
            grad_self = grads.pop() * 1.1283791670955126 * F.exp(-self * self)
        return (grad_self,)


class ErfcBackward0(Node):
    """Backward of `erfc(Tensor self) -> Tensor`  [derivatives.yaml, entry erfc]

    self: grad * -1.1283791670955126 * (-self * self).exp()
    """
    __slots__ = ('self',)
    saved_tensor_slots = ('self',)

    def apply(node, grads, F):
        grad = grads[0]
        self_fn, = node._next
        grad_self = None
        if self_fn is not None:
            self = F.unpack(node.self, node)
            del grad  # the last use: see _hand_over_grad in codegen/emit.py
            grad_self = grads.pop() * -1.1283791670955126 * F.exp(-self * self)
        return (grad_self,)


class ErfinvBackward0(Node):
    """Backward of `erfinv(Tensor self) -> Tensor`  [derivatives.yaml, entry erfinv]

    self: grad * 0.886226925452758 * (result * result).exp()
    """
    __slots__ = ('result',)
    saved_tensor_slots = ('result',)

    def apply(node, grads, F):
        grad = grads[0]
        self_fn, = node._next
        grad_self = None
        if self_fn is not None:
            result = F.unpack_result(node.result, node)
            del grad  # the last use: see _hand_over_grad in codegen/emit.py
            grad_self = grads.pop() * 0.886226925452758 * F.exp(result * result)
        return (grad_self,)


class LgammaBackward0(Node):
    """Backward of `lgamma(Tensor self) -> Tensor`  [derivatives.yaml, entry lgamma]

    self: grad * self.digamma()
    """
    __slots__ = ('self',)
    saved_tensor_slots = ('self',)

    def apply(node, grads, F):
        grad = grads[0]
        self_fn, = node._next
        grad_self = None
        if self_fn is not None:
            self = F.unpack(node.self, node)
            del grad  # the last use: see _hand_over_grad in codegen/emit.py
            grad_self = grads.pop() * F.digamma(self)
        return (grad_self,)


class DigammaBackward0(Node):
    """Backward of `digamma(Tensor self) -> Tensor`  [derivatives.yaml, entry digamma]

    self: grad * polygamma(1, self)
    """
    __slots__ = ('self',)
    saved_tensor_slots = ('self',)

    def apply(node, grads, F):
        grad = grads[0]
        self_fn, = node._next
        grad_self = None
        if self_fn is not None:
            self = F.unpack(node.self, node)
            del grad  # the last use: see _hand_over_grad in codegen/emit.py
            grad_self = grads.pop() * F.polygamma(1, self)
        return (grad_self,)


class PolygammaBackward0(Node):
    """Backward of `polygamma(int n, Tensor self) -> Tensor`  [derivatives.yaml, entry polygamma]

    self: grad * polygamma(n + 1, self)
    """
    __slots__ = ('n', 'self')
    saved_tensor_slots = ('self',)

    def apply(node, grads, F):
        grad = grads[0]
        self_fn, = node._next
        grad_self = None
        if self_fn is not None:
            n = node.n
            self = F.unpack(node.self, node)
            del grad  # the last use: see _hand_over_grad in codegen/emit.py
            grad_self = grads.pop() * F.polygamma(n + 1, self)
        return (grad_self,)


class SincBackward0(Node):
    """Backward of `sinc(Tensor self) -> Tensor`  [derivatives.yaml, entry sinc]

    self: sinc_backward(grad, self)
    """
    __slots__ = ('self',)
    saved_tensor_slots = ('self',)

    def apply(node, grads, F):
        grad = grads[0]
        self_fn, = node._next
        grad_self = None
        if self_fn is not None:
            self = F.unpack(node.self, node)
            del grad  # the last use: see _hand_over_grad in codegen/emit.py
            grad_self = helpers.sinc_backward(F, grads.pop(), self)
        return (grad_self,)


class FloorBackward0(Node):
    """Backward of `floor(Tensor self) -> Tensor`  [derivatives.yaml, entry floor]

    self: zeros_like(grad)
    """
    __slots__ = ()

    def apply(node, grads, F):
        grad = grads[0]
        self_fn, = node._next
        grad_self = None
        if self_fn is not None:
            del grad  # the last use: see _hand_over_grad in codegen/emit.py
            grad_self = F.zeros_like(grads.pop())
        return (grad_self,)


class CeilBackward0(Node):
    """Backward of `ceil(Tensor self) -> Tensor`  [derivatives.yaml, entry ceil]

    self: zeros_like(grad)
    """
    __slots__ = ()

    def apply(node, grads, F):
        grad = grads[0]
        self_fn, = node._next
        grad_self = None
        if self_fn is not None:
            del grad  # the last use: see _hand_over_grad in codegen/emit.py
            grad_self = F.zeros_like(grads.pop())
        return (grad_self,)


class TruncBackward0(Node):
    """Backward of `trunc(Tensor self) -> Tensor`  [derivatives.yaml, entry trunc]

    self: zeros_like(grad)
    """
    __slots__ = ()

    def apply(node, grads, F):
        grad = grads[0]
        self_fn, = node._next
        grad_self = None
        if self_fn is not None:
            del grad  # the last use: see _hand_over_grad in codegen/emit.py
            grad_self = F.zeros_like(grads.pop())
        return (grad_self,)


class FracBackward0(Node):
    """Backward of `frac(Tensor self) -> Tensor`  [derivatives.yaml, entry frac]

    self: grad
    """
    __slots__ = ()

    def apply(node, grads, F):
        grad = grads[0]
        self_fn, = node._next
        grad_self = None
        if self_fn is not None:
            del grad  # the last use: see _hand_over_grad in codegen/emit.py
            grad_self = grads.pop()
        return (grad_self,)


class NanToNumBackward0(Node):
    """Backward of `nan_to_num(Tensor self, float? nan=None, float? posinf=None, float? neginf=None) -> Tensor`  [derivatives.yaml, entry nan_to_num]

    self: grad * self.isfinite()
    """
    __slots__ = ('self',)
    saved_tensor_slots = ('self',)

    def apply(node, grads, F):
        grad = grads[0]
        self_fn, = node._next
        grad_self = None
        if self_fn is not None:
            self = F.unpack(node.self, node)
            del grad  # the last use: see _hand_over_grad in codegen/emit.py
            grad_self = grads.pop() * F.isfinite(self)
        return (grad_self,)


class Atan2Backward0(Node):
    """Backward of `atan2(Tensor self, Tensor other) -> Tensor`  [derivatives.yaml, entry atan2]

    self: grad * other * atan2_recip(self, other)
    other: grad * -self * atan2_recip(self, other)
    """
    __slots__ = ('self', 'other')
    saved_tensor_slots = ('self', 'other')

    def apply(node, grads, F):
        grad = grads[0]
        self_fn, other_fn = node._next
        grad_self = grad_other = None
        if self_fn is not None:
            self = F.unpack(node.self, node)
            other = F.unpack(node.other, node)
            grad_self = grad * other * helpers.atan2_recip(F, self, other)
        if other_fn is not None:
            self = F.unpack(node.self, node)
            other = F.unpack(node.other, node)
            del grad  # the last use: see _hand_over_grad in codegen/emit.py
            grad_other = grads.pop() * -self * helpers.atan2_recip(F, self, other)
        return (grad_self, grad_other)


class HypotBackward0(Node):
    """Backward of `hypot(Tensor self, Tensor other) -> Tensor`  [derivatives.yaml, entry hypot]

    self: grad * self / result
    other: grad * other / result
    """
    __slots__ = ('self', 'other', 'result')
    saved_tensor_slots = ('self', 'other', 'result')

    def apply(node, grads, F):
        grad = grads[0]
        self_fn, other_fn = node._next
        grad_self = grad_other = None
        if self_fn is not None:
            self = F.unpack(node.self, node)
            result = F.unpack_result(node.result, node)
            grad_self = grad * self / result
        if other_fn is not None:
            other = F.unpack(node.other, node)
            result = F.unpack_result(node.result, node)
            del grad  # the last use: see _hand_over_grad in codegen/emit.py
            grad_other = grads.pop() * other / result
        return (grad_self, grad_other)


class FmodBackward0(Node):
    """Backward of `fmod(Tensor self, Tensor other) -> Tensor`  [derivatives.yaml, entry fmod]

    self: grad
    other: -grad * (self / other).trunc()
    """
    __slots__ = ('self', 'other')
    saved_tensor_slots = ('self', 'other')

    def apply(node, grads, F):
        grad = grads[0]
        self_fn, other_fn = node._next
        grad_self = grad_other = None
        if self_fn is not None:
            grad_self = grad
        if other_fn is not None:
            self = F.unpack(node.self, node)
            other = F.unpack(node.other, node)
            del grad  # the last use: see _hand_over_grad in codegen/emit.py
            grad_other = -grads.pop() * F.trunc(self / other)
        return (grad_self, grad_other)


class RemainderBackward0(Node):
    """Backward of `remainder(Tensor self, Tensor other) -> Tensor`  [derivatives.yaml, entry remainder]

    self: grad
    other: -grad * (self / other).floor()
    """
    __slots__ = ('self', 'other')
    saved_tensor_slots = ('self', 'other')

    def apply(node, grads, F):
        grad = grads[0]
        self_fn, other_fn = node._next
        grad_self = grad_other = None
        if self_fn is not None:
            grad_self = grad
        if other_fn is not None:
            self = F.unpack(node.self, node)
            other = F.unpack(node.other, node)
            del grad  # the last use: see _hand_over_grad in codegen/emit.py
            grad_other = -grads.pop() * F.floor(self / other)
        return (grad_self, grad_other)


class XlogyBackward0(Node):
    """Backward of `xlogy(Tensor self, Tensor other) -> Tensor`  [derivatives.yaml, entry xlogy]

    self: where((self == 0) & (other <= 0), 0.0, xlogy(grad, other))
    other: grad * self / other
    """
    __slots__ = ('self', 'other')
    saved_tensor_slots = ('self', 'other')

    def apply(node, grads, F):
        grad = grads[0]
        self_fn, other_fn = node._next
        grad_self = grad_other = None
        if self_fn is not None:
            self = F.unpack(node.self, node)
            other = F.unpack(node.other, node)
            grad_self = F.where((self == 0) & (other <= 0), 0.0, F.xlogy(grad, other))
        if other_fn is not None:
            self = F.unpack(node.self, node)
            other = F.unpack(node.other, node)
            del grad  # the last use: see _hand_over_grad in codegen/emit.py
            grad_other = grads.pop() * self / other
        return (grad_self, grad_other)


class LogaddexpBackward0(Node):
    """Backward of `logaddexp(Tensor self, Tensor other) -> Tensor`  [derivatives.yaml, entry logaddexp]

    self: grad / (1 + (other - self).exp())
    other: grad / (1 + (self - other).exp())
    """
    __slots__ = ('self', 'other')
    saved_tensor_slots = ('self', 'other')

    def apply(node, grads, F):
        grad = grads[0]
        self_fn, other_fn = node._next
        grad_self = grad_other = None
        if self_fn is not None:
            self = F.unpack(node.self, node)
            other = F.unpack(node.other, node)
            grad_self = grad / (1 + F.exp(other - self))
        if other_fn is not None:
            self = F.unpack(node.self, node)
            other = F.unpack(node.other, node)
            del grad  # the last use: see _hand_over_grad in codegen/emit.py
            grad_other = grads.pop() / (1 + F.exp(self - other))
        return (grad_self, grad_other)


class LerpBackward0(Node):
    """Backward of `lerp(Tensor self, Tensor end, Tensor weight) -> Tensor`  [derivatives.yaml, entry lerp]

    self: grad * (1 - weight)
    end: grad * weight
    weight: grad * (end - self)
    """
    __slots__ = ('self', 'end', 'weight')
    saved_tensor_slots = ('self', 'end', 'weight')

    def apply(node, grads, F):
        grad = grads[0]
        self_fn, end_fn, weight_fn = node._next
        grad_self = grad_end = grad_weight = None
        if self_fn is not None:
            weight = F.unpack(node.weight, node)
            grad_self = grad * (1 - weight)
        if end_fn is not None:
            weight = F.unpack(node.weight, node)
            grad_end = grad * weight
        if weight_fn is not None:
            self = F.unpack(node.self, node)
            end = F.unpack(node.end, node)
            del grad  # the last use: see _hand_over_grad in codegen/emit.py
            grad_weight = grads.pop() * (end - self)
        return (grad_self, grad_end, grad_weight)


class AddcmulBackward0(Node):
    """Backward of `addcmul(Tensor self, Tensor tensor1, Tensor tensor2, *, Scalar value=1) -> Tensor`  [derivatives.yaml, entry addcmul]

    self: grad
    tensor1: grad * tensor2 * value
    tensor2: grad * tensor1 * value
    """
    __slots__ = ('tensor1', 'tensor2', 'value')
    saved_tensor_slots = ('tensor1', 'tensor2')

    def apply(node, grads, F):
        grad = grads[0]
        self_fn, tensor1_fn, tensor2_fn = node._next
        grad_self = grad_tensor1 = grad_tensor2 = None
        if self_fn is not None:
            grad_self = grad
        if tensor1_fn is not None:
            tensor2 = F.unpack(node.tensor2, node)
            value = node.value
            grad_tensor1 = grad * tensor2 * value
        if tensor2_fn is not None:
            tensor1 = F.unpack(node.tensor1, node)
            value = node.value
            del grad  # the last use: see _hand_over_grad in codegen/emit.py
            grad_tensor2 = grads.pop() * tensor1 * value
        return (grad_self, grad_tensor1, grad_tensor2)


class AddcdivBackward0(Node):
    """Backward of `addcdiv(Tensor self, Tensor tensor1, Tensor tensor2, *, Scalar value=1) -> Tensor`  [derivatives.yaml, entry addcdiv]

    self: grad
    tensor1: grad * value / tensor2
    tensor2: -grad * value * tensor1 / (tensor2 * tensor2)
    """
    __slots__ = ('tensor1', 'tensor2', 'value')
    saved_tensor_slots = ('tensor1', 'tensor2')

    def apply(node, grads, F):
        grad = grads[0]
        self_fn, tensor1_fn, tensor2_fn = node._next
        grad_self = grad_tensor1 = grad_tensor2 = None
        if self_fn is not None:
            grad_self = grad
        if tensor1_fn is not None:
            tensor2 = F.unpack(node.tensor2, node)
            value = node.value
            grad_tensor1 = grad * value / tensor2
        if tensor2_fn is not None:
            tensor1 = F.unpack(node.tensor1, node)
            tensor2 = F.unpack(node.tensor2, node)
            value = node.value
            del grad  # the last use: see _hand_over_grad in codegen/emit.py
            grad_tensor2 = -grads.pop() * value * tensor1 / (tensor2 * tensor2)
        return (grad_self, grad_tensor1, grad_tensor2)


class ClipBackward0(Node):
    """Backward of `clip(Tensor self, Tensor? min=None, Tensor? max=None) -> Tensor`  [derivatives.yaml, entry clip]

    self: clamp_backward(grad, self, min, max)
    min: clamp_backward_min(grad, self, min, max)
    max: clamp_backward_max(grad, self, min, max)
    """
    __slots__ = ('self', 'min', 'max')
    saved_tensor_slots = ('self', 'min', 'max')

    def apply(node, grads, F):
        grad = grads[0]
        self_fn, min_fn, max_fn = node._next
        grad_self = grad_min = grad_max = None
        if self_fn is not None:
            self = F.unpack(node.self, node)
            min = F.unpack(node.min, node)
            max = F.unpack(node.max, node)
            grad_self = helpers.clamp_backward(F, grad, self, min, max)
        if min_fn is not None:
            self = F.unpack(node.self, node)
            min = F.unpack(node.min, node)
            max = F.unpack(node.max, node)
            grad_min = helpers.clamp_backward_min(F, grad, self, min, max)
        if max_fn is not None:
            self = F.unpack(node.self, node)
            min = F.unpack(node.min, node)
            max = F.unpack(node.max, node)
            del grad  # the last use: see _hand_over_grad in codegen/emit.py
            grad_max = helpers.clamp_backward_max(F, grads.pop(), self, min, max)
        return (grad_self, grad_min, grad_max)


class SoftmaxBackward0(Node):
    """Backward of `softmax(Tensor self, int dim, ScalarType? dtype=None) -> Tensor`  [derivatives.yaml, entry softmax]

    self: result * (grad - (grad * result).sum(dim, keepdim=True))
    """
    __slots__ = ('dim', 'result')
    saved_tensor_slots = ('result',)

    def apply(node, grads, F):
        grad = grads[0]
        self_fn, = node._next
        grad_self = None
        if self_fn is not None:
            dim = node.dim
            result = F.unpack_result(node.result, node)
            grad_self = result * (grad - F.sum(grad * result, dim, keepdim=True))
        return (grad_self,)


class LogSoftmaxBackward0(Node):
    """Backward of `log_softmax(Tensor self, int dim, ScalarType? dtype=None) -> Tensor`  [derivatives.yaml, entry log_softmax]

    self: grad - result.exp() * grad.sum(dim, keepdim=True)
    """
    __slots__ = ('dim', 'result')
    saved_tensor_slots = ('result',)

    def apply(node, grads, F):
        grad = grads[0]
        self_fn, = node._next
        grad_self = None
        if self_fn is not None:
            dim = node.dim
            result = F.unpack_result(node.result, node)
            grad_self = grad - F.exp(result) * F.sum(grad, dim, keepdim=True)
        return (grad_self,)


class HardtanhBackward0(Node):
    """Backward of `hardtanh(Tensor self, Scalar min_val=-1, Scalar max_val=1) -> Tensor`  [derivatives.yaml, entry hardtanh]

    self: where((self > min_val) & (self < max_val), grad, 0.0)
    """
    __slots__ = ('self', 'min_val', 'max_val')
    saved_tensor_slots = ('self',)

    def apply(node, grads, F):
        grad = grads[0]
        self_fn, = node._next
        grad_self = None
        if self_fn is not None:
            self = F.unpack(node.self, node)
            min_val = node.min_val
            max_val = node.max_val
            del grad  # the last use: see _hand_over_grad in codegen/emit.py
            grad_self = F.where((self > min_val) & (self < max_val), grads.pop(), 0.0)
        return (grad_self,)


class LeakyReluBackward0(Node):
    """Backward of `leaky_relu(Tensor self, Scalar negative_slope=0.01) -> Tensor`  [derivatives.yaml, entry leaky_relu]

    self: where(self > 0, grad, grad * negative_slope)
    """
    __slots__ = ('self', 'negative_slope')
    saved_tensor_slots = ('self',)

    def apply(node, grads, F):
        grad = grads[0]
        self_fn, = node._next
        grad_self = None
        if self_fn is not None:
            self = F.unpack(node.self, node)
            negative_slope = node.negative_slope
            grad_self = F.where(self > 0, grad, grad * negative_slope)
        return (grad_self,)


class EluBackward0(Node):
    """Backward of `elu(Tensor self, Scalar alpha=1, Scalar scale=1, Scalar input_scale=1) -> Tensor`  [derivatives.yaml, entry elu]

    self: where(self > 0, grad * scale, grad * input_scale * (where(self < 0, result, 0.0) + alpha * scale))
    """
    __slots__ = ('self', 'alpha', 'scale', 'input_scale', 'result')
    saved_tensor_slots = ('self', 'result')

    def apply(node, grads, F):
        grad = grads[0]
        self_fn, = node._next
        grad_self = None
        if self_fn is not None:
            self = F.unpack(node.self, node)
            alpha = node.alpha
            scale = node.scale
            input_scale = node.input_scale
            result = F.unpack_result(node.result, node)
            grad_self = F.where(self > 0, grad * scale, grad * input_scale * (F.where(self < 0, result, 0.0) + alpha * scale))
        return (grad_self,)


class SeluBackward0(Node):
    """Backward of `selu(Tensor self) -> Tensor`  [derivatives.yaml, entry selu]

    self: where(self > 0, grad * 1.0507009873554805, grad * (where(self < 0, result, 0.0) + 1.7580993408473766))
    """
    __slots__ = ('self', 'result')
    saved_tensor_slots = ('self', 'result')

    def apply(node, grads, F):
        grad = grads[0]
        self_fn, = node._next
        grad_self = None
        if self_fn is not None:
            self = F.unpack(node.self, node)
            result = F.unpack_result(node.result, node)
            grad_self = F.where(self > 0, grad * 1.0507009873554805, grad * (F.where(self < 0, result, 0.0) + 1.7580993408473766))
        return (grad_self,)


class CeluBackward0(Node):
    """Backward of `celu(Tensor self, Scalar alpha=1.0) -> Tensor`  [derivatives.yaml, entry celu]

    self: where(self > 0, grad, grad * (where(self < 0, result, 0.0) / alpha + 1))
    """
    __slots__ = ('self', 'alpha', 'result')
    saved_tensor_slots = ('self', 'result')

    def apply(node, grads, F):
        grad = grads[0]
        self_fn, = node._next
        grad_self = None
        if self_fn is not None:
            self = F.unpack(node.self, node)
            alpha = node.alpha
            result = F.unpack_result(node.result, node)
            grad_self = F.where(self > 0, grad, grad * (F.where(self < 0, result, 0.0) / alpha + 1))
        return (grad_self,)


class GeluBackward0(Node):
    """Backward of `gelu(Tensor self, *, str approximate='none') -> Tensor`  [derivatives.yaml, entry gelu]

    self: gelu_backward(grad, self, approximate=approximate)
    """
    __slots__ = ('self', 'approximate')
    saved_tensor_slots = ('self',)

    def apply(node, grads, F):
        grad = grads[0]
        self_fn, = node._next
        grad_self = None
        if self_fn is not None:
            self = F.unpack(node.self, node)
            approximate = node.approximate
            del grad  # the last use: see _hand_over_grad in codegen/emit.py
            grad_self = F.gelu_backward(grads.pop(), self, approximate=approximate)
        return (grad_self,)


class GeluBackwardBackward0(Node):
    """Backward of `gelu_backward(Tensor output_grad, Tensor self, *, str approximate='none') -> Tensor`  [derivatives.yaml, entry gelu_backward]

    output_grad: gelu_backward(grad, self, approximate=approximate)
    self: gelu_double_backward(grad, output_grad, self, approximate)
    """
    __slots__ = ('output_grad', 'self', 'approximate')
    saved_tensor_slots = ('output_grad', 'self')

    def apply(node, grads, F):
        grad = grads[0]
        output_grad_fn, self_fn = node._next
        grad_output_grad = grad_self = None
        if output_grad_fn is not None:
            self = F.unpack(node.self, node)
            approximate = node.approximate
            grad_output_grad = F.gelu_backward(grad, self, approximate=approximate)
        if self_fn is not None:
            output_grad = F.unpack(node.output_grad, node)
            self = F.unpack(node.self, node)
            approximate = node.approximate
            del grad  # the last use: see _hand_over_grad in codegen/emit.py
            grad_self = helpers.gelu_double_backward(F, grads.pop(), output_grad, self, approximate)
        return (grad_output_grad, grad_self)


class SiluBackward0(Node):
    """Backward of `silu(Tensor self) -> Tensor`  [derivatives.yaml, entry silu]

    self: silu_backward(grad, self)
    """
    __slots__ = ('self',)
    saved_tensor_slots = ('self',)

    def apply(node, grads, F):
        grad = grads[0]
        self_fn, = node._next
        grad_self = None
        if self_fn is not None:
            self = F.unpack(node.self, node)
            del grad  # the last use: see _hand_over_grad in codegen/emit.py
            grad_self = helpers.silu_backward(F, grads.pop(), self)
        return (grad_self,)


class MishBackward0(Node):
    """Backward of `mish(Tensor self) -> Tensor`  [derivatives.yaml, entry mish]

    self: mish_backward(grad, self)
    """
    __slots__ = ('self',)
    saved_tensor_slots = ('self',)

    def apply(node, grads, F):
        grad = grads[0]
        self_fn, = node._next
        grad_self = None
        if self_fn is not None:
            self = F.unpack(node.self, node)
            del grad  # the last use: see _hand_over_grad in codegen/emit.py
            grad_self = helpers.mish_backward(F, grads.pop(), self)
        return (grad_self,)


class SoftplusBackward0(Node):
    """Backward of `softplus(Tensor self, Scalar beta=1, Scalar threshold=20) -> Tensor`  [derivatives.yaml, entry softplus]

    self: where(self * beta > threshold, grad, grad * where(self * beta < threshold, self * beta, threshold).sigmoid())
    """
    __slots__ = ('self', 'beta', 'threshold')
    saved_tensor_slots = ('self',)

    def apply(node, grads, F):
        grad = grads[0]
        self_fn, = node._next
        grad_self = None
        if self_fn is not None:
            self = F.unpack(node.self, node)
            beta = node.beta
            threshold = node.threshold
            grad_self = F.where(self * beta > threshold, grad, grad * F.sigmoid(F.where(self * beta < threshold, self * beta, threshold)))
        return (grad_self,)


class LogSigmoidBackward0(Node):
    """Backward of `log_sigmoid(Tensor self) -> Tensor`  [derivatives.yaml, entry log_sigmoid]

    self: grad * (-self).sigmoid()
    """
    __slots__ = ('self',)
    saved_tensor_slots = ('self',)

    def apply(node, grads, F):
        grad = grads[0]
        self_fn, = node._next
        grad_self = None
        if self_fn is not None:
            self = F.unpack(node.self, node)
            del grad  # the last use: see _hand_over_grad in codegen/emit.py
            grad_self = grads.pop() * F.sigmoid(-self)
        return (grad_self,)


class HardsigmoidBackward0(Node):
    """Backward of `hardsigmoid(Tensor self) -> Tensor`  [derivatives.yaml, entry hardsigmoid]

    self: where((self > -3) & (self < 3), grad / 6, 0.0)
    """
    __slots__ = ('self',)
    saved_tensor_slots = ('self',)

    def apply(node, grads, F):
        grad = grads[0]
        self_fn, = node._next
        grad_self = None
        if self_fn is not None:
            self = F.unpack(node.self, node)
            del grad  # the last use: see _hand_over_grad in codegen/emit.py
            grad_self = F.where((self > -3) & (self < 3), grads.pop() / 6, 0.0)
        return (grad_self,)


class HardswishBackward0(Node):
    """Backward of `hardswish(Tensor self) -> Tensor`  [derivatives.yaml, entry hardswish]

    self: where(self <= -3, 0.0, where(self < 3, grad * (self / 3 + 0.5), grad))
    """
    __slots__ = ('self',)
    saved_tensor_slots = ('self',)

    def apply(node, grads, F):
        grad = grads[0]
        self_fn, = node._next
        grad_self = None
        if self_fn is not None:
            self = F.unpack(node.self, node)
            grad_self = F.where(self <= -3, 0.0, F.where(self < 3, grad * (self / 3 + 0.5), grad))
        return (grad_self,)


class GluBackward0(Node):
    """Backward of `glu(Tensor self, int dim=-1) -> Tensor`  [derivatives.yaml, entry glu]

    self: glu_backward(grad, self, dim)
    """
    __slots__ = ('self', 'dim')
    saved_tensor_slots = ('self',)

    def apply(node, grads, F):
        grad = grads[0]
        self_fn, = node._next
        grad_self = None
        if self_fn is not None:
            self = F.unpack(node.self, node)
            dim = node.dim
            del grad  # the last use: see _hand_over_grad in codegen/emit.py
            grad_self = helpers.glu_backward(F, grads.pop(), self, dim)
        return (grad_self,)


class SumBackward0(Node):
    """Backward of `sum(Tensor self, int[]? dim=None, bool keepdim=False, *, ScalarType? dtype=None) -> Tensor`  [derivatives.yaml, entry sum]

    self: sum_backward(grad, self.shape, dim, keepdim)
    """
    __slots__ = ('self_shape', 'dim', 'keepdim')

    def apply(node, grads, F):
        grad = grads[0]
        self_fn, = node._next
        grad_self = None
        if self_fn is not None:
            self_shape = node.self_shape
            dim = node.dim
            keepdim = node.keepdim
            del grad  # the last use: see _hand_over_grad in codegen/emit.py
            grad_self = helpers.sum_backward(F, grads.pop(), self_shape, dim, keepdim)
        return (grad_self,)


class MeanBackward0(Node):
    """Backward of `mean(Tensor self, int[]? dim=None, bool keepdim=False, *, ScalarType? dtype=None) -> Tensor`  [derivatives.yaml, entry mean]

    self: sum_backward(grad, self.shape, dim, keepdim) * (1.0 / reduced_count(self.shape, dim))
    """
    __slots__ = ('self_shape', 'dim', 'keepdim')

    def apply(node, grads, F):
        grad = grads[0]
        self_fn, = node._next
        grad_self = None
        if self_fn is not None:
            self_shape = node.self_shape
            dim = node.dim
            keepdim = node.keepdim
            del grad  # the last use: see _hand_over_grad in codegen/emit.py
            grad_self = helpers.sum_backward(F, grads.pop(), self_shape, dim, keepdim) * (1.0 / helpers.reduced_count(self_shape, dim))
        return (grad_self,)


class SumBackward1(Node):
    """Backward of `sum.dim_IntList(Tensor self, int[]? dim, bool keepdim=False, *, ScalarType? dtype=None) -> Tensor`  [derivatives.yaml, entry sum_dim_IntList]

    self: sum_backward(grad, self.shape, dim, keepdim)
    """
    __slots__ = ('self_shape', 'dim', 'keepdim')

    def apply(node, grads, F):
        grad = grads[0]
        self_fn, = node._next
        grad_self = None
        if self_fn is not None:
            self_shape = node.self_shape
            dim = node.dim
            keepdim = node.keepdim
            del grad  # the last use: see _hand_over_grad in codegen/emit.py
            grad_self = helpers.sum_backward(F, grads.pop(), self_shape, dim, keepdim)
        return (grad_self,)


class MeanBackward1(Node):
    """Backward of `mean.dim(Tensor self, int[]? dim, bool keepdim=False, *, ScalarType? dtype=None) -> Tensor`  [derivatives.yaml, entry mean_dim]

    self: sum_backward(grad, self.shape, dim, keepdim) * (1.0 / reduced_count(self.shape, dim))
    """
    __slots__ = ('self_shape', 'dim', 'keepdim')

    def apply(node, grads, F):
        grad = grads[0]
        self_fn, = node._next
        grad_self = None
        if self_fn is not None:
            self_shape = node.self_shape
            dim = node.dim
            keepdim = node.keepdim
            del grad  # the last use: see _hand_over_grad in codegen/emit.py
            grad_self = helpers.sum_backward(F, grads.pop(), self_shape, dim, keepdim) * (1.0 / helpers.reduced_count(self_shape, dim))
        return (grad_self,)


class AmaxBackward0(Node):
    """Backward of `amax(Tensor self, int[] dim=[], bool keepdim=False) -> Tensor`  [derivatives.yaml, entry amax]

    self: extremum_backward(grad, self, result, dim, keepdim)
    """
    __slots__ = ('self', 'dim', 'keepdim', 'result')
    saved_tensor_slots = ('self', 'result')

    def apply(node, grads, F):
        grad = grads[0]
        self_fn, = node._next
        grad_self = None
        if self_fn is not None:
            self = F.unpack(node.self, node)
            dim = node.dim
            keepdim = node.keepdim
            result = F.unpack_result(node.result, node)
            del grad  # the last use: see _hand_over_grad in codegen/emit.py
            grad_self = helpers.extremum_backward(F, grads.pop(), self, result, dim, keepdim)
        return (grad_self,)


class AminBackward0(Node):
    """Backward of `amin(Tensor self, int[] dim=[], bool keepdim=False) -> Tensor`  [derivatives.yaml, entry amin]

    self: extremum_backward(grad, self, result, dim, keepdim)
    """
    __slots__ = ('self', 'dim', 'keepdim', 'result')
    saved_tensor_slots = ('self', 'result')

    def apply(node, grads, F):
        grad = grads[0]
        self_fn, = node._next
        grad_self = None
        if self_fn is not None:
            self = F.unpack(node.self, node)
            dim = node.dim
            keepdim = node.keepdim
            result = F.unpack_result(node.result, node)
            del grad  # the last use: see _hand_over_grad in codegen/emit.py
            grad_self = helpers.extremum_backward(F, grads.pop(), self, result, dim, keepdim)
        return (grad_self,)


class MaxBackward0(Node):
    """Backward of `max(Tensor self) -> Tensor`  [derivatives.yaml, entry max]

    self: extremum_backward(grad, self, result, None, False)
    """
    __slots__ = ('self', 'result')
    saved_tensor_slots = ('self', 'result')

    def apply(node, grads, F):
        grad = grads[0]
        self_fn, = node._next
        grad_self = None
        if self_fn is not None:
            self = F.unpack(node.self, node)
            result = F.unpack_result(node.result, node)
            del grad  # the last use: see _hand_over_grad in codegen/emit.py
            grad_self = helpers.extremum_backward(F, grads.pop(), self, result, None, False)
        return (grad_self,)


class MinBackward0(Node):
    """Backward of `min(Tensor self) -> Tensor`  [derivatives.yaml, entry min]

    self: extremum_backward(grad, self, result, None, False)
    """
    __slots__ = ('self', 'result')
    saved_tensor_slots = ('self', 'result')

    def apply(node, grads, F):
        grad = grads[0]
        self_fn, = node._next
        grad_self = None
        if self_fn is not None:
            self = F.unpack(node.self, node)
            result = F.unpack_result(node.result, node)
            del grad  # the last use: see _hand_over_grad in codegen/emit.py
            grad_self = helpers.extremum_backward(F, grads.pop(), self, result, None, False)
        return (grad_self,)


class MaxBackward1(Node):
    """Backward of `max.dim(Tensor self, int dim, bool keepdim=False) -> (Tensor values, Tensor indices)`  [derivatives.yaml, entry max_dim]

    self: index_reduction_backward(grad_values, self.shape, indices, dim, keepdim)
    """
    __slots__ = ('self_shape', 'dim', 'keepdim', 'indices')
    saved_tensor_slots = ('indices',)

    def apply(node, grads, F):
        grad_values, grad_indices = grads
        self_fn, = node._next
        grad_self = None
        if self_fn is not None:
            self_shape = node.self_shape
            dim = node.dim
            keepdim = node.keepdim
            indices = F.unpack_result(node.indices, node)
            grad_self = helpers.index_reduction_backward(F, grad_values, self_shape, indices, dim, keepdim)
        return (grad_self,)


class MinBackward1(Node):
    """Backward of `min.dim(Tensor self, int dim, bool keepdim=False) -> (Tensor values, Tensor indices)`  [derivatives.yaml, entry min_dim]

    self: index_reduction_backward(grad_values, self.shape, indices, dim, keepdim)
    """
    __slots__ = ('self_shape', 'dim', 'keepdim', 'indices')
    saved_tensor_slots = ('indices',)

    def apply(node, grads, F):
        grad_values, grad_indices = grads
        self_fn, = node._next
        grad_self = None
        if self_fn is not None:
            self_shape = node.self_shape
            dim = node.dim
            keepdim = node.keepdim
            indices = F.unpack_result(node.indices, node)
            grad_self = helpers.index_reduction_backward(F, grad_values, self_shape, indices, dim, keepdim)
        return (grad_self,)


class AminmaxBackward0(Node):
    """Backward of `aminmax(Tensor self, *, int? dim=None, bool keepdim=False) -> (Tensor min, Tensor max)`  [derivatives.yaml, entry aminmax]

    self: extremum_backward(grad_min, self, min, dim, keepdim) + extremum_backward(grad_max, self, max, dim, keepdim)
    """
    __slots__ = ('self', 'dim', 'keepdim', 'min', 'max')
    saved_tensor_slots = ('self', 'min', 'max')

    def apply(node, grads, F):
        grad_min, grad_max = grads
        self_fn, = node._next
        grad_self = None
        if self_fn is not None:
            self = F.unpack(node.self, node)
            dim = node.dim
            keepdim = node.keepdim
            min = F.unpack_result(node.min, node)
            max = F.unpack_result(node.max, node)
            grad_self = helpers.extremum_backward(F, grad_min, self, min, dim, keepdim) + helpers.extremum_backward(F, grad_max, self, max, dim, keepdim)
        return (grad_self,)


class ProdBackward0(Node):
    """Backward of `prod(Tensor self, int? dim=None, bool keepdim=False, *, ScalarType? dtype=None) -> Tensor`  [derivatives.yaml, entry prod]

    self: prod_backward(grad, self, result, dim, keepdim)
    """
    __slots__ = ('self', 'dim', 'keepdim', 'result')
    saved_tensor_slots = ('self', 'result')

    def apply(node, grads, F):
        grad = grads[0]
        self_fn, = node._next
        grad_self = None
        if self_fn is not None:
            self = F.unpack(node.self, node)
            dim = node.dim
            keepdim = node.keepdim
            result = F.unpack_result(node.result, node)
            del grad  # the last use: see _hand_over_grad in codegen/emit.py
            grad_self = helpers.prod_backward(F, grads.pop(), self, result, dim, keepdim)
        return (grad_self,)


class VarBackward0(Node):
    """Backward of `var(Tensor self, int[]? dim=None, bool? unbiased=None, bool keepdim=False, *, Scalar? correction=None) -> Tensor`  [derivatives.yaml, entry var]

    self: var_backward(grad, self, dim, var_correction(unbiased, correction), keepdim)
    """
    __slots__ = ('self', 'dim', 'unbiased', 'keepdim', 'correction')
    saved_tensor_slots = ('self',)

    def apply(node, grads, F):
        grad = grads[0]
        self_fn, = node._next
        grad_self = None
        if self_fn is not None:
            self = F.unpack(node.self, node)
            dim = node.dim
            unbiased = node.unbiased
            keepdim = node.keepdim
            correction = node.correction
            del grad  # the last use: see _hand_over_grad in codegen/emit.py
            grad_self = helpers.var_backward(F, grads.pop(), self, dim, helpers.var_correction(unbiased, correction), keepdim)
        return (grad_self,)


class StdBackward0(Node):
    """Backward of `std(Tensor self, int[]? dim=None, bool? unbiased=None, bool keepdim=False, *, Scalar? correction=None) -> Tensor`  [derivatives.yaml, entry std]

    self: std_backward(grad, self, result, dim, var_correction(unbiased, correction), keepdim)
    """
    __slots__ = ('self', 'dim', 'unbiased', 'keepdim', 'correction', 'result')
    saved_tensor_slots = ('self', 'result')

    def apply(node, grads, F):
        grad = grads[0]
        self_fn, = node._next
        grad_self = None
        if self_fn is not None:
            self = F.unpack(node.self, node)
            dim = node.dim
            unbiased = node.unbiased
            keepdim = node.keepdim
            correction = node.correction
            result = F.unpack_result(node.result, node)
            del grad  # the last use: see _hand_over_grad in codegen/emit.py
            grad_self = helpers.std_backward(F, grads.pop(), self, result, dim, helpers.var_correction(unbiased, correction), keepdim)
        return (grad_self,)


class NormBackward0(Node):
    """Backward of `norm(Tensor self, str? p='fro', int[]? dim=None, bool keepdim=False, *, ScalarType? dtype=None) -> Tensor`  [derivatives.yaml, entry norm]

    self: norm_backward(grad, self, norm_ord(p, dim), result, dim, keepdim)
    """
    __slots__ = ('self', 'p', 'dim', 'keepdim', 'result')
    saved_tensor_slots = ('self', 'result')

    def apply(node, grads, F):
        grad = grads[0]
        self_fn, = node._next
        grad_self = None
        if self_fn is not None:
            self = F.unpack(node.self, node)
            p = node.p
            dim = node.dim
            keepdim = node.keepdim
            result = F.unpack_result(node.result, node)
            del grad  # the last use: see _hand_over_grad in codegen/emit.py
            grad_self = helpers.norm_backward(F, grads.pop(), self, helpers.norm_ord(p, dim), result, dim, keepdim)
        return (grad_self,)


class LinalgVectorNormBackward0(Node):
    """Backward of `linalg_vector_norm(Tensor self, Scalar ord=2, int[]? dim=None, bool keepdim=False, *, ScalarType? dtype=None) -> Tensor`  [derivatives.yaml, entry linalg_vector_norm]

    self: norm_backward(grad, self, ord, result, dim, keepdim)
    """
    __slots__ = ('self', 'ord', 'dim', 'keepdim', 'result')
    saved_tensor_slots = ('self', 'result')

    def apply(node, grads, F):
        grad = grads[0]
        self_fn, = node._next
        grad_self = None
        if self_fn is not None:
            self = F.unpack(node.self, node)
            ord = node.ord
            dim = node.dim
            keepdim = node.keepdim
            result = F.unpack_result(node.result, node)
            del grad  # the last use: see _hand_over_grad in codegen/emit.py
            grad_self = helpers.norm_backward(F, grads.pop(), self, ord, result, dim, keepdim)
        return (grad_self,)


class LogsumexpBackward0(Node):
    """Backward of `logsumexp(Tensor self, int[] dim, bool keepdim=False) -> Tensor`  [derivatives.yaml, entry logsumexp]

    self: logsumexp_backward(grad, self, result, dim, keepdim)
    """
    __slots__ = ('self', 'dim', 'keepdim', 'result')
    saved_tensor_slots = ('self', 'result')

    def apply(node, grads, F):
        grad = grads[0]
        self_fn, = node._next
        grad_self = None
        if self_fn is not None:
            self = F.unpack(node.self, node)
            dim = node.dim
            keepdim = node.keepdim
            result = F.unpack_result(node.result, node)
            del grad  # the last use: see _hand_over_grad in codegen/emit.py
            grad_self = helpers.logsumexp_backward(F, grads.pop(), self, result, dim, keepdim)
        return (grad_self,)


class CumsumBackward0(Node):
    """Backward of `cumsum(Tensor self, int dim, *, ScalarType? dtype=None) -> Tensor`  [derivatives.yaml, entry cumsum]

    self: cumsum_backward(grad, dim)
    """
    __slots__ = ('dim',)

    def apply(node, grads, F):
        grad = grads[0]
        self_fn, = node._next
        grad_self = None
        if self_fn is not None:
            dim = node.dim
            del grad  # the last use: see _hand_over_grad in codegen/emit.py
            grad_self = helpers.cumsum_backward(F, grads.pop(), dim)
        return (grad_self,)


class CumprodBackward0(Node):
    """Backward of `cumprod(Tensor self, int dim, *, ScalarType? dtype=None) -> Tensor`  [derivatives.yaml, entry cumprod]

    self: cumprod_backward(grad, self, result, dim)
    """
    __slots__ = ('self', 'dim', 'result')
    saved_tensor_slots = ('self', 'result')

    def apply(node, grads, F):
        grad = grads[0]
        self_fn, = node._next
        grad_self = None
        if self_fn is not None:
            self = F.unpack(node.self, node)
            dim = node.dim
            result = F.unpack_result(node.result, node)
            del grad  # the last use: see _hand_over_grad in codegen/emit.py
            grad_self = helpers.cumprod_backward(F, grads.pop(), self, result, dim)
        return (grad_self,)


class NansumBackward0(Node):
    """Backward of `nansum(Tensor self, int[]? dim=None, bool keepdim=False, *, ScalarType? dtype=None) -> Tensor`  [derivatives.yaml, entry nansum]

    self: sum_backward(grad, self.shape, dim, keepdim).masked_fill(self.isnan(), 0.0)
    """
    __slots__ = ('self', 'self_shape', 'dim', 'keepdim')
    saved_tensor_slots = ('self',)

    def apply(node, grads, F):
        grad = grads[0]
        self_fn, = node._next
        grad_self = None
        if self_fn is not None:
            self = F.unpack(node.self, node)
            self_shape = node.self_shape
            dim = node.dim
            keepdim = node.keepdim
            del grad  # the last use: see _hand_over_grad in codegen/emit.py
            grad_self = F.masked_fill(helpers.sum_backward(F, grads.pop(), self_shape, dim, keepdim), F.isnan(self), 0.0)
        return (grad_self,)


class SortBackward0(Node):
    """Backward of `sort(Tensor self, int dim=-1, bool descending=False, *, bool? stable=False) -> (Tensor values, Tensor indices)`  [derivatives.yaml, entry sort]

    self: value_selecting_backward(grad_values, indices, dim, self.shape)
    """
    __slots__ = ('self_shape', 'dim', 'indices')
    saved_tensor_slots = ('indices',)

    def apply(node, grads, F):
        grad_values, grad_indices = grads
        self_fn, = node._next
        grad_self = None
        if self_fn is not None:
            self_shape = node.self_shape
            dim = node.dim
            indices = F.unpack_result(node.indices, node)
            grad_self = helpers.value_selecting_backward(F, grad_values, indices, dim, self_shape)
        return (grad_self,)


class TopkBackward0(Node):
    """Backward of `topk(Tensor self, int k, int dim=-1, bool largest=True, bool sorted=True) -> (Tensor values, Tensor indices)`  [derivatives.yaml, entry topk]

    self: value_selecting_backward(grad_values, indices, dim, self.shape)
    """
    __slots__ = ('self_shape', 'dim', 'indices')
    saved_tensor_slots = ('indices',)

    def apply(node, grads, F):
        grad_values, grad_indices = grads
        self_fn, = node._next
        grad_self = None
        if self_fn is not None:
            self_shape = node.self_shape
            dim = node.dim
            indices = F.unpack_result(node.indices, node)
            grad_self = helpers.value_selecting_backward(F, grad_values, indices, dim, self_shape)
        return (grad_self,)


class MatmulBackward0(Node):
    """Backward of `matmul(Tensor self, Tensor other) -> Tensor`  [derivatives.yaml, entry matmul]

    self: matmul_backward_self(grad, self, other)
    other: matmul_backward_other(grad, self, other)
    """
    __slots__ = ('self', 'other')
    saved_tensor_slots = ('self', 'other')

    def apply(node, grads, F):
        grad = grads[0]
        self_fn, other_fn = node._next
        grad_self = grad_other = None
        if self_fn is not None:
            self = F.unpack(node.self, node)
            other = F.unpack(node.other, node)
            grad_self = helpers.matmul_backward_self(F, grad, self, other)
        if other_fn is not None:
            self = F.unpack(node.self, node)
            other = F.unpack(node.other, node)
            del grad  # the last use: see _hand_over_grad in codegen/emit.py
            grad_other = helpers.matmul_backward_other(F, grads.pop(), self, other)
        return (grad_self, grad_other)


class DotBackward0(Node):
    """Backward of `dot(Tensor self, Tensor tensor) -> Tensor`  [derivatives.yaml, entry dot]

    self: grad * tensor
    tensor: grad * self
    """
    __slots__ = ('self', 'tensor')
    saved_tensor_slots = ('self', 'tensor')

    def apply(node, grads, F):
        grad = grads[0]
        self_fn, tensor_fn = node._next
        grad_self = grad_tensor = None
        if self_fn is not None:
            tensor = F.unpack(node.tensor, node)
            grad_self = grad * tensor
        if tensor_fn is not None:
            self = F.unpack(node.self, node)
            del grad  # the last use: see _hand_over_grad in codegen/emit.py
            grad_tensor = grads.pop() * self
        return (grad_self, grad_tensor)


class AddmmBackward0(Node):
    """Backward of `addmm(Tensor self, Tensor mat1, Tensor mat2, *, Scalar beta=1, Scalar alpha=1) -> Tensor`  [derivatives.yaml, entry addmm]

    self: grad if beta == 1 else grad * beta
    mat1: grad.mm(mat2.t()) if alpha == 1 else grad.mm(mat2.t()) * alpha
    mat2: mm_mat2_backward(grad, mat1, mat2, alpha)
    """
    __slots__ = ('mat1', 'mat2', 'beta', 'alpha')
    saved_tensor_slots = ('mat1', 'mat2')

    def apply(node, grads, F):
        grad = grads[0]
        self_fn, mat1_fn, mat2_fn = node._next
        grad_self = grad_mat1 = grad_mat2 = None
        if self_fn is not None:
            beta = node.beta
            grad_self = grad if beta == 1 else grad * beta
        if mat1_fn is not None:
            mat2 = F.unpack(node.mat2, node)
            alpha = node.alpha
            grad_mat1 = F.mm(grad, F.t(mat2)) if alpha == 1 else F.mm(grad, F.t(mat2)) * alpha
        if mat2_fn is not None:
            mat1 = F.unpack(node.mat1, node)
            mat2 = F.unpack(node.mat2, node)
            alpha = node.alpha
            del grad  # the last use: see _hand_over_grad in codegen/emit.py
            grad_mat2 = helpers.mm_mat2_backward(F, grads.pop(), mat1, mat2, alpha)
        return (grad_self, grad_mat1, grad_mat2)


class MmBackward0(Node):
    """Backward of `mm(Tensor self, Tensor mat2) -> Tensor`  [derivatives.yaml, entry mm]

    self: grad.mm(mat2.t())
    mat2: mm_mat2_backward(grad, self, mat2, 1)
    """
    __slots__ = ('self', 'mat2')
    saved_tensor_slots = ('self', 'mat2')

    def apply(node, grads, F):
        grad = grads[0]
        self_fn, mat2_fn = node._next
        grad_self = grad_mat2 = None
        if self_fn is not None:
            mat2 = F.unpack(node.mat2, node)
            grad_self = F.mm(grad, F.t(mat2))
        if mat2_fn is not None:
            self = F.unpack(node.self, node)
            mat2 = F.unpack(node.mat2, node)
            del grad  # the last use: see _hand_over_grad in codegen/emit.py
            grad_mat2 = helpers.mm_mat2_backward(F, grads.pop(), self, mat2, 1)
        return (grad_self, grad_mat2)


class MvBackward0(Node):
    """Backward of `mv(Tensor self, Tensor vec) -> Tensor`  [derivatives.yaml, entry mv]

    self: grad.outer(vec)
    vec: self.t().mv(grad)
    """
    __slots__ = ('self', 'vec')
    saved_tensor_slots = ('self', 'vec')

    def apply(node, grads, F):
        grad = grads[0]
        self_fn, vec_fn = node._next
        grad_self = grad_vec = None
        if self_fn is not None:
            vec = F.unpack(node.vec, node)
            grad_self = F.outer(grad, vec)
        if vec_fn is not None:
            self = F.unpack(node.self, node)
            del grad  # the last use: see _hand_over_grad in codegen/emit.py
            grad_vec = F.mv(F.t(self), grads.pop())
        return (grad_self, grad_vec)


class BmmBackward0(Node):
    """Backward of `bmm(Tensor self, Tensor mat2) -> Tensor`  [derivatives.yaml, entry bmm]

    self: grad.bmm(mat2.transpose(1, 2))
    mat2: self.transpose(1, 2).bmm(grad)
    """
    __slots__ = ('self', 'mat2')
    saved_tensor_slots = ('self', 'mat2')

    def apply(node, grads, F):
        grad = grads[0]
        self_fn, mat2_fn = node._next
        grad_self = grad_mat2 = None
        if self_fn is not None:
            mat2 = F.unpack(node.mat2, node)
            grad_self = F.bmm(grad, F.transpose(mat2, 1, 2))
        if mat2_fn is not None:
            self = F.unpack(node.self, node)
            del grad  # the last use: see _hand_over_grad in codegen/emit.py
            grad_mat2 = F.bmm(F.transpose(self, 1, 2), grads.pop())
        return (grad_self, grad_mat2)


class OuterBackward0(Node):
    """Backward of `outer(Tensor self, Tensor vec2) -> Tensor`  [derivatives.yaml, entry outer]

    self: (grad * vec2).sum([1])
    vec2: (grad * self.unsqueeze(1)).sum([0])
    """
    __slots__ = ('self', 'vec2')
    saved_tensor_slots = ('self', 'vec2')

    def apply(node, grads, F):
        grad = grads[0]
        self_fn, vec2_fn = node._next
        grad_self = grad_vec2 = None
        if self_fn is not None:
            vec2 = F.unpack(node.vec2, node)
            grad_self = F.sum(grad * vec2, [1])
        if vec2_fn is not None:
            self = F.unpack(node.self, node)
            del grad  # the last use: see _hand_over_grad in codegen/emit.py
            grad_vec2 = F.sum(grads.pop() * F.unsqueeze(self, 1), [0])
        return (grad_self, grad_vec2)


class TraceBackward0(Node):
    """Backward of `trace(Tensor self) -> Tensor`  [derivatives.yaml, entry trace]

    self: trace_backward(grad, self.shape)
    """
    __slots__ = ('self_shape',)

    def apply(node, grads, F):
        grad = grads[0]
        self_fn, = node._next
        grad_self = None
        if self_fn is not None:
            self_shape = node.self_shape
            del grad  # the last use: see _hand_over_grad in codegen/emit.py
            grad_self = helpers.trace_backward(F, grads.pop(), self_shape)
        return (grad_self,)


class DiagBackward0(Node):
    """Backward of `diag(Tensor self, int diagonal=0) -> Tensor`  [derivatives.yaml, entry diag]

    self: diag_backward(grad, self.shape, diagonal)
    """
    __slots__ = ('self_shape', 'diagonal')

    def apply(node, grads, F):
        grad = grads[0]
        self_fn, = node._next
        grad_self = None
        if self_fn is not None:
            self_shape = node.self_shape
            diagonal = node.diagonal
            del grad  # the last use: see _hand_over_grad in codegen/emit.py
            grad_self = helpers.diag_backward(F, grads.pop(), self_shape, diagonal)
        return (grad_self,)


class DiagonalBackward0(Node):
    """Backward of `diagonal(Tensor self, int offset=0, int dim1=0, int dim2=1) -> Tensor`  [derivatives.yaml, entry diagonal]

    self: diagonal_backward(grad, self.shape, offset, dim1, dim2)
    """
    __slots__ = ('self_shape', 'offset', 'dim1', 'dim2')

    def apply(node, grads, F):
        grad = grads[0]
        self_fn, = node._next
        grad_self = None
        if self_fn is not None:
            self_shape = node.self_shape
            offset = node.offset
            dim1 = node.dim1
            dim2 = node.dim2
            del grad  # the last use: see _hand_over_grad in codegen/emit.py
            grad_self = F.diagonal_backward(grads.pop(), self_shape, offset, dim1, dim2)
        return (grad_self,)


class DiagonalBackwardBackward0(Node):
    """Backward of `diagonal_backward(Tensor src, int[] input_sizes, int offset, int dim1, int dim2) -> Tensor`  [derivatives.yaml, entry diagonal_backward]

    src: grad.diagonal(offset, dim1, dim2)
    """
    __slots__ = ('offset', 'dim1', 'dim2')

    def apply(node, grads, F):
        grad = grads[0]
        src_fn, = node._next
        grad_src = None
        if src_fn is not None:
            offset = node.offset
            dim1 = node.dim1
            dim2 = node.dim2
            del grad  # the last use: see _hand_over_grad in codegen/emit.py
            grad_src = F.diagonal(grads.pop(), offset, dim1, dim2)
        return (grad_src,)


class TrilBackward0(Node):
    """Backward of `tril(Tensor self, int diagonal=0) -> Tensor`  [derivatives.yaml, entry tril]

    self: grad.tril(diagonal)
    """
    __slots__ = ('diagonal',)

    def apply(node, grads, F):
        grad = grads[0]
        self_fn, = node._next
        grad_self = None
        if self_fn is not None:
            diagonal = node.diagonal
            del grad  # the last use: see _hand_over_grad in codegen/emit.py
            grad_self = F.tril(grads.pop(), diagonal)
        return (grad_self,)


class TriuBackward0(Node):
    """Backward of `triu(Tensor self, int diagonal=0) -> Tensor`  [derivatives.yaml, entry triu]

    self: grad.triu(diagonal)
    """
    __slots__ = ('diagonal',)

    def apply(node, grads, F):
        grad = grads[0]
        self_fn, = node._next
        grad_self = None
        if self_fn is not None:
            diagonal = node.diagonal
            del grad  # the last use: see _hand_over_grad in codegen/emit.py
            grad_self = F.triu(grads.pop(), diagonal)
        return (grad_self,)


class LinalgInvBackward0(Node):
    """Backward of `linalg_inv(Tensor A) -> Tensor`  [derivatives.yaml, entry linalg_inv]

    A: -(result.transpose(-1, -2) @ grad @ result.transpose(-1, -2))
    """
    __slots__ = ('result',)
    saved_tensor_slots = ('result',)

    def apply(node, grads, F):
        grad = grads[0]
        A_fn, = node._next
        grad_A = None
        if A_fn is not None:
            result = F.unpack_result(node.result, node)
            del grad  # the last use: see _hand_over_grad in codegen/emit.py
            grad_A = -(F.transpose(result, -1, -2) @ grads.pop() @ F.transpose(result, -1, -2))
        return (grad_A,)


class LinalgDetBackward0(Node):
    """Backward of `linalg_det(Tensor A) -> Tensor`  [derivatives.yaml, entry linalg_det]

    A: det_backward(grad, A, result)
    """
    __slots__ = ('A', 'result')
    saved_tensor_slots = ('A', 'result')

    def apply(node, grads, F):
        grad = grads[0]
        A_fn, = node._next
        grad_A = None
        if A_fn is not None:
            A = F.unpack(node.A, node)
            result = F.unpack_result(node.result, node)
            del grad  # the last use: see _hand_over_grad in codegen/emit.py
            grad_A = helpers.det_backward(F, grads.pop(), A, result)
        return (grad_A,)


class DetBackward0(Node):
    """Backward of `det(Tensor self) -> Tensor`  [derivatives.yaml, entry det]

    self: det_backward(grad, self, result)
    """
    __slots__ = ('self', 'result')
    saved_tensor_slots = ('self', 'result')

    def apply(node, grads, F):
        grad = grads[0]
        self_fn, = node._next
        grad_self = None
        if self_fn is not None:
            self = F.unpack(node.self, node)
            result = F.unpack_result(node.result, node)
            del grad  # the last use: see _hand_over_grad in codegen/emit.py
            grad_self = helpers.det_backward(F, grads.pop(), self, result)
        return (grad_self,)


class LinalgSlogdetBackward0(Node):
    """Backward of `linalg_slogdet(Tensor A) -> (Tensor sign, Tensor logabsdet)`  [derivatives.yaml, entry linalg_slogdet]

    A: slogdet_backward(grad_logabsdet, A)
    """
    __slots__ = ('A',)
    saved_tensor_slots = ('A',)

    def apply(node, grads, F):
        grad_sign, grad_logabsdet = grads
        A_fn, = node._next
        grad_A = None
        if A_fn is not None:
            A = F.unpack(node.A, node)
            grad_A = helpers.slogdet_backward(F, grad_logabsdet, A)
        return (grad_A,)


class LinalgSolveBackward0(Node):
    """Backward of `linalg_solve(Tensor A, Tensor B, *, bool left=True) -> Tensor`  [derivatives.yaml, entry linalg_solve]

    A, B: solve_backward(grad, A, B.shape, result, left)
    """
    __slots__ = ('A', 'B_shape', 'left', 'result')
    saved_tensor_slots = ('A', 'result')

    def apply(node, grads, F):
        grad = grads[0]
        A_fn, B_fn = node._next
        grad_A = grad_B = None
        if A_fn is not None or B_fn is not None:
            A = F.unpack(node.A, node)
            B_shape = node.B_shape
            left = node.left
            result = F.unpack_result(node.result, node)
            del grad  # the last use: see _hand_over_grad in codegen/emit.py
            grad_A, grad_B = helpers.solve_backward(F, grads.pop(), A, B_shape, result, left)
        return (grad_A, grad_B)


class LinalgCholeskyBackward0(Node):
    """Backward of `linalg_cholesky(Tensor A, *, bool upper=False) -> (Tensor L)`  [derivatives.yaml, entry linalg_cholesky]

    A: cholesky_backward(grad, L, upper)
    """
    __slots__ = ('upper', 'L')
    saved_tensor_slots = ('L',)

    def apply(node, grads, F):
        grad = grads[0]
        A_fn, = node._next
        grad_A = None
        if A_fn is not None:
            upper = node.upper
            L = F.unpack_result(node.L, node)
            del grad  # the last use: see _hand_over_grad in codegen/emit.py
            grad_A = helpers.cholesky_backward(F, grads.pop(), L, upper)
        return (grad_A,)


class LinalgEighBackward0(Node):
    """Backward of `linalg_eigh(Tensor A, str UPLO='L') -> (Tensor eigenvalues, Tensor eigenvectors)`  [derivatives.yaml, entry linalg_eigh]

    A: eigh_backward(grad_eigenvalues, grad_eigenvectors, eigenvalues, eigenvectors)
    """
    __slots__ = ('eigenvalues', 'eigenvectors')
    saved_tensor_slots = ('eigenvalues', 'eigenvectors')

    def apply(node, grads, F):
        grad_eigenvalues, grad_eigenvectors = grads
        A_fn, = node._next
        grad_A = None
        if A_fn is not None:
            eigenvalues = F.unpack_result(node.eigenvalues, node)
            eigenvectors = F.unpack_result(node.eigenvectors, node)
            grad_A = helpers.eigh_backward(F, grad_eigenvalues, grad_eigenvectors, eigenvalues, eigenvectors)
        return (grad_A,)


class LinalgSvdBackward0(Node):
    """Backward of `linalg_svd(Tensor A, bool full_matrices=True) -> (Tensor U, Tensor S, Tensor Vh)`  [derivatives.yaml, entry linalg_svd]

    A: svd_backward(grad_U, grad_S, grad_Vh, U, S, Vh, full_matrices)
    """
    __slots__ = ('full_matrices', 'U', 'S', 'Vh')
    saved_tensor_slots = ('U', 'S', 'Vh')

    def apply(node, grads, F):
        grad_U, grad_S, grad_Vh = grads
        A_fn, = node._next
        grad_A = None
        if A_fn is not None:
            full_matrices = node.full_matrices
            U = F.unpack_result(node.U, node)
            S = F.unpack_result(node.S, node)
            Vh = F.unpack_result(node.Vh, node)
            grad_A = helpers.svd_backward(F, grad_U, grad_S, grad_Vh, U, S, Vh, full_matrices)
        return (grad_A,)


class LinalgSvdvalsBackward0(Node):
    """Backward of `linalg_svdvals(Tensor A) -> Tensor`  [derivatives.yaml, entry linalg_svdvals]

    A: svdvals_backward(grad, A)
    """
    __slots__ = ('A',)
    saved_tensor_slots = ('A',)

    def apply(node, grads, F):
        grad = grads[0]
        A_fn, = node._next
        grad_A = None
        if A_fn is not None:
            A = F.unpack(node.A, node)
            del grad  # the last use: see _hand_over_grad in codegen/emit.py
            grad_A = helpers.svdvals_backward(F, grads.pop(), A)
        return (grad_A,)


class LinalgQrBackward0(Node):
    """Backward of `linalg_qr(Tensor A, str mode='reduced') -> (Tensor Q, Tensor R)`  [derivatives.yaml, entry linalg_qr]

    A: qr_backward(grad_Q, grad_R, Q, R, mode)
    """
    __slots__ = ('mode', 'Q', 'R')
    saved_tensor_slots = ('Q', 'R')

    def apply(node, grads, F):
        grad_Q, grad_R = grads
        A_fn, = node._next
        grad_A = None
        if A_fn is not None:
            mode = node.mode
            Q = F.unpack_result(node.Q, node)
            R = F.unpack_result(node.R, node)
            grad_A = helpers.qr_backward(F, grad_Q, grad_R, Q, R, mode)
        return (grad_A,)


class LinalgPinvBackward0(Node):
    """Backward of `linalg_pinv(Tensor A, *, float? atol=None, float? rtol=None, bool hermitian=False) -> Tensor`  [derivatives.yaml, entry linalg_pinv]

    A: pinv_backward(grad, result, A)
    """
    __slots__ = ('A', 'result')
    saved_tensor_slots = ('A', 'result')

    def apply(node, grads, F):
        grad = grads[0]
        A_fn, = node._next
        grad_A = None
        if A_fn is not None:
            A = F.unpack(node.A, node)
            result = F.unpack_result(node.result, node)
            del grad  # the last use: see _hand_over_grad in codegen/emit.py
            grad_A = helpers.pinv_backward(F, grads.pop(), result, A)
        return (grad_A,)


class LinalgMatrixNormBackward0(Node):
    """Backward of `linalg_matrix_norm(Tensor A, str ord='fro', int[] dim=[-2, -1], bool keepdim=False, *, ScalarType? dtype=None) -> Tensor`  [derivatives.yaml, entry linalg_matrix_norm]

    A: matrix_norm_backward(grad, A, result, ord, dim, keepdim)
    """
    __slots__ = ('A', 'ord', 'dim', 'keepdim', 'result')
    saved_tensor_slots = ('A', 'result')

    def apply(node, grads, F):
        grad = grads[0]
        A_fn, = node._next
        grad_A = None
        if A_fn is not None:
            A = F.unpack(node.A, node)
            ord = node.ord
            dim = node.dim
            keepdim = node.keepdim
            result = F.unpack_result(node.result, node)
            del grad  # the last use: see _hand_over_grad in codegen/emit.py
            grad_A = helpers.matrix_norm_backward(F, grads.pop(), A, result, ord, dim, keepdim)
        return (grad_A,)


class ReshapeBackward0(Node):
    """Backward of `reshape(Tensor self, int[] shape) -> Tensor`  [derivatives.yaml, entry reshape]

    self: grad.reshape(self.shape)
    """
    __slots__ = ('self_shape',)

    def apply(node, grads, F):
        grad = grads[0]
        self_fn, = node._next
        grad_self = None
        if self_fn is not None:
            self_shape = node.self_shape
            del grad  # the last use: see _hand_over_grad in codegen/emit.py
            grad_self = F.reshape(grads.pop(), self_shape)
        return (grad_self,)


class ViewBackward0(Node):
    """Backward of `view(Tensor self, int[] size) -> Tensor`  [derivatives.yaml, entry view]

    self: grad.reshape(self.shape)
    """
    __slots__ = ('self_shape',)

    def apply(node, grads, F):
        grad = grads[0]
        self_fn, = node._next
        grad_self = None
        if self_fn is not None:
            self_shape = node.self_shape
            del grad  # the last use: see _hand_over_grad in codegen/emit.py
            grad_self = F.reshape(grads.pop(), self_shape)
        return (grad_self,)


class FlattenBackward0(Node):
    """Backward of `flatten(Tensor self, int start_dim=0, int end_dim=-1) -> Tensor`  [derivatives.yaml, entry flatten]

    self: grad.reshape(self.shape)
    """
    __slots__ = ('self_shape',)

    def apply(node, grads, F):
        grad = grads[0]
        self_fn, = node._next
        grad_self = None
        if self_fn is not None:
            self_shape = node.self_shape
            del grad  # the last use: see _hand_over_grad in codegen/emit.py
            grad_self = F.reshape(grads.pop(), self_shape)
        return (grad_self,)


class UnsafeViewBackward0(Node):
    """Backward of `_unsafe_view(Tensor self, int[] size) -> Tensor`  [derivatives.yaml, entry _unsafe_view]

    self: grad.reshape(self.shape)
    """
    __slots__ = ('self_shape',)

    def apply(node, grads, F):
        grad = grads[0]
        self_fn, = node._next
        grad_self = None
        if self_fn is not None:
            self_shape = node.self_shape
            del grad  # the last use: see _hand_over_grad in codegen/emit.py
            grad_self = F.reshape(grads.pop(), self_shape)
        return (grad_self,)


class AliasBackward0(Node):
    """Backward of `alias(Tensor self) -> Tensor`  [derivatives.yaml, entry alias]

    self: grad
    """
    __slots__ = ()

    def apply(node, grads, F):
        grad = grads[0]
        self_fn, = node._next
        grad_self = None
        if self_fn is not None:
            del grad  # the last use: see _hand_over_grad in codegen/emit.py
            grad_self = grads.pop()
        return (grad_self,)


class TBackward0(Node):
    """Backward of `t(Tensor self) -> Tensor`  [derivatives.yaml, entry t]

    self: grad.t()
    """
    __slots__ = ()

    def apply(node, grads, F):
        grad = grads[0]
        self_fn, = node._next
        grad_self = None
        if self_fn is not None:
            del grad  # the last use: see _hand_over_grad in codegen/emit.py
            grad_self = F.t(grads.pop())
        return (grad_self,)


class TransposeBackward0(Node):
    """Backward of `transpose(Tensor self, int dim0, int dim1) -> Tensor`  [derivatives.yaml, entry transpose]

    self: grad.transpose(dim0, dim1)
    """
    __slots__ = ('dim0', 'dim1')

    def apply(node, grads, F):
        grad = grads[0]
        self_fn, = node._next
        grad_self = None
        if self_fn is not None:
            dim0 = node.dim0
            dim1 = node.dim1
            del grad  # the last use: see _hand_over_grad in codegen/emit.py
            grad_self = F.transpose(grads.pop(), dim0, dim1)
        return (grad_self,)


class PermuteBackward0(Node):
    """Backward of `permute(Tensor self, int[] dims) -> Tensor`  [derivatives.yaml, entry permute]

    self: grad.permute(inverse_permutation(dims))
    """
    __slots__ = ('dims',)

    def apply(node, grads, F):
        grad = grads[0]
        self_fn, = node._next
        grad_self = None
        if self_fn is not None:
            dims = node.dims
            del grad  # the last use: see _hand_over_grad in codegen/emit.py
            grad_self = F.permute(grads.pop(), helpers.inverse_permutation(dims))
        return (grad_self,)


class UnsqueezeBackward0(Node):
    """Backward of `unsqueeze(Tensor self, int dim) -> Tensor`  [derivatives.yaml, entry unsqueeze]

    self: grad.squeeze(dim)
    """
    __slots__ = ('dim',)

    def apply(node, grads, F):
        grad = grads[0]
        self_fn, = node._next
        grad_self = None
        if self_fn is not None:
            dim = node.dim
            del grad  # the last use: see _hand_over_grad in codegen/emit.py
            grad_self = F.squeeze(grads.pop(), dim)
        return (grad_self,)


class SqueezeBackward0(Node):
    """Backward of `squeeze(Tensor self, int[]? dim=None) -> Tensor`  [derivatives.yaml, entry squeeze]

    self: grad.reshape(self.shape)
    """
    __slots__ = ('self_shape',)

    def apply(node, grads, F):
        grad = grads[0]
        self_fn, = node._next
        grad_self = None
        if self_fn is not None:
            self_shape = node.self_shape
            del grad  # the last use: see _hand_over_grad in codegen/emit.py
            grad_self = F.reshape(grads.pop(), self_shape)
        return (grad_self,)


class ExpandBackward0(Node):
    """Backward of `expand(Tensor self, int[] size) -> Tensor`  [derivatives.yaml, entry expand]

    self: grad.sum_to_size(self.shape)
    """
    __slots__ = ('self_shape',)

    def apply(node, grads, F):
        grad = grads[0]
        self_fn, = node._next
        grad_self = None
        if self_fn is not None:
            self_shape = node.self_shape
            del grad  # the last use: see _hand_over_grad in codegen/emit.py
            grad_self = F.sum_to_size(grads.pop(), self_shape)
        return (grad_self,)


class SumToSizeBackward0(Node):
    """Backward of `sum_to_size(Tensor self, int[] size) -> Tensor`  [derivatives.yaml, entry sum_to_size]

    self: grad.expand(self.shape)
    """
    __slots__ = ('self_shape',)

    def apply(node, grads, F):
        grad = grads[0]
        self_fn, = node._next
        grad_self = None
        if self_fn is not None:
            self_shape = node.self_shape
            del grad  # the last use: see _hand_over_grad in codegen/emit.py
            grad_self = F.expand(grads.pop(), self_shape)
        return (grad_self,)


class MovedimBackward0(Node):
    """Backward of `movedim(Tensor self, int[] source, int[] destination) -> Tensor`  [derivatives.yaml, entry movedim]

    self: grad.movedim(destination, source)
    """
    __slots__ = ('source', 'destination')

    def apply(node, grads, F):
        grad = grads[0]
        self_fn, = node._next
        grad_self = None
        if self_fn is not None:
            source = node.source
            destination = node.destination
            del grad  # the last use: see _hand_over_grad in codegen/emit.py
            grad_self = F.movedim(grads.pop(), destination, source)
        return (grad_self,)


class MoveaxisBackward0(Node):
    """Backward of `moveaxis(Tensor self, int[] source, int[] destination) -> Tensor`  [derivatives.yaml, entry moveaxis]

    self: grad.moveaxis(destination, source)
    """
    __slots__ = ('source', 'destination')

    def apply(node, grads, F):
        grad = grads[0]
        self_fn, = node._next
        grad_self = None
        if self_fn is not None:
            source = node.source
            destination = node.destination
            del grad  # the last use: see _hand_over_grad in codegen/emit.py
            grad_self = F.moveaxis(grads.pop(), destination, source)
        return (grad_self,)


class SwapaxesBackward0(Node):
    """Backward of `swapaxes(Tensor self, int axis0, int axis1) -> Tensor`  [derivatives.yaml, entry swapaxes]

    self: grad.swapaxes(axis0, axis1)
    """
    __slots__ = ('axis0', 'axis1')

    def apply(node, grads, F):
        grad = grads[0]
        self_fn, = node._next
        grad_self = None
        if self_fn is not None:
            axis0 = node.axis0
            axis1 = node.axis1
            del grad  # the last use: see _hand_over_grad in codegen/emit.py
            grad_self = F.swapaxes(grads.pop(), axis0, axis1)
        return (grad_self,)


class SwapdimsBackward0(Node):
    """Backward of `swapdims(Tensor self, int dim0, int dim1) -> Tensor`  [derivatives.yaml, entry swapdims]

    self: grad.swapdims(dim0, dim1)
    """
    __slots__ = ('dim0', 'dim1')

    def apply(node, grads, F):
        grad = grads[0]
        self_fn, = node._next
        grad_self = None
        if self_fn is not None:
            dim0 = node.dim0
            dim1 = node.dim1
            del grad  # the last use: see _hand_over_grad in codegen/emit.py
            grad_self = F.swapdims(grads.pop(), dim0, dim1)
        return (grad_self,)


class BroadcastToBackward0(Node):
    """Backward of `broadcast_to(Tensor self, int[] size) -> Tensor`  [derivatives.yaml, entry broadcast_to]

    self: grad.sum_to_size(self.shape)
    """
    __slots__ = ('self_shape',)

    def apply(node, grads, F):
        grad = grads[0]
        self_fn, = node._next
        grad_self = None
        if self_fn is not None:
            self_shape = node.self_shape
            del grad  # the last use: see _hand_over_grad in codegen/emit.py
            grad_self = F.sum_to_size(grads.pop(), self_shape)
        return (grad_self,)


class ExpandAsBackward0(Node):
    """Backward of `expand_as(Tensor self, Tensor other) -> Tensor`  [derivatives.yaml, entry expand_as]

    self: grad.sum_to_size(self.shape)
    other: non_differentiable
    """
    __slots__ = ('self_shape',)

    def apply(node, grads, F):
        grad = grads[0]
        self_fn, = node._next
        grad_self = None
        if self_fn is not None:
            self_shape = node.self_shape
            del grad  # the last use: see _hand_over_grad in codegen/emit.py
            grad_self = F.sum_to_size(grads.pop(), self_shape)
        return (grad_self,)


class ViewAsBackward0(Node):
    """Backward of `view_as(Tensor self, Tensor other) -> Tensor`  [derivatives.yaml, entry view_as]

    self: grad.reshape(self.shape)
    other: non_differentiable
    """
    __slots__ = ('self_shape',)

    def apply(node, grads, F):
        grad = grads[0]
        self_fn, = node._next
        grad_self = None
        if self_fn is not None:
            self_shape = node.self_shape
            del grad  # the last use: see _hand_over_grad in codegen/emit.py
            grad_self = F.reshape(grads.pop(), self_shape)
        return (grad_self,)


class ReshapeAsBackward0(Node):
    """Backward of `reshape_as(Tensor self, Tensor other) -> Tensor`  [derivatives.yaml, entry reshape_as]

    self: grad.reshape(self.shape)
    other: non_differentiable
    """
    __slots__ = ('self_shape',)

    def apply(node, grads, F):
        grad = grads[0]
        self_fn, = node._next
        grad_self = None
        if self_fn is not None:
            self_shape = node.self_shape
            del grad  # the last use: see _hand_over_grad in codegen/emit.py
            grad_self = F.reshape(grads.pop(), self_shape)
        return (grad_self,)


class RepeatBackward0(Node):
    """Backward of `repeat(Tensor self, int[] repeats) -> Tensor`  [derivatives.yaml, entry repeat]

    self: repeat_backward(grad, repeats, self.shape)
    """
    __slots__ = ('self_shape', 'repeats')

    def apply(node, grads, F):
        grad = grads[0]
        self_fn, = node._next
        grad_self = None
        if self_fn is not None:
            self_shape = node.self_shape
            repeats = node.repeats
            del grad  # the last use: see _hand_over_grad in codegen/emit.py
            grad_self = helpers.repeat_backward(F, grads.pop(), repeats, self_shape)
        return (grad_self,)


class TileBackward0(Node):
    """Backward of `tile(Tensor self, int[] dims) -> Tensor`  [derivatives.yaml, entry tile]

    self: repeat_backward(grad, dims, self.shape)
    """
    __slots__ = ('self_shape', 'dims')

    def apply(node, grads, F):
        grad = grads[0]
        self_fn, = node._next
        grad_self = None
        if self_fn is not None:
            self_shape = node.self_shape
            dims = node.dims
            del grad  # the last use: see _hand_over_grad in codegen/emit.py
            grad_self = helpers.repeat_backward(F, grads.pop(), dims, self_shape)
        return (grad_self,)


class FlipBackward0(Node):
    """Backward of `flip(Tensor self, int[] dims) -> Tensor`  [derivatives.yaml, entry flip]

    self: grad.flip(dims)
    """
    __slots__ = ('dims',)

    def apply(node, grads, F):
        grad = grads[0]
        self_fn, = node._next
        grad_self = None
        if self_fn is not None:
            dims = node.dims
            del grad  # the last use: see _hand_over_grad in codegen/emit.py
            grad_self = F.flip(grads.pop(), dims)
        return (grad_self,)


class RollBackward0(Node):
    """Backward of `roll(Tensor self, int[] shifts, int[] dims=[]) -> Tensor`  [derivatives.yaml, entry roll]

    self: grad.roll(negated(shifts), dims)
    """
    __slots__ = ('shifts', 'dims')

    def apply(node, grads, F):
        grad = grads[0]
        self_fn, = node._next
        grad_self = None
        if self_fn is not None:
            shifts = node.shifts
            dims = node.dims
            del grad  # the last use: see _hand_over_grad in codegen/emit.py
            grad_self = F.roll(grads.pop(), helpers.negated(shifts), dims)
        return (grad_self,)


class NarrowBackward0(Node):
    """Backward of `narrow(Tensor self, int dim, int start, int length) -> Tensor`  [derivatives.yaml, entry narrow]

    self: narrow_backward(grad, self.shape, dim, start, length)
    """
    __slots__ = ('self_shape', 'dim', 'start', 'length')

    def apply(node, grads, F):
        grad = grads[0]
        self_fn, = node._next
        grad_self = None
        if self_fn is not None:
            self_shape = node.self_shape
            dim = node.dim
            start = node.start
            length = node.length
            del grad  # the last use: see _hand_over_grad in codegen/emit.py
            grad_self = helpers.narrow_backward(F, grads.pop(), self_shape, dim, start, length)
        return (grad_self,)


class SelectBackward0(Node):
    """Backward of `select(Tensor self, int dim, int index) -> Tensor`  [derivatives.yaml, entry select]

    self: select_backward(grad, self.shape, dim, index)
    """
    __slots__ = ('self_shape', 'dim', 'index')

    def apply(node, grads, F):
        grad = grads[0]
        self_fn, = node._next
        grad_self = None
        if self_fn is not None:
            self_shape = node.self_shape
            dim = node.dim
            index = node.index
            del grad  # the last use: see _hand_over_grad in codegen/emit.py
            grad_self = helpers.select_backward(F, grads.pop(), self_shape, dim, index)
        return (grad_self,)


class GatherBackward0(Node):
    """Backward of `gather(Tensor self, int dim, Tensor index, *, bool sparse_grad=False) -> Tensor`  [derivatives.yaml, entry gather]

    self: gather_backward(grad, self.shape, dim, index)
    index: non_differentiable
    """
    __slots__ = ('self_shape', 'dim', 'index')
    saved_tensor_slots = ('index',)

    def apply(node, grads, F):
        grad = grads[0]
        self_fn, = node._next
        grad_self = None
        if self_fn is not None:
            self_shape = node.self_shape
            dim = node.dim
            index = F.unpack(node.index, node)
            del grad  # the last use: see _hand_over_grad in codegen/emit.py
            grad_self = helpers.gather_backward(F, grads.pop(), self_shape, dim, index)
        return (grad_self,)


class IndexSelectBackward0(Node):
    """Backward of `index_select(Tensor self, int dim, Tensor index) -> Tensor`  [derivatives.yaml, entry index_select]

    self: index_select_backward(grad, self.shape, dim, index)
    index: non_differentiable
    """
    __slots__ = ('self_shape', 'dim', 'index')
    saved_tensor_slots = ('index',)

    def apply(node, grads, F):
        grad = grads[0]
        self_fn, = node._next
        grad_self = None
        if self_fn is not None:
            self_shape = node.self_shape
            dim = node.dim
            index = F.unpack(node.index, node)
            del grad  # the last use: see _hand_over_grad in codegen/emit.py
            grad_self = helpers.index_select_backward(F, grads.pop(), self_shape, dim, index)
        return (grad_self,)


class ScatterAddBackward0(Node):
    """Backward of `scatter_add(Tensor self, int dim, Tensor index, Tensor src) -> Tensor`  [derivatives.yaml, entry scatter_add]

    self: grad
    index: non_differentiable
    src: scatter_add_src_backward(grad, dim, index, src.shape)
    """
    __slots__ = ('dim', 'index', 'src_shape')
    saved_tensor_slots = ('index',)

    def apply(node, grads, F):
        grad = grads[0]
        self_fn, src_fn = node._next
        grad_self = grad_src = None
        if self_fn is not None:
            grad_self = grad
        if src_fn is not None:
            dim = node.dim
            index = F.unpack(node.index, node)
            src_shape = node.src_shape
            del grad  # the last use: see _hand_over_grad in codegen/emit.py
            grad_src = helpers.scatter_add_src_backward(F, grads.pop(), dim, index, src_shape)
        return (grad_self, grad_src)


class ScatterBackward0(Node):
    """Backward of `scatter(Tensor self, int dim, Tensor index, Tensor src) -> Tensor`  [derivatives.yaml, entry scatter]

    self: grad.scatter(dim, index, 0.0)
    index: non_differentiable
    src: scatter_add_src_backward(grad, dim, index, src.shape)
    """
    __slots__ = ('dim', 'index', 'src_shape')
    saved_tensor_slots = ('index',)

    def apply(node, grads, F):
        grad = grads[0]
        self_fn, src_fn = node._next
        grad_self = grad_src = None
        if self_fn is not None:
            dim = node.dim
            index = F.unpack(node.index, node)
            grad_self = F.scatter(grad, dim, index, 0.0)
        if src_fn is not None:
            dim = node.dim
            index = F.unpack(node.index, node)
            src_shape = node.src_shape
            del grad  # the last use: see _hand_over_grad in codegen/emit.py
            grad_src = helpers.scatter_add_src_backward(F, grads.pop(), dim, index, src_shape)
        return (grad_self, grad_src)


class MaskedFillBackward0(Node):
    """Backward of `masked_fill(Tensor self, Tensor mask, Tensor value) -> Tensor`  [derivatives.yaml, entry masked_fill]

    self: where(mask, 0.0, grad)
    mask: non_differentiable
    value: where(mask, grad, 0.0)
    """
    __slots__ = ('mask',)
    saved_tensor_slots = ('mask',)

    def apply(node, grads, F):
        grad = grads[0]
        self_fn, value_fn = node._next
        grad_self = grad_value = None
        if self_fn is not None:
            mask = F.unpack(node.mask, node)
            grad_self = F.where(mask, 0.0, grad)
        if value_fn is not None:
            mask = F.unpack(node.mask, node)
            del grad  # the last use: see _hand_over_grad in codegen/emit.py
            grad_value = F.where(mask, grads.pop(), 0.0)
        return (grad_self, grad_value)


class ConstantPadNdBackward0(Node):
    """Backward of `constant_pad_nd(Tensor self, int[] pad, Scalar value=0) -> Tensor`  [derivatives.yaml, entry constant_pad_nd]

    self: grad.constant_pad_nd(negated(pad))
    """
    __slots__ = ('pad',)

    def apply(node, grads, F):
        grad = grads[0]
        self_fn, = node._next
        grad_self = None
        if self_fn is not None:
            pad = node.pad
            del grad  # the last use: see _hand_over_grad in codegen/emit.py
            grad_self = F.constant_pad_nd(grads.pop(), helpers.negated(pad))
        return (grad_self,)


class CatBackward0(Node):
    """Backward of `cat(Tensor[] tensors, int dim=0) -> Tensor`  [derivatives.yaml, entry cat]

    tensors: cat_backward(grad, tensors.shape, dim)
    """
    __slots__ = ('tensors_shape', 'dim')

    def apply(node, grads, F):
        grad = grads[0]
        grad_tensors = None
        if any(e is not None for e in node._next):
            tensors_shape = node.tensors_shape
            dim = node.dim
            del grad  # the last use: see _hand_over_grad in codegen/emit.py
            grad_tensors = helpers.cat_backward(F, grads.pop(), tensors_shape, dim)
        return tuple(grad_tensors)


class StackBackward0(Node):
    """Backward of `stack(Tensor[] tensors, int dim=0) -> Tensor`  [derivatives.yaml, entry stack]

    tensors: unbind(grad, dim)
    """
    __slots__ = ('dim',)

    def apply(node, grads, F):
        grad = grads[0]
        grad_tensors = None
        if any(e is not None for e in node._next):
            dim = node.dim
            del grad  # the last use: see _hand_over_grad in codegen/emit.py
            grad_tensors = F.unbind(grads.pop(), dim)
        return tuple(grad_tensors)


class SplitBackward0(Node):
    """Backward of `split(Tensor self, int[] split_size_or_sections, int dim=0) -> Tensor[]`  [derivatives.yaml, entry split]

    self: cat(grads, dim)
    """
    __slots__ = ('dim',)

    def apply(node, grads, F):
        grads = list(grads)
        self_fn, = node._next
        grad_self = None
        if self_fn is not None:
            dim = node.dim
            grad_self = F.cat(grads, dim)
        return (grad_self,)


class ChunkBackward0(Node):
    """Backward of `chunk(Tensor self, int chunks, int dim=0) -> Tensor[]`  [derivatives.yaml, entry chunk]

    self: cat(grads, dim)
    """
    __slots__ = ('dim',)

    def apply(node, grads, F):
        grads = list(grads)
        self_fn, = node._next
        grad_self = None
        if self_fn is not None:
            dim = node.dim
            grad_self = F.cat(grads, dim)
        return (grad_self,)


class UnbindBackward0(Node):
    """Backward of `unbind(Tensor self, int dim=0) -> Tensor[]`  [derivatives.yaml, entry unbind]

    self: stack(grads, dim)
    """
    __slots__ = ('dim',)

    def apply(node, grads, F):
        grads = list(grads)
        self_fn, = node._next
        grad_self = None
        if self_fn is not None:
            dim = node.dim
            grad_self = F.stack(grads, dim)
        return (grad_self,)


class EinsumBackward0(Node):
    """Backward of `einsum(str equation, Tensor[] tensors) -> Tensor`  [derivatives.yaml, entry einsum]

    tensors: einsum_backward(grad, equation, tensors)
    """
    __slots__ = ('equation', 'tensors')
    saved_tensor_slots = ('tensors',)

    def apply(node, grads, F):
        grad = grads[0]
        grad_tensors = None
        if any(e is not None for e in node._next):
            equation = node.equation
            tensors = F.unpack_list(node.tensors, node)
            del grad  # the last use: see _hand_over_grad in codegen/emit.py
            grad_tensors = helpers.einsum_backward(F, grads.pop(), equation, tensors)
        return tuple(grad_tensors)


class GetitemBackward0(Node):
    """Backward of `getitem(Tensor self, Index index) -> Tensor`  [derivatives.yaml, entry getitem]

    self: index_backward(grad, self.shape, index)
    """
    __slots__ = ('self_shape', 'index')

    def apply(node, grads, F):
        grad = grads[0]
        self_fn, = node._next
        grad_self = None
        if self_fn is not None:
            self_shape = node.self_shape
            index = node.index
            del grad  # the last use: see _hand_over_grad in codegen/emit.py
            grad_self = F.index_backward(grads.pop(), self_shape, index)
        return (grad_self,)


class SliceBackward0(Node):
    """Backward of `slice.Tensor(Tensor self, int dim=0, int? start=None, int? end=None, int step=1) -> Tensor`  [derivatives.yaml, entry slice_Tensor]

    self: slice_backward(grad, self.shape, dim, start, end, step)
    """
    __slots__ = ('self_shape', 'dim', 'start', 'end', 'step')

    def apply(node, grads, F):
        grad = grads[0]
        self_fn, = node._next
        grad_self = None
        if self_fn is not None:
            self_shape = node.self_shape
            dim = node.dim
            start = node.start
            end = node.end
            step = node.step
            del grad  # the last use: see _hand_over_grad in codegen/emit.py
            grad_self = helpers.slice_backward(F, grads.pop(), self_shape, dim, start, end, step)
        return (grad_self,)


class IndexBackward0(Node):
    """Backward of `index.Tensor(Tensor self, Index indices) -> Tensor`  [derivatives.yaml, entry index_Tensor]

    self: index_backward(grad, self.shape, indices)
    """
    __slots__ = ('self_shape', 'indices')

    def apply(node, grads, F):
        grad = grads[0]
        self_fn, = node._next
        grad_self = None
        if self_fn is not None:
            self_shape = node.self_shape
            indices = node.indices
            del grad  # the last use: see _hand_over_grad in codegen/emit.py
            grad_self = F.index_backward(grads.pop(), self_shape, indices)
        return (grad_self,)


class IndexPutBackward0(Node):
    """Backward of `index_put(Tensor self, Index index, Tensor values) -> Tensor`  [derivatives.yaml, entry index_put]

    self: index_put(grad, index, 0.0)
    values: grad[index]
    """
    __slots__ = ('index',)

    def apply(node, grads, F):
        grad = grads[0]
        self_fn, values_fn = node._next
        grad_self = grad_values = None
        if self_fn is not None:
            index = node.index
            grad_self = F.index_put(grad, index, 0.0)
        if values_fn is not None:
            index = node.index
            del grad  # the last use: see _hand_over_grad in codegen/emit.py
            grad_values = grads.pop()[index]
        return (grad_self, grad_values)


class IndexBackwardBackward0(Node):
    """Backward of `index_backward(Tensor src, int[] shape, Index index) -> Tensor`  [derivatives.yaml, entry index_backward]

    src: grad[index]
    """
    __slots__ = ('index',)

    def apply(node, grads, F):
        grad = grads[0]
        src_fn, = node._next
        grad_src = None
        if src_fn is not None:
            index = node.index
            del grad  # the last use: see _hand_over_grad in codegen/emit.py
            grad_src = grads.pop()[index]
        return (grad_src,)


class CloneBackward0(Node):
    """Backward of `clone(Tensor self) -> Tensor`  [derivatives.yaml, entry clone]

    self: grad
    """
    __slots__ = ()

    def apply(node, grads, F):
        grad = grads[0]
        self_fn, = node._next
        grad_self = None
        if self_fn is not None:
            del grad  # the last use: see _hand_over_grad in codegen/emit.py
            grad_self = grads.pop()
        return (grad_self,)


class ToCopyBackward0(Node):
    """Backward of `_to_copy(Tensor self, ScalarType dtype) -> Tensor`  [derivatives.yaml, entry _to_copy]

    self: _to_copy(grad, self.dtype)
    """
    __slots__ = ('self_dtype',)

    def apply(node, grads, F):
        grad = grads[0]
        self_fn, = node._next
        grad_self = None
        if self_fn is not None:
            self_dtype = node.self_dtype
            del grad  # the last use: see _hand_over_grad in codegen/emit.py
            grad_self = F._to_copy(grads.pop(), self_dtype)
        return (grad_self,)


class FillBackward0(Node):
    """Backward of `fill(Tensor self, Scalar value) -> Tensor`  [derivatives.yaml, entry fill]

    self: zeros_like(grad)
    """
    __slots__ = ()

    def apply(node, grads, F):
        grad = grads[0]
        self_fn, = node._next
        grad_self = None
        if self_fn is not None:
            del grad  # the last use: see _hand_over_grad in codegen/emit.py
            grad_self = F.zeros_like(grads.pop())
        return (grad_self,)


class CopyBackward0(Node):
    """Backward of `copy(Tensor self, Tensor src) -> Tensor`  [derivatives.yaml, entry copy]

    self: zeros_like(grad)
    src: grad
    """
    __slots__ = ()

    def apply(node, grads, F):
        grad = grads[0]
        self_fn, src_fn = node._next
        grad_self = grad_src = None
        if self_fn is not None:
            grad_self = F.zeros_like(grad)
        if src_fn is not None:
            del grad  # the last use: see _hand_over_grad in codegen/emit.py
            grad_src = grads.pop()
        return (grad_self, grad_src)


class NextafterBackward0(Node):
    """Backward of `nextafter(Tensor self, Tensor other) -> Tensor`  [derivatives.yaml, entry nextafter]

    self: grad
    other: zeros_like(grad)
    """
    __slots__ = ()

    def apply(node, grads, F):
        grad = grads[0]
        self_fn, other_fn = node._next
        grad_self = grad_other = None
        if self_fn is not None:
            grad_self = grad
        if other_fn is not None:
            del grad  # the last use: see _hand_over_grad in codegen/emit.py
            grad_other = F.zeros_like(grads.pop())
        return (grad_self, grad_other)


class PositiveBackward0(Node):
    """Backward of `positive(Tensor self) -> Tensor`  [derivatives.yaml, entry positive]

    self: grad
    """
    __slots__ = ()

    def apply(node, grads, F):
        grad = grads[0]
        self_fn, = node._next
        grad_self = None
        if self_fn is not None:
            del grad  # the last use: see _hand_over_grad in codegen/emit.py
            grad_self = grads.pop()
        return (grad_self,)


class NllLossBackward0(Node):
    """Backward of `nll_loss(Tensor self, Tensor target, Tensor? weight=None, int reduction=1, int ignore_index=-100) -> Tensor`  [derivatives.yaml, entry nll_loss]

    self: nll_loss_backward(grad, self.shape, target, weight, reduction, ignore_index)
    target: non_differentiable
    weight: not_implemented
    """
    __slots__ = ('self_shape', 'target', 'weight', 'reduction', 'ignore_index')
    saved_tensor_slots = ('target', 'weight')

    def apply(node, grads, F):
        grad = grads[0]
        self_fn, weight_fn = node._next
        grad_self = grad_weight = None
        if self_fn is not None:
            self_shape = node.self_shape
            target = F.unpack(node.target, node)
            weight = F.unpack(node.weight, node)
            reduction = node.reduction
            ignore_index = node.ignore_index
            grad_self = helpers.nll_loss_backward(F, grad, self_shape, target, weight, reduction, ignore_index)
        if weight_fn is not None:
            raise NotImplementedError("the derivative of 'nll_loss' with respect to input 'weight' "
                                      "is not implemented (derivatives.yaml, entry nll_loss)")
        return (grad_self, grad_weight)


class NllLoss2DBackward0(Node):
    """Backward of `nll_loss2d(Tensor self, Tensor target, Tensor? weight=None, int reduction=1, int ignore_index=-100) -> Tensor`  [derivatives.yaml, entry nll_loss2d]

    self: nll_loss2d_backward(grad, self.shape, target, weight, reduction, ignore_index)
    target: non_differentiable
    weight: not_implemented
    """
    __slots__ = ('self_shape', 'target', 'weight', 'reduction', 'ignore_index')
    saved_tensor_slots = ('target', 'weight')

    def apply(node, grads, F):
        grad = grads[0]
        self_fn, weight_fn = node._next
        grad_self = grad_weight = None
        if self_fn is not None:
            self_shape = node.self_shape
            target = F.unpack(node.target, node)
            weight = F.unpack(node.weight, node)
            reduction = node.reduction
            ignore_index = node.ignore_index
            grad_self = helpers.nll_loss2d_backward(F, grad, self_shape, target, weight, reduction, ignore_index)
        if weight_fn is not None:
            raise NotImplementedError("the derivative of 'nll_loss2d' with respect to input 'weight' "
                                      "is not implemented (derivatives.yaml, entry nll_loss2d)")
        return (grad_self, grad_weight)


class MseLossBackward0(Node):
    """Backward of `mse_loss(Tensor self, Tensor target, int reduction=1) -> Tensor`  [derivatives.yaml, entry mse_loss]

    self: loss_backward(grad, 2.0 * (self - target), reduction)
    target: loss_backward(grad, -2.0 * (self - target), reduction)
    """
    __slots__ = ('self', 'target', 'reduction')
    saved_tensor_slots = ('self', 'target')

    def apply(node, grads, F):
        grad = grads[0]
        self_fn, target_fn = node._next
        grad_self = grad_target = None
        if self_fn is not None:
            self = F.unpack(node.self, node)
            target = F.unpack(node.target, node)
            reduction = node.reduction
            grad_self = helpers.loss_backward(F, grad, 2.0 * (self - target), reduction)
        if target_fn is not None:
            self = F.unpack(node.self, node)
            target = F.unpack(node.target, node)
            reduction = node.reduction
            del grad  # the last use: see _hand_over_grad in codegen/emit.py
            grad_target = helpers.loss_backward(F, grads.pop(), -2.0 * (self - target), reduction)
        return (grad_self, grad_target)


class SmoothL1LossBackward0(Node):
    """Backward of `smooth_l1_loss(Tensor self, Tensor target, int reduction=1, float beta=1.0) -> Tensor`  [derivatives.yaml, entry smooth_l1_loss]

    self: loss_backward(grad, smooth_l1_grad(self - target, beta), reduction)
    target: loss_backward(grad, -smooth_l1_grad(self - target, beta), reduction)
    """
    __slots__ = ('self', 'target', 'reduction', 'beta')
    saved_tensor_slots = ('self', 'target')

    def apply(node, grads, F):
        grad = grads[0]
        self_fn, target_fn = node._next
        grad_self = grad_target = None
        if self_fn is not None:
            self = F.unpack(node.self, node)
            target = F.unpack(node.target, node)
            reduction = node.reduction
            beta = node.beta
            grad_self = helpers.loss_backward(F, grad, helpers.smooth_l1_grad(F, self - target, beta), reduction)
        if target_fn is not None:
            self = F.unpack(node.self, node)
            target = F.unpack(node.target, node)
            reduction = node.reduction
            beta = node.beta
            del grad  # the last use: see _hand_over_grad in codegen/emit.py
            grad_target = helpers.loss_backward(F, grads.pop(), -helpers.smooth_l1_grad(F, self - target, beta), reduction)
        return (grad_self, grad_target)


class HuberLossBackward0(Node):
    """Backward of `huber_loss(Tensor self, Tensor target, int reduction=1, float delta=1.0) -> Tensor`  [derivatives.yaml, entry huber_loss]

    self: loss_backward(grad, huber_grad(self - target, delta), reduction)
    target: loss_backward(grad, -huber_grad(self - target, delta), reduction)
    """
    __slots__ = ('self', 'target', 'reduction', 'delta')
    saved_tensor_slots = ('self', 'target')

    def apply(node, grads, F):
        grad = grads[0]
        self_fn, target_fn = node._next
        grad_self = grad_target = None
        if self_fn is not None:
            self = F.unpack(node.self, node)
            target = F.unpack(node.target, node)
            reduction = node.reduction
            delta = node.delta
            grad_self = helpers.loss_backward(F, grad, helpers.huber_grad(F, self - target, delta), reduction)
        if target_fn is not None:
            self = F.unpack(node.self, node)
            target = F.unpack(node.target, node)
            reduction = node.reduction
            delta = node.delta
            del grad  # the last use: see _hand_over_grad in codegen/emit.py
            grad_target = helpers.loss_backward(F, grads.pop(), -helpers.huber_grad(F, self - target, delta), reduction)
        return (grad_self, grad_target)


class BinaryCrossEntropyBackward0(Node):
    """Backward of `binary_cross_entropy(Tensor self, Tensor target, Tensor? weight=None, int reduction=1) -> Tensor`  [derivatives.yaml, entry binary_cross_entropy]

    self: loss_backward(grad, bce_self_grad(self, target, weight), reduction)
    target: loss_backward(grad, bce_target_grad(self, weight), reduction)
    weight: loss_backward(grad, bce_unweighted(self, target), reduction)
    """
    __slots__ = ('self', 'target', 'weight', 'reduction')
    saved_tensor_slots = ('self', 'target', 'weight')

    def apply(node, grads, F):
        grad = grads[0]
        self_fn, target_fn, weight_fn = node._next
        grad_self = grad_target = grad_weight = None
        if self_fn is not None:
            self = F.unpack(node.self, node)
            target = F.unpack(node.target, node)
            weight = F.unpack(node.weight, node)
            reduction = node.reduction
            grad_self = helpers.loss_backward(F, grad, helpers.bce_self_grad(F, self, target, weight), reduction)
        if target_fn is not None:
            self = F.unpack(node.self, node)
            weight = F.unpack(node.weight, node)
            reduction = node.reduction
            grad_target = helpers.loss_backward(F, grad, helpers.bce_target_grad(F, self, weight), reduction)
        if weight_fn is not None:
            self = F.unpack(node.self, node)
            target = F.unpack(node.target, node)
            reduction = node.reduction
            del grad  # the last use: see _hand_over_grad in codegen/emit.py
            grad_weight = helpers.loss_backward(F, grads.pop(), helpers.bce_unweighted(F, self, target), reduction)
        return (grad_self, grad_target, grad_weight)


class BinaryCrossEntropyWithLogitsBackward0(Node):
    """Backward of `binary_cross_entropy_with_logits(Tensor self, Tensor target, Tensor? weight=None, Tensor? pos_weight=None, int reduction=1) -> Tensor`  [derivatives.yaml, entry binary_cross_entropy_with_logits]

    self: loss_backward(grad, bce_logits_self_grad(self, target, weight, pos_weight), reduction)
    target: loss_backward(grad, bce_logits_target_grad(self, target, weight, pos_weight), reduction)
    weight: loss_backward(grad, bce_logits_unweighted(self, target, pos_weight), reduction)
    pos_weight: loss_backward(grad, bce_logits_pos_weight_grad(self, target, weight), reduction)
    """
    __slots__ = ('self', 'target', 'weight', 'pos_weight', 'reduction')
    saved_tensor_slots = ('self', 'target', 'weight', 'pos_weight')

    def apply(node, grads, F):
        grad = grads[0]
        self_fn, target_fn, weight_fn, pos_weight_fn = node._next
        grad_self = grad_target = grad_weight = grad_pos_weight = None
        if self_fn is not None:
            self = F.unpack(node.self, node)
            target = F.unpack(node.target, node)
            weight = F.unpack(node.weight, node)
            pos_weight = F.unpack(node.pos_weight, node)
            reduction = node.reduction
            grad_self = helpers.loss_backward(F, grad, helpers.bce_logits_self_grad(F, self, target, weight, pos_weight), reduction)
        if target_fn is not None:
            self = F.unpack(node.self, node)
            target = F.unpack(node.target, node)
            weight = F.unpack(node.weight, node)
            pos_weight = F.unpack(node.pos_weight, node)
            reduction = node.reduction
            grad_target = helpers.loss_backward(F, grad, helpers.bce_logits_target_grad(F, self, target, weight, pos_weight), reduction)
        if weight_fn is not None:
            self = F.unpack(node.self, node)
            target = F.unpack(node.target, node)
            pos_weight = F.unpack(node.pos_weight, node)
            reduction = node.reduction
            grad_weight = helpers.loss_backward(F, grad, helpers.bce_logits_unweighted(F, self, target, pos_weight), reduction)
        if pos_weight_fn is not None:
            self = F.unpack(node.self, node)
            target = F.unpack(node.target, node)
            weight = F.unpack(node.weight, node)
            reduction = node.reduction
            del grad  # the last use: see _hand_over_grad in codegen/emit.py
            grad_pos_weight = helpers.loss_backward(F, grads.pop(), helpers.bce_logits_pos_weight_grad(F, self, target, weight), reduction)
        return (grad_self, grad_target, grad_weight, grad_pos_weight)


class ConvolutionBackward0(Node):
    """Backward of `convolution(Tensor input, Tensor weight, Tensor? bias, int[] stride, int[] padding, int[] dilation, bool transposed, int[] output_padding, int groups) -> Tensor`  [derivatives.yaml, entry convolution]

    input: convolution_backward_input(grad, input.shape, weight, stride, padding, dilation, transposed, groups)
    weight: convolution_backward_weight(grad, input, weight.shape, stride, padding, dilation, transposed, groups)
    bias: grad.sum(conv_bias_dims(grad.ndim))
    """
    __slots__ = ('input', 'input_shape', 'weight', 'weight_shape', 'stride', 'padding', 'dilation', 'transposed', 'groups')
    saved_tensor_slots = ('input', 'weight')

    def apply(node, grads, F):
        grad = grads[0]
        input_fn, weight_fn, bias_fn = node._next
        grad_input = grad_weight = grad_bias = None
        if input_fn is not None:
            input_shape = node.input_shape
            weight = F.unpack(node.weight, node)
            stride = node.stride
            padding = node.padding
            dilation = node.dilation
            transposed = node.transposed
            groups = node.groups
            grad_input = helpers.convolution_backward_input(F, grad, input_shape, weight, stride, padding, dilation, transposed, groups)
        if weight_fn is not None:
            input = F.unpack(node.input, node)
            weight_shape = node.weight_shape
            stride = node.stride
            padding = node.padding
            dilation = node.dilation
            transposed = node.transposed
            groups = node.groups
            grad_weight = helpers.convolution_backward_weight(F, grad, input, weight_shape, stride, padding, dilation, transposed, groups)
        if bias_fn is not None:
            grad_bias = F.sum(grad, helpers.conv_bias_dims(grad.ndim))
        return (grad_input, grad_weight, grad_bias)


class ConvTransposeInputBackward0(Node):
    """Backward of `conv_transpose_input(Tensor output_grad, Tensor weight, int[] input_size, int[] stride, int[] padding, int[] dilation, int groups) -> Tensor`  [derivatives.yaml, entry conv_transpose_input]

    output_grad: conv_adjoint(grad, weight, stride, padding, dilation, groups, output_grad.shape)
    weight: conv_weight_grad(grad, output_grad, weight.shape, stride, padding, dilation, groups)
    """
    __slots__ = ('output_grad', 'output_grad_shape', 'weight', 'weight_shape', 'stride', 'padding', 'dilation', 'groups')
    saved_tensor_slots = ('output_grad', 'weight')

    def apply(node, grads, F):
        grad = grads[0]
        output_grad_fn, weight_fn = node._next
        grad_output_grad = grad_weight = None
        if output_grad_fn is not None:
            output_grad_shape = node.output_grad_shape
            weight = F.unpack(node.weight, node)
            stride = node.stride
            padding = node.padding
            dilation = node.dilation
            groups = node.groups
            grad_output_grad = helpers.conv_adjoint(F, grad, weight, stride, padding, dilation, groups, output_grad_shape)
        if weight_fn is not None:
            output_grad = F.unpack(node.output_grad, node)
            weight_shape = node.weight_shape
            stride = node.stride
            padding = node.padding
            dilation = node.dilation
            groups = node.groups
            del grad  # the last use: see _hand_over_grad in codegen/emit.py
            grad_weight = F.conv_weight_grad(grads.pop(), output_grad, weight_shape, stride, padding, dilation, groups)
        return (grad_output_grad, grad_weight)


class ConvWeightGradBackward0(Node):
    """Backward of `conv_weight_grad(Tensor input, Tensor output_grad, int[] weight_size, int[] stride, int[] padding, int[] dilation, int groups) -> Tensor`  [derivatives.yaml, entry conv_weight_grad]

    input: conv_transpose_input(output_grad, grad, input.shape, stride, padding, dilation, groups)
    output_grad: conv_adjoint(input, grad, stride, padding, dilation, groups, output_grad.shape)
    """
    __slots__ = ('input', 'input_shape', 'output_grad', 'output_grad_shape', 'stride', 'padding', 'dilation', 'groups')
    saved_tensor_slots = ('input', 'output_grad')

    def apply(node, grads, F):
        grad = grads[0]
        input_fn, output_grad_fn = node._next
        grad_input = grad_output_grad = None
        if input_fn is not None:
            input_shape = node.input_shape
            output_grad = F.unpack(node.output_grad, node)
            stride = node.stride
            padding = node.padding
            dilation = node.dilation
            groups = node.groups
            grad_input = F.conv_transpose_input(output_grad, grad, input_shape, stride, padding, dilation, groups)
        if output_grad_fn is not None:
            input = F.unpack(node.input, node)
            output_grad_shape = node.output_grad_shape
            stride = node.stride
            padding = node.padding
            dilation = node.dilation
            groups = node.groups
            del grad  # the last use: see _hand_over_grad in codegen/emit.py
            grad_output_grad = helpers.conv_adjoint(F, input, grads.pop(), stride, padding, dilation, groups, output_grad_shape)
        return (grad_input, grad_output_grad)


class MaxPool2DWithIndicesBackward0(Node):
    """Backward of `max_pool2d_with_indices(Tensor self, int[] kernel_size, int[] stride=[], int[] padding=0, int[] dilation=1, bool ceil_mode=False) -> (Tensor output, Tensor indices)`  [derivatives.yaml, entry max_pool2d_with_indices]

    self: max_pool2d_with_indices_backward(grad_output, self, kernel_size, stride, padding, dilation, ceil_mode, indices)
    """
    __slots__ = ('self', 'kernel_size', 'stride', 'padding', 'dilation', 'ceil_mode', 'indices')
    saved_tensor_slots = ('self', 'indices')

    def apply(node, grads, F):
        grad_output, grad_indices = grads
        self_fn, = node._next
        grad_self = None
        if self_fn is not None:
            self = F.unpack(node.self, node)
            kernel_size = node.kernel_size
            stride = node.stride
            padding = node.padding
            dilation = node.dilation
            ceil_mode = node.ceil_mode
            indices = F.unpack_result(node.indices, node)
            grad_self = F.max_pool2d_with_indices_backward(grad_output, self, kernel_size, stride, padding, dilation, ceil_mode, indices)
        return (grad_self,)


class MaxPool2DWithIndicesBackwardBackward0(Node):
    """Backward of `max_pool2d_with_indices_backward(Tensor output_grad, Tensor self, int[] kernel_size, int[] stride, int[] padding, int[] dilation, bool ceil_mode, Tensor indices) -> Tensor`  [derivatives.yaml, entry max_pool2d_with_indices_backward]

    output_grad: grad[max_pool_index(indices, self.shape)]
    self: zeros_like(self)
    indices: non_differentiable
    """
    __slots__ = ('self', 'self_shape', 'indices')
    saved_tensor_slots = ('self', 'indices')

    def apply(node, grads, F):
        grad = grads[0]
        output_grad_fn, self_fn = node._next
        grad_output_grad = grad_self = None
        if output_grad_fn is not None:
            self_shape = node.self_shape
            indices = F.unpack(node.indices, node)
            grad_output_grad = grad[helpers.max_pool_index(indices, self_shape)]
        if self_fn is not None:
            self = F.unpack(node.self, node)
            grad_self = F.zeros_like(self)
        return (grad_output_grad, grad_self)


class AvgPool2DBackward0(Node):
    """Backward of `avg_pool2d(Tensor self, int[] kernel_size, int[] stride=[], int[] padding=0, bool ceil_mode=False, bool count_include_pad=True, int? divisor_override=None) -> Tensor`  [derivatives.yaml, entry avg_pool2d]

    self: avg_pool2d_backward(grad, self, kernel_size, stride, padding, ceil_mode, count_include_pad, divisor_override)
    """
    __slots__ = ('self', 'kernel_size', 'stride', 'padding', 'ceil_mode', 'count_include_pad', 'divisor_override')
    saved_tensor_slots = ('self',)

    def apply(node, grads, F):
        grad = grads[0]
        self_fn, = node._next
        grad_self = None
        if self_fn is not None:
            self = F.unpack(node.self, node)
            kernel_size = node.kernel_size
            stride = node.stride
            padding = node.padding
            ceil_mode = node.ceil_mode
            count_include_pad = node.count_include_pad
            divisor_override = node.divisor_override
            del grad  # the last use: see _hand_over_grad in codegen/emit.py
            grad_self = F.avg_pool2d_backward(grads.pop(), self, kernel_size, stride, padding, ceil_mode, count_include_pad, divisor_override)
        return (grad_self,)


class AvgPool2DBackwardBackward0(Node):
    """Backward of `avg_pool2d_backward(Tensor output_grad, Tensor self, int[] kernel_size, int[] stride, int[] padding, bool ceil_mode, bool count_include_pad, int? divisor_override) -> Tensor`  [derivatives.yaml, entry avg_pool2d_backward]

    output_grad: avg_pool2d(grad, kernel_size, stride, padding, ceil_mode, count_include_pad, divisor_override)
    self: zeros_like(self)
    """
    __slots__ = ('self', 'kernel_size', 'stride', 'padding', 'ceil_mode', 'count_include_pad', 'divisor_override')
    saved_tensor_slots = ('self',)

    def apply(node, grads, F):
        grad = grads[0]
        output_grad_fn, self_fn = node._next
        grad_output_grad = grad_self = None
        if output_grad_fn is not None:
            kernel_size = node.kernel_size
            stride = node.stride
            padding = node.padding
            ceil_mode = node.ceil_mode
            count_include_pad = node.count_include_pad
            divisor_override = node.divisor_override
            grad_output_grad = F.avg_pool2d(grad, kernel_size, stride, padding, ceil_mode, count_include_pad, divisor_override)
        if self_fn is not None:
            self = F.unpack(node.self, node)
            grad_self = F.zeros_like(self)
        return (grad_output_grad, grad_self)


class EmbeddingBackward0(Node):
    """Backward of `embedding(Tensor weight, Tensor indices, int padding_idx=-1, bool scale_grad_by_freq=False, bool sparse=False) -> Tensor`  [derivatives.yaml, entry embedding]

    weight: embedding_dense_backward(grad, indices, weight.shape[0], padding_idx, scale_grad_by_freq)
    indices: non_differentiable
    """
    __slots__ = ('weight_shape', 'indices', 'padding_idx', 'scale_grad_by_freq')
    saved_tensor_slots = ('indices',)

    def apply(node, grads, F):
        grad = grads[0]
        weight_fn, = node._next
        grad_weight = None
        if weight_fn is not None:
            weight_shape = node.weight_shape
            indices = F.unpack(node.indices, node)
            padding_idx = node.padding_idx
            scale_grad_by_freq = node.scale_grad_by_freq
            del grad  # the last use: see _hand_over_grad in codegen/emit.py
            grad_weight = F.embedding_dense_backward(grads.pop(), indices, weight_shape[0], padding_idx, scale_grad_by_freq)
        return (grad_weight,)


class EmbeddingDenseBackwardBackward0(Node):
    """Backward of `embedding_dense_backward(Tensor output_grad, Tensor indices, int num_weights, int padding_idx, bool scale_grad_by_freq) -> Tensor`  [derivatives.yaml, entry embedding_dense_backward]

    output_grad: embedding_double_backward(grad, indices, padding_idx, scale_grad_by_freq)
    indices: non_differentiable
    """
    __slots__ = ('indices', 'padding_idx', 'scale_grad_by_freq')
    saved_tensor_slots = ('indices',)

    def apply(node, grads, F):
        grad = grads[0]
        output_grad_fn, = node._next
        grad_output_grad = None
        if output_grad_fn is not None:
            indices = F.unpack(node.indices, node)
            padding_idx = node.padding_idx
            scale_grad_by_freq = node.scale_grad_by_freq
            del grad  # the last use: see _hand_over_grad in codegen/emit.py
            grad_output_grad = helpers.embedding_double_backward(F, grads.pop(), indices, padding_idx, scale_grad_by_freq)
        return (grad_output_grad,)

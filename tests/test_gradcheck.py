"""yamlgrad.autograd.gradcheck: agreement, failure reports, warnings."""
import warnings

import numpy as np
import pytest

import yamlgrad as yg
from yamlgrad.autograd import GradcheckError, gradcheck
from yamlgrad.core.node import Node


def _inputs(*shapes, seed=0):
    rng = np.random.default_rng(seed)
    return [yg.tensor(rng.uniform(0.5, 2.0, s), requires_grad=True) for s in shapes]


def test_passes_on_correct_gradients_of_several_inputs_and_outputs():
    a, b = _inputs((2, 3), (3,))
    assert gradcheck(lambda x, y: (x * y, (x @ y).exp()), (a, b)) is True


def test_failure_names_output_input_and_worst_element():
    class Wrong(Node):
        __slots__ = ()

        def apply(self, grads, F):
            return (grads[0] * 3.0,)  # the true derivative of y = 2x is 2

    from yamlgrad.core.node import edge_pair
    from yamlgrad.core.tensor import make

    def doubled_wrongly(x):
        node = Wrong()
        node.next_functions = (edge_pair(x),)
        node._meta = ((x.shape, x.dtype),)
        return make(x.detach().numpy() * 2, node if yg.is_grad_enabled() else None)

    (x,) = _inputs((3,))
    with pytest.raises(GradcheckError, match=r"output 0 with respect to input 0.*numerical 2 vs analytical 3"):
        gradcheck(doubled_wrongly, (x,))
    assert gradcheck(doubled_wrongly, (x,), raise_exception=False) is False


def test_warns_when_a_differentiable_input_is_not_float64():
    x = yg.tensor([1.0, 2.0], requires_grad=True)  # float32
    with pytest.warns(UserWarning, match="not a double precision"):
        gradcheck(lambda t: t * 2, (x,), atol=1e-2, rtol=1e-2, eps=1e-3)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        gradcheck(lambda t: t * 2, (x.double().detach().requires_grad_(),))


def test_inputs_not_requiring_grad_are_held_constant():
    a, b = _inputs((3,), (3,))
    b.requires_grad_(False)
    assert gradcheck(lambda x, y: x * y.exp(), (a, b))


def test_gradcheck_does_not_modify_the_callers_inputs():
    (a,) = _inputs((4,))
    before = a.detach().numpy().copy()
    gradcheck(lambda x: x.sin(), (a,))
    np.testing.assert_array_equal(a.detach().numpy(), before)
    assert a.grad is None

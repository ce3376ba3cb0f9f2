"""In-place operations and version counters, through views too (torch's semantics)."""
import numpy as np
import pytest

import yamlgrad as yg


def f64(values, requires_grad=True):
    return yg.tensor(np.asarray(values, dtype=np.float64), requires_grad=requires_grad)


def test_inplace_on_a_non_leaf_rebases_its_history():
    x = f64([1.0, 2.0, 3.0])
    y = x * 2
    y.add_(1)
    assert y.grad_fn.name() == "AddBackward0" and y.grad_fn.next_functions[0][0].name() == "MulBackward0"
    y.exp_()
    y.sum().backward()
    np.testing.assert_allclose(x.grad.numpy(), 2 * np.exp(2 * np.array([1.0, 2.0, 3.0]) + 1))


def test_augmented_assignment_puts_a_plain_tensor_into_the_graph():
    x, w = f64([1.0, 2.0]), f64([3.0, 4.0])
    t = yg.tensor(0.0, dtype=yg.float64)
    alias = t
    t += (x * w).sum()
    assert t is alias and t.grad_fn.name() == "AddBackward0" and t.requires_grad and not t.is_leaf
    t *= 2
    t.backward()
    assert x.grad.tolist() == [6.0, 8.0] and w.grad.tolist() == [2.0, 4.0]


def test_inplace_on_a_leaf_requiring_grad_raises_unless_grad_mode_is_off():
    w = f64([1.0, 2.0])
    with pytest.raises(RuntimeError, match="a leaf Variable that requires grad is being used in an in-place operation."):
        w.add_(1)
    with pytest.raises(RuntimeError, match="in-place operation"):
        w += 1
    (w * w).sum().backward()
    with yg.no_grad():
        w -= 0.1 * w.grad
    assert w.is_leaf and w.requires_grad and w.grad_fn is None
    np.testing.assert_allclose(w.numpy(force=True), [0.8, 1.6])


def test_modifying_a_saved_tensor_makes_backward_raise_naming_node_and_versions():
    x = f64([1.0, 2.0])
    y = x * 2
    z = y * y
    y.add_(1)
    with pytest.raises(RuntimeError, match=r"modified by an inplace operation: \[2\] is at version 1; "
                                           r"expected version 0 instead. \(node: MulBackward0\)"):
        z.sum().backward()


def test_version_counter_counts_every_inplace_change():
    t = yg.zeros(3)
    assert t._version_count == 0
    t.add_(1)
    t[0] = 5.0
    t.zero_()
    assert t._version_count == 3


def test_setitem_in_a_graph_routes_gradients_to_the_value_and_the_rest():
    x = f64([1.0, 2.0, 3.0])
    y = x * 1
    y[1] = x[0] * 5
    y.sum().backward()
    assert y.grad_fn.name() == "CopySlices" and x.grad.tolist() == [6.0, 0.0, 1.0]
    a = f64([1.0, -2.0, 3.0])
    b = a * 2
    b[b < 0] = 0
    b.sum().backward()
    assert a.grad.tolist() == [2.0, 0.0, 2.0]


def test_clamp_copy_fill_and_zero_in_place():
    x = f64([-1.0, 0.5, 2.0])
    y = x * 1
    y.clamp_(0, 1)
    y.sum().backward()
    assert x.grad.tolist() == [0.0, 1.0, 0.0]
    x.grad = None
    buf = yg.zeros(3, dtype=yg.float64)
    buf.copy_(x * 3)
    buf.sum().backward()
    assert x.grad.tolist() == [3.0, 3.0, 3.0]
    z = x * 1
    z.fill_(7.0)
    assert z.tolist() == [7.0, 7.0, 7.0] and z.grad_fn.name() == "FillBackward0"
    x.grad.zero_()
    assert x.grad.tolist() == [0.0, 0.0, 0.0]


def test_inplace_through_a_view_of_a_graph_rebases_the_base_as_torch():
    x = f64([1.0, 2.0, 3.0, 4.0])
    y = x * 2
    z = y[0:2]
    z.mul_(3)
    assert y.grad_fn.name() == "CopySlices" and z.grad_fn.name() == "AsStridedBackward0"
    y.mul_(3)  # z's values change with y's: its history is read out of y's new one
    assert z.grad_fn.next_functions[0][0] is y.grad_fn
    assert y.tolist() == [18.0, 36.0, 18.0, 24.0] and z.tolist() == [18.0, 36.0]
    (y.sum() + z.sum()).backward()
    assert x.grad.tolist() == [36.0, 36.0, 6.0, 6.0]
    # outside autograd, views write through to their base and share its version counter
    plain = yg.arange(4.0)
    part = plain[1:3]
    part.mul_(10)
    assert plain.tolist() == [0.0, 10.0, 20.0, 3.0] and plain._version_count == 1


def test_inplace_keeps_dtype_and_shape_like_torch():
    t = yg.tensor([1.0, 2.0])
    t.add_(yg.tensor([1.0, 1.0], dtype=yg.float64))
    assert t.dtype == yg.float32
    with pytest.raises(RuntimeError, match="result type Float can't be cast to the desired output type Long"):
        yg.tensor([1, 2]).mul_(2.5)
    with pytest.raises(RuntimeError, match=r"output with shape \[2\] doesn't match the broadcast shape \[3, 2\]"):
        t.add_(yg.ones(3, 2))

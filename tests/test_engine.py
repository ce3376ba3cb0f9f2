"""The backward engine: ordering, accumulation, broadcasting, release, errors."""
import gc
import threading
import weakref

import numpy as np
import pytest

import yamlgrad as yg
from yamlgrad.core.node import Node
from yamlgrad.core.tensor import make
from yamlgrad.testing import check_not_implemented


def test_chain_of_200k_nodes_backpropagates_iteratively():
    x = yg.tensor(1.0, requires_grad=True)
    h = x
    for _ in range(100_000):
        h = h * 1.0 + 0.0  # two nodes per step
    h.backward()
    assert x.grad.item() == 1.0


def test_gradients_from_several_uses_are_summed():
    x = yg.tensor([1.0, 2.0], requires_grad=True)
    y = (x * x + x * 3.0 + x).sum()
    y.backward()
    np.testing.assert_allclose(x.grad.numpy(), 2 * np.array([1.0, 2.0]) + 4.0)


def test_diamond_graph_runs_each_node_once():
    x = yg.tensor(2.0, dtype=yg.float64, requires_grad=True)
    a = x.exp()
    b = a.sin() + a.cos()
    b.backward()
    e = np.exp(2.0)
    np.testing.assert_allclose(x.grad.item(), (np.cos(e) - np.sin(e)) * e, rtol=1e-6)


def test_leaf_grads_accumulate_across_backward_calls_in_place():
    x = yg.tensor([1.0, 2.0], requires_grad=True)
    (x * 2).sum().backward()
    first = x.grad
    (x * 3).sum().backward()
    assert x.grad is first  # accumulated in place, as torch does
    np.testing.assert_array_equal(x.grad.numpy(), [5.0, 5.0])


def test_non_leaf_grad_stays_none():
    x = yg.tensor([1.0, 2.0], requires_grad=True)
    y = x * 2
    y.sum().backward()
    with pytest.warns(UserWarning, match="not a leaf Tensor is being accessed"):  # as torch warns
        assert y.grad is None
    assert y.grad_fn is not None and not y.is_leaf


def test_implicit_gradient_only_for_one_element_outputs():
    x = yg.tensor([1.0, 2.0], requires_grad=True)
    with pytest.raises(RuntimeError, match="grad can be implicitly created only for scalar outputs"):
        (x * 2).backward()
    (x * 2).backward(yg.tensor([1.0, 10.0]))
    np.testing.assert_array_equal(x.grad.numpy(), [2.0, 20.0])
    one = (x[:1] * 3)  # shape (1,): one element is enough
    one.backward()


def test_grad_output_shape_mismatch_is_an_error():
    x = yg.tensor([1.0, 2.0], requires_grad=True)
    with pytest.raises(RuntimeError, match="Mismatch in shape"):
        (x * 2).backward(yg.tensor([1.0, 2.0, 3.0]))


def test_backward_on_tensor_without_grad_raises():
    with pytest.raises(RuntimeError, match="does not require grad"):
        yg.tensor(1.0).backward()
    with yg.no_grad():
        y = yg.tensor(1.0, requires_grad=True) * 2
    with pytest.raises(RuntimeError, match="does not require grad"):
        y.backward()


def test_saved_tensors_are_released_and_second_backward_says_retain_graph():
    x = yg.tensor([1.0, 2.0], requires_grad=True)
    y = (x * x).sum()
    y.backward()
    with pytest.raises(RuntimeError, match="retain_graph=True"):
        y.backward()


def test_retain_graph_allows_a_second_backward_with_exact_doubling():
    x = yg.tensor([1.0, 2.0], requires_grad=True)
    y = (x * x).sum()
    y.backward(retain_graph=True)
    once = x.grad.numpy().copy()
    y.backward()
    np.testing.assert_array_equal(x.grad.numpy(), 2 * once)


def test_engine_reduces_broadcast_gradients_to_input_shape():
    a = yg.tensor(np.ones((2, 3)), requires_grad=True)
    b = yg.tensor(np.ones((3,)), requires_grad=True)
    c = yg.tensor(np.ones((2, 1)), requires_grad=True)
    s = yg.tensor(2.0, requires_grad=True)
    ((a * b + c) * s).sum().backward()
    assert b.grad.shape == (3,) and c.grad.shape == (2, 1) and s.grad.shape == ()
    np.testing.assert_array_equal(b.grad.numpy(), [4.0, 4.0, 4.0])
    np.testing.assert_array_equal(c.grad.numpy(), [[6.0], [6.0]])
    assert s.grad.item() == 12.0


def test_irreducible_gradient_shape_names_node_and_shapes():
    class BadNode(Node):  # a node returning a gradient that cannot be summed to its input
        __slots__ = ()

        def apply(self, grads, F):
            return (np.ones((4,)),)

    x = yg.tensor([1.0, 2.0, 3.0], requires_grad=True)
    y = x * 2
    bad = BadNode()
    bad.next_functions = ((y.grad_fn, 0),)
    bad._meta = (((3,), np.dtype("float32")),)
    z = make(np.zeros(3, np.float32), bad)
    with pytest.raises(RuntimeError, match=r"BadNode.*\[4\].*\[3\]"):
        z.sum().backward()


def test_gradients_keep_each_inputs_dtype():
    a = yg.tensor([1.0, 2.0], dtype=yg.float32, requires_grad=True)
    b = yg.tensor([1.0, 2.0], dtype=yg.float64, requires_grad=True)
    (a * b).sum().backward()
    assert a.grad.dtype == yg.float32 and b.grad.dtype == yg.float64


def test_grad_fn_name_and_next_functions():
    x = yg.tensor(3.0, requires_grad=True)
    w = yg.tensor(2.0)
    y = x ** 2
    assert y.grad_fn.name() == "PowBackward0"
    ((acc, nr), (none, nr2)) = y.grad_fn.next_functions
    assert acc.name() == "AccumulateGrad" and acc.variable is x and nr == 0
    assert none is None and nr2 == 0
    z = y * w
    assert z.grad_fn.next_functions[0] == (y.grad_fn, 0)
    assert z.grad_fn.next_functions[1] == (None, 0)


def test_same_leaf_meets_one_accumulate_grad():
    x = yg.tensor(1.0, requires_grad=True)
    y = x * x
    assert y.grad_fn.next_functions[0][0] is y.grad_fn.next_functions[1][0]


def test_graph_is_freed_by_reference_counting():
    gc.disable()
    try:
        x = yg.tensor([1.0, 2.0], requires_grad=True)
        y = (x.exp() * x).sum()
        ref = weakref.ref(y.grad_fn)
        del y
        assert ref() is None
    finally:
        gc.enable()


def test_no_grad_builds_no_graph_and_is_thread_local():
    x = yg.tensor(1.0, requires_grad=True)
    seen = {}

    def other_thread():
        seen["requires_grad"] = (x * 2).requires_grad

    with yg.no_grad():
        y = x * 2
        t = threading.Thread(target=other_thread)
        t.start()
        t.join()
    assert not y.requires_grad and y.grad_fn is None
    assert seen["requires_grad"] is True


def test_grad_mode_context_managers_and_decorators():
    x = yg.tensor(1.0, requires_grad=True)

    @yg.no_grad()
    def f():
        return x * 2

    @yg.no_grad
    def g():
        return x * 2

    assert not f().requires_grad and not g().requires_grad
    with yg.no_grad():
        with yg.enable_grad():
            assert (x * 2).requires_grad
        assert not (x * 2).requires_grad
    with yg.set_grad_enabled(False):
        assert not yg.is_grad_enabled()
    assert yg.is_grad_enabled()
    yg.set_grad_enabled(False)
    assert not yg.is_grad_enabled()
    yg.set_grad_enabled(True)


def test_autograd_grad_does_not_touch_dot_grad():
    x = yg.tensor([1.0, 2.0], requires_grad=True)
    (g,) = yg.autograd.grad((x * x).sum(), x)
    np.testing.assert_array_equal(g.numpy(), [2.0, 4.0])
    assert x.grad is None


def test_create_graph_records_the_backward_pass():
    x = yg.tensor(2.0, requires_grad=True)
    (g,) = yg.autograd.grad(x ** 3, x, create_graph=True)
    assert g.grad_fn is not None and g.item() == 12.0
    (gg,) = yg.autograd.grad(g, x)
    assert gg.item() == 12.0  # 6x


def test_not_implemented_formula_raises_at_backward_naming_op_and_input():
    from yamlgrad.autogen.samples import OPS
    names = [n for n, spec in OPS.items() if spec["not_implemented"]]
    assert names, "the registry should hold at least one not_implemented input (nll_loss's weight)"
    for name in names:
        check_not_implemented(name)
    from yamlgrad.autogen import ops
    w = yg.tensor([1.0, 2.0], requires_grad=True)
    y = ops.nll_loss(yg.tensor([[0.1, 0.9], [0.3, 0.7]]), yg.tensor([0, 1]), w)  # building the graph works
    with pytest.raises(NotImplementedError, match="'nll_loss'.*'weight'"):
        y.backward()


def test_several_roots_on_one_multi_output_node():
    x = yg.tensor([[1.0, 2.0], [3.0, 4.0]], requires_grad=True)
    a, b = x.unbind(0)
    (g,) = yg.autograd.grad([a, b], x, [yg.tensor([1.0, 1.0]), yg.tensor([10.0, 10.0])])
    assert g.tolist() == [[1.0, 1.0], [10.0, 10.0]]


def test_leaf_gradients_never_alias_each_other_or_the_callers_array():
    # add's backward hands the same array to both inputs, and that array is the caller's grad_output
    x = yg.tensor([1.0, 2.0], requires_grad=True)
    y = yg.tensor([3.0, 4.0], requires_grad=True)
    g = yg.tensor([1.0, 1.0])
    (x + y).backward(g)
    for a, b in [(x.grad, y.grad), (x.grad, g), (y.grad, g)]:
        assert not np.shares_memory(a.numpy(), b.numpy())
    x.grad.zero_()
    assert y.grad.tolist() == [1.0, 1.0] and g.tolist() == [1.0, 1.0]
    # a second backward accumulates into x.grad in place without touching y.grad
    (x * 1 + y).backward(g)
    assert x.grad.tolist() == [1.0, 1.0] and y.grad.tolist() == [2.0, 2.0] and g.tolist() == [1.0, 1.0]


def test_a_fresh_gradient_array_becomes_the_leafs_grad_without_a_copy():
    import weakref
    refs = []

    class Fresh(yg.autograd.Function):
        @staticmethod
        def forward(ctx, x):
            return x * 1

        @staticmethod
        def backward(ctx, grad):
            array = np.full(2, 7.0)
            refs.append(weakref.ref(array))
            return yg.from_numpy(array)

    x = yg.tensor([1.0, 2.0], dtype=yg.float64, requires_grad=True)
    Fresh.apply(x).sum().backward()
    assert refs[0]() is not None and x.grad.numpy() is refs[0]()  # stolen, as torch does

    kept = []

    class Kept(Fresh):
        @staticmethod
        def backward(ctx, grad):
            kept.append(np.full(2, 7.0))
            return yg.from_numpy(kept[-1])

    y = yg.tensor([1.0, 2.0], dtype=yg.float64, requires_grad=True)
    Kept.apply(y).sum().backward()
    assert y.grad.numpy() is not kept[0]  # someone else holds it: copied
    kept[0][:] = 0
    assert y.grad.tolist() == [7.0, 7.0]


# Arrays of at least 256 KiB: the size at which NumPy reuses a temporary's buffer (elision), which the
# engine enables for the last use of a node's incoming gradient and mimics when summing fan-in.
BIG = 40_000


def test_buffer_reuse_never_touches_arrays_someone_else_holds():
    rng = np.random.default_rng(0)
    xa, ya, ga = rng.standard_normal(BIG), rng.standard_normal(BIG), rng.standard_normal(BIG)
    x, y = yg.tensor(xa, requires_grad=True), yg.tensor(ya, requires_grad=True)
    g = yg.tensor(ga.copy())
    seen = []
    z = x * y
    z.register_hook(lambda grad: seen.append(grad))
    (z * 1.0 + z).backward(g)  # fan-in at z; the hook and the caller hold gradient arrays
    np.testing.assert_array_equal(g.numpy(), ga)  # the caller's grad_output is untouched
    np.testing.assert_array_equal(seen[0].numpy(), 2 * ga)
    np.testing.assert_allclose(x.grad.numpy(), 2 * ga * ya)
    np.testing.assert_allclose(y.grad.numpy(), 2 * ga * xa)


def test_fan_in_from_one_node_and_self_products_sum_correctly():
    rng = np.random.default_rng(1)
    xa = rng.standard_normal(BIG)
    x = yg.tensor(xa, requires_grad=True)
    ((x * x) + (x + x) + yg.exp(yg.sin(x) * x)).sum().backward()
    expected = 2 * xa + 2 + np.exp(np.sin(xa) * xa) * (np.cos(xa) * xa + np.sin(xa))
    np.testing.assert_allclose(x.grad.numpy(), expected, rtol=1e-12)
    # the same gradients through autograd.grad, with the graph kept for a second pass
    x2 = yg.tensor(xa, requires_grad=True)
    out = ((x2 * x2) + (x2 + x2)).sum()
    first, = yg.autograd.grad(out, x2, retain_graph=True)
    second, = yg.autograd.grad(out, x2)
    np.testing.assert_array_equal(first.numpy(), second.numpy())
    np.testing.assert_allclose(first.numpy(), 2 * xa + 2, rtol=1e-12)

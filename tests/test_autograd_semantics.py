"""Hooks, retained grads, custom Functions, anomaly mode, the functional API and higher order."""
import warnings
import numpy as np
import pytest

import yamlgrad as yg
from yamlgrad.autograd import Function, gradcheck, gradgradcheck


def f64(values, requires_grad=True):
    return yg.tensor(np.asarray(values, dtype=np.float64), requires_grad=requires_grad)


# ---- functional API and higher order -----------------------------------------------------------
def test_grad_of_grad_gives_6x():
    x = f64(1.5)
    (g,) = yg.autograd.grad(x ** 3, x, create_graph=True)
    assert g.grad_fn is not None
    (gg,) = yg.autograd.grad(g, x)
    assert gg.item() == pytest.approx(9.0)


def test_third_derivative_through_backward_with_create_graph():
    x = f64(0.7)
    y = x.sin()
    y.backward(create_graph=True)
    g1 = x.grad
    (g2,) = yg.autograd.grad(g1, x, create_graph=True)
    (g3,) = yg.autograd.grad(g2, x)
    assert g1.item() == pytest.approx(np.cos(0.7)) and g2.item() == pytest.approx(-np.sin(0.7))
    assert g3.item() == pytest.approx(-np.cos(0.7))


def test_grad_allow_unused_and_grad_outputs():
    x, z = f64([1.0, 2.0]), f64([3.0])
    y = x * 2
    with pytest.raises(RuntimeError, match="allow_unused=True"):
        yg.autograd.grad(y.sum(), [x, z])
    gx, gz = yg.autograd.grad(y, [x, z], grad_outputs=f64([1.0, 10.0], False), allow_unused=True)
    assert gx.tolist() == [2.0, 20.0] and gz is None


def test_backward_inputs_accumulates_only_into_the_given_tensors():
    a, b = f64(2.0), f64(3.0)
    (a * b).backward(inputs=[a])
    assert a.grad.item() == 3.0 and b.grad is None


def test_autograd_backward_with_several_roots():
    x = f64([1.0, 2.0])
    yg.autograd.backward([(x * 2).sum(), (x * x).sum()])
    assert x.grad.tolist() == [4.0, 6.0]


def test_gradgradcheck_catches_a_wrong_second_derivative():
    class WrongSecond(Function):
        @staticmethod
        def forward(ctx, x):
            ctx.save_for_backward(x)
            return x ** 3

        @staticmethod
        def backward(ctx, g):
            (x,) = ctx.saved_tensors
            return g * 3 * x * x.detach()  # first derivative right, second derivative wrong

    x = f64([0.5, 1.5])
    assert gradcheck(WrongSecond.apply, (x,))
    with pytest.raises(yg.autograd.GradcheckError):
        gradgradcheck(WrongSecond.apply, (x,))


# ---- hooks ------------------------------------------------------------------------------------------
def test_hooks_run_in_order_may_replace_and_retain_grad_sees_the_result():
    x = f64([1.0, 2.0])
    y = x * 3
    y.retain_grad()
    order = []
    y.register_hook(lambda g: order.append("first") or g * 2)
    y.register_hook(lambda g: order.append("second"))
    (y * y).sum().backward()
    assert order == ["first", "second"]
    assert y.grad.tolist() == [12.0, 24.0] and x.grad.tolist() == [36.0, 72.0]


def test_leaf_hooks_run_before_accumulation_and_can_be_removed():
    x = f64([1.0, 2.0])
    seen = []
    handle = x.register_hook(lambda g: seen.append(g.tolist()) or g * 0)
    (x * 5).sum().backward()
    assert seen == [[5.0, 5.0]] and x.grad.tolist() == [0.0, 0.0]
    handle.remove()
    (x * 5).sum().backward()
    assert x.grad.tolist() == [5.0, 5.0] and len(seen) == 1


def test_retained_non_leaf_grads_accumulate_and_hooks_need_requires_grad():
    x = f64(2.0)
    y = x * x
    y.retain_grad()
    y.backward(retain_graph=True)
    y.backward()
    assert y.grad.item() == 2.0 and y.retains_grad
    with pytest.raises(RuntimeError, match="doesn't require gradient"):
        f64(1.0, requires_grad=False).register_hook(lambda g: g)


# ---- custom Function -----------------------------------------------------------------------------
class MyReLU(Function):
    @staticmethod
    def forward(ctx, x):
        ctx.save_for_backward(x)
        return x.clamp(min=0)

    @staticmethod
    def backward(ctx, g):
        (x,) = ctx.saved_tensors
        return g * (x > 0)


class Scale(Function):
    @staticmethod
    def forward(ctx, x, k):
        ctx.k = k
        ctx.seen_needs = ctx.needs_input_grad
        return x * k

    @staticmethod
    def backward(ctx, g):
        return g * ctx.k, None


def test_custom_function_forward_backward_and_ctx():
    x = f64([-1.0, 2.0, 3.0])
    y = MyReLU.apply(x)
    assert y.grad_fn.name() == "MyReLUBackward" and y.grad_fn.next_functions[0][0].name() == "AccumulateGrad"
    y.sum().backward()
    assert x.grad.tolist() == [0.0, 1.0, 1.0]
    z = Scale.apply(x, 2.5)
    assert z.grad_fn.seen_needs == (True, False)
    assert gradcheck(lambda t: Scale.apply(t, 2.5), (x,)) and gradgradcheck(lambda t: Scale.apply(t, 2.5), (x,))


def test_custom_function_backward_runs_without_recording_unless_create_graph():
    modes = []

    class Probe(Function):
        @staticmethod
        def forward(ctx, x):
            return x * 2

        @staticmethod
        def backward(ctx, g):
            modes.append(yg.is_grad_enabled())
            return g * 2

    x = f64(1.0)
    Probe.apply(x).backward()
    Probe.apply(x).backward(create_graph=True)
    assert modes == [False, True]


def test_custom_function_errors_name_the_function_and_input():
    class TwoGrads(Function):
        @staticmethod
        def forward(ctx, x):
            return x * 2

        @staticmethod
        def backward(ctx, g):
            return g, g

    class WrongShape(Function):
        @staticmethod
        def forward(ctx, x):
            return x * 2

        @staticmethod
        def backward(ctx, g):
            return yg.ones(5, dtype=yg.float64)

    x = f64([1.0, 2.0, 3.0])
    with pytest.raises(RuntimeError, match="TwoGrads.*incorrect number of gradients"):
        TwoGrads.apply(x).sum().backward()
    with pytest.raises(RuntimeError, match=r"WrongShapeBackward.*index 0.*\[5\].*\[3\]"):
        WrongShape.apply(x).sum().backward()


def test_custom_function_non_differentiable_output_and_saved_release():
    class SortLike(Function):
        @staticmethod
        def forward(ctx, x):
            idx = yg.tensor(np.argsort(x.detach().numpy()))
            ctx.mark_non_differentiable(idx)
            ctx.save_for_backward(x)
            return x * 1, idx

        @staticmethod
        def backward(ctx, g, g_idx):
            ctx.saved_tensors
            return g

    x = f64([3.0, 1.0])
    out, idx = SortLike.apply(x)
    assert not idx.requires_grad and out.requires_grad
    out.sum().backward()
    with pytest.raises(RuntimeError, match="second time"):
        out.sum().backward()


# ---- anomaly mode -----------------------------------------------------------------------------------
def test_anomaly_mode_names_the_node_and_prints_the_forward_trace(capsys):
    x = f64([0.0, 1.0])
    with yg.autograd.detect_anomaly():
        y = x.sqrt()  # this line is reported
        with pytest.raises(RuntimeError, match=r"Function 'SqrtBackward0' returned nan values in its 0th output."):
            with np.errstate(all="ignore"):
                (y * 0.0).sum().backward()
    assert "y = x.sqrt()  # this line is reported" in capsys.readouterr().err
    assert not yg.autograd.is_anomaly_enabled()
    with np.errstate(all="ignore"):
        (x.sqrt() * 0.0).sum().backward()  # off: NaN gradients pass silently, as in torch
    assert np.isnan(x.grad.numpy()[0])


def test_custom_function_saved_tensors_are_version_checked():
    class Square(Function):
        @staticmethod
        def forward(ctx, x):
            ctx.save_for_backward(x)
            return x * x

        @staticmethod
        def backward(ctx, g):
            (x,) = ctx.saved_tensors
            return 2 * x * g

    x = f64([1.0, 2.0])
    h = x * 1
    y = Square.apply(h)
    h.add_(1)
    with pytest.raises(RuntimeError, match=r"modified by an inplace operation.*node: SquareBackward"):
        y.sum().backward()


def test_set_materialize_grads_false_passes_none_for_unused_outputs():
    seen = []

    class Two(yg.autograd.Function):
        @staticmethod
        def forward(ctx, x):
            ctx.set_materialize_grads(False)
            return x * 2, x * 3

        @staticmethod
        def backward(ctx, ga, gb):
            seen.append(gb)
            return ga * 2

    x = yg.tensor([1.0, 2.0], requires_grad=True)
    a, _ = Two.apply(x)
    a.sum().backward()
    assert seen == [None] and x.grad.tolist() == [2.0, 2.0]


def test_grad_assignment_is_checked_and_non_leaf_grad_warns():
    x = yg.tensor([1.0, 2.0], requires_grad=True)
    x.grad = yg.tensor([0.5, 0.5])
    assert x.grad.tolist() == [0.5, 0.5]
    del x.grad
    assert x.grad is None
    y = x * 2
    y.retain_grad()
    y.sum().backward()
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # retain_grad: no warning
        assert y.grad.tolist() == [1.0, 1.0]

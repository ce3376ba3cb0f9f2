"""Autograd corners real programs reach: grad-mode decorators on methods and generators, custom
Functions saving their output or defining jvp, forward-mode tangent identity, nested forward-mode
transforms, checkpointing a layer whose input needs no grad, and `view` of non-contiguous tensors.

Expected values come from PyTorch runs of the same programs."""
from __future__ import annotations

import warnings

import numpy as np
import pytest

import yamlgrad as yg
from yamlgrad.autograd import forward_ad as fwAD
from yamlgrad.utils.checkpoint import checkpoint


# ---- grad-mode decorators ------------------------------------------------------------------------

class _Model:
    @yg.no_grad()
    def no_grad_call(self, x):
        return x * 2

    @yg.no_grad
    def no_grad_bare(self, x):
        return x * 2

    @yg.enable_grad()
    def enable_grad_call(self, x):
        return x * 2

    @yg.inference_mode()
    def inference_call(self, x):
        return x * 2

    @yg.inference_mode
    def inference_bare(self, x):
        return x * 2

    @yg.set_grad_enabled(False)
    def disabled_call(self, x):
        return x * 2


@pytest.mark.parametrize("method, records", [
    ("no_grad_call", False), ("no_grad_bare", False), ("enable_grad_call", True),
    ("inference_call", False), ("inference_bare", False), ("disabled_call", False)])
def test_grad_mode_decorators_bind_self_on_methods(method, records):
    x = yg.ones(2, requires_grad=True)
    with yg.no_grad() if records else yg.enable_grad():  # the opposite mode outside
        out = getattr(_Model(), method)(x)
    assert out.requires_grad is records
    assert yg.is_grad_enabled() is True


def test_no_grad_on_a_generator_applies_only_while_its_body_runs():
    x = yg.ones(2, requires_grad=True)
    seen_outside = []

    @yg.no_grad()
    def steps():
        for _ in range(2):
            yield (x * 2).requires_grad

    for inside in steps():
        seen_outside.append(yg.is_grad_enabled())
        assert inside is False
    assert seen_outside == [True, True]


# ---- custom Functions ----------------------------------------------------------------------------

class _Exp(yg.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        r = x.exp()
        ctx.save_for_backward(r)
        ctx.save_for_forward(r)  # jvp sees only these, as in torch
        return r

    @staticmethod
    def backward(ctx, g):
        (r,) = ctx.saved_tensors
        return g * r

    @staticmethod
    def jvp(ctx, t):
        return t * ctx.saved_tensors[0]


class _ExpSetup(yg.autograd.Function):
    """The setup_context style: forward without ctx."""

    @staticmethod
    def forward(x):
        return x.exp()

    @staticmethod
    def setup_context(ctx, inputs, output):
        ctx.save_for_backward(output)
        ctx.save_for_forward(output)

    @staticmethod
    def backward(ctx, g):
        return g * ctx.saved_tensors[0]

    @staticmethod
    def jvp(ctx, t):
        return t * ctx.saved_tensors[0]


class _WrongJvp(_ExpSetup):
    @staticmethod
    def jvp(ctx, t):
        return 2 * t * ctx.saved_tensors[0]


class _NoJvp(yg.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        return x * 2

    @staticmethod
    def backward(ctx, g):
        return g * 2


def _x64():
    return yg.tensor(np.array([0.3, -0.5]), requires_grad=True)


@pytest.mark.parametrize("fn", [_Exp, _ExpSetup])
def test_saved_output_keeps_its_grad_fn_for_double_backward(fn):
    x = _x64()
    assert yg.autograd.gradgradcheck(fn.apply, (x,))
    (g,) = yg.autograd.grad(fn.apply(x).sum(), x, create_graph=True)
    (gg,) = yg.autograd.grad(g.sum(), x)
    np.testing.assert_allclose(gg.numpy(), np.exp([0.3, -0.5]), rtol=1e-12)


def test_custom_jvp_is_what_forward_mode_uses_even_when_the_input_requires_grad():
    x = _x64()
    with fwAD.dual_level():
        dual = fwAD.make_dual(x, yg.tensor(np.array([1.0, 2.0])))
        out = _ExpSetup.apply(dual)
        tangent = fwAD.unpack_dual(out).tangent
    np.testing.assert_allclose(tangent.numpy(), np.exp([0.3, -0.5]) * [1.0, 2.0], rtol=1e-12)
    assert out.requires_grad


def test_wrong_jvp_shows_in_forward_mode_not_the_forward_internals():
    with fwAD.dual_level():
        dual = fwAD.make_dual(yg.tensor([0.0]), yg.tensor([1.0]))
        tangent = fwAD.unpack_dual(_WrongJvp.apply(dual)).tangent
    assert tangent.item() == pytest.approx(2.0)


def test_gradcheck_forward_ad_passes_a_right_jvp_and_fails_a_wrong_one():
    assert yg.autograd.gradcheck(_ExpSetup.apply, (_x64(),), check_forward_ad=True)
    assert yg.autograd.gradcheck(_Exp.apply, (_x64(),), check_forward_ad=True)
    assert not yg.autograd.gradcheck(_WrongJvp.apply, (_x64(),), check_forward_ad=True, raise_exception=False)


def test_function_without_jvp_refuses_forward_mode_with_torchs_error():
    with fwAD.dual_level():
        dual = fwAD.make_dual(yg.tensor([1.0]), yg.tensor([1.0]))
        with pytest.raises(NotImplementedError, match="You must implement the jvp function"):
            _NoJvp.apply(dual)


def test_jvp_gets_zeros_for_a_float_input_without_tangent():
    got = []

    class Mul(yg.autograd.Function):
        @staticmethod
        def forward(ctx, a, b):
            ctx.save_for_forward(a, b)
            return a * b

        @staticmethod
        def backward(ctx, g):
            return g, g

        @staticmethod
        def jvp(ctx, ta, tb):
            got.append(tb.numpy().tolist())
            a, b = ctx.saved_tensors
            return ta * b + tb * a

    with fwAD.dual_level():
        out = Mul.apply(fwAD.make_dual(yg.tensor([1.0, 2.0]), yg.tensor([1.0, 1.0])), yg.tensor([3.0, 4.0]))
        assert fwAD.unpack_dual(out).tangent.numpy().tolist() == [3.0, 4.0]
    assert got == [[0.0, 0.0]]


# ---- forward-mode tangents and nested transforms -------------------------------------------------

def test_unpack_dual_returns_the_tangent_given_to_make_dual():
    with fwAD.dual_level():
        t = yg.tensor([3.0, 4.0])
        dual = fwAD.make_dual(yg.tensor([1.0, 2.0]), t)
        assert fwAD.unpack_dual(dual).tangent is t
        out = dual * 2
        assert fwAD.unpack_dual(out).tangent is fwAD.unpack_dual(out).tangent


_TANH_SECOND = np.diag([-0.72686423, 0.53324496])  # d²tanh/dx² at [0.5, -0.3], from torch


@pytest.mark.parametrize("outer, inner", [("jacfwd", "jacfwd"), ("jacfwd", "jacrev"), ("jacrev", "jacfwd")])
def test_nested_jacobians_of_tanh(outer, inner):
    func = yg.func
    x = yg.tensor([0.5, -0.3])
    jac = getattr(func, outer)(getattr(func, inner)(yg.tanh))(x)
    expected = np.zeros((2, 2, 2))
    expected[0, 0, 0], expected[1, 1, 1] = _TANH_SECOND[0, 0], _TANH_SECOND[1, 1]
    np.testing.assert_allclose(jac.numpy(), expected, atol=1e-4)


def test_hessian_of_a_sum_of_tanh():
    h = yg.func.hessian(lambda x: x.tanh().sum())(yg.tensor([0.5, -0.3]))
    np.testing.assert_allclose(h.numpy(), _TANH_SECOND, atol=1e-4)


# ---- checkpoint ----------------------------------------------------------------------------------

def _layer():
    lin = yg.nn.Linear(3, 2)
    with yg.no_grad():
        lin.weight.copy_(yg.tensor([[1.0, 2.0, 3.0], [-1.0, 0.5, 2.0]]))
        lin.bias.copy_(yg.tensor([0.1, -0.2]))
    return lin, yg.tensor([[0.1, 0.2, 0.3], [1.0, -1.0, 0.5]])


def test_non_reentrant_checkpoint_trains_parameters_when_the_input_needs_no_grad():
    lin, x = _layer()
    out = checkpoint(lambda a: lin(a).tanh(), x, use_reentrant=False)
    assert out.requires_grad
    out.sum().backward()
    np.testing.assert_allclose(lin.weight.grad.numpy(), [[0.7296, -0.6754, 0.4100], [0.7203, -0.4636, 0.5741]],
                               atol=1e-4)
    np.testing.assert_allclose(lin.bias.grad.numpy(), [0.8923, 1.4904], atol=1e-4)
    (g,) = yg.autograd.grad(checkpoint(lambda a: lin(a).tanh(), x, use_reentrant=False).sum(), lin.weight)
    np.testing.assert_allclose(g.numpy(), lin.weight.grad.numpy(), rtol=1e-6)


def test_non_reentrant_checkpoint_passes_keywords_and_keeps_dropout_masks():
    x = yg.ones(4, 5, requires_grad=True)
    drop = yg.nn.Dropout(0.5)
    out = checkpoint(lambda a, scale=1.0: drop(a) * scale, x, use_reentrant=False, scale=3.0)
    out.sum().backward()
    assert np.array_equal(out.detach().numpy() != 0, x.grad.numpy() != 0)
    assert set(np.unique(x.grad.numpy())) <= {0.0, 6.0}


def test_reentrant_checkpoint_warns_when_no_input_requires_grad():
    lin, x = _layer()
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        out = checkpoint(lin, x, use_reentrant=True)
    assert not out.requires_grad
    assert [str(w.message) for w in caught] == ["None of the inputs have requires_grad=True. Gradients will be None"]


def test_checkpoint_without_use_reentrant_warns_and_is_reentrant():
    lin, x = _layer()
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        out = checkpoint(lin, x)
    assert not out.requires_grad
    assert "use_reentrant parameter should be passed explicitly" in str(caught[0].message)


# ---- view and contiguity -------------------------------------------------------------------------

@pytest.mark.parametrize("make_view", [
    lambda x: x.t(), lambda x: x.permute(1, 0), lambda x: x[::2], lambda x: x[:, :2],
    lambda x: yg.ones(4).expand(3, 4)])
def test_view_of_a_non_contiguous_tensor_raises_torchs_error(make_view):
    y = make_view(yg.arange(12.0).reshape(3, 4))
    assert not y.is_contiguous()
    with pytest.raises(RuntimeError, match=r"view size is not compatible .* Use \.reshape\(\.\.\.\) instead\."):
        y.view(-1)
    assert y.reshape(-1).shape == (y.numel(),)
    c = y.contiguous()
    assert c.is_contiguous() and c.view(-1).shape == (y.numel(),)
    np.testing.assert_array_equal(c.numpy(), y.numpy())


def test_views_that_need_no_copy_still_work():
    x = yg.arange(12.0).reshape(3, 4).requires_grad_()
    assert x.t().view(4, 3).shape == (4, 3)  # same size: always possible
    assert x[:, :2].view(3, 2, 1).shape == (3, 2, 1)
    assert x[1:].view(-1).shape == (8,)
    assert x[:, 1].view(-1).shape == (3,)
    assert x.is_contiguous() and x.contiguous() is x
    assert yg.ones(1, 4).t().is_contiguous()
    assert type(x.t().contiguous().grad_fn).__name__ == "CloneBackward0"

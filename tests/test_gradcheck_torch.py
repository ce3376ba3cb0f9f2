"""yamlgrad.autograd.gradcheck / gradgradcheck with torch's signatures and behaviour (torch 2.13)."""
import inspect

import numpy as np
import pytest

import yamlgrad as yg
from yamlgrad.autograd import Function, GradcheckError, gradcheck, gradgradcheck

GRADCHECK = [("eps", 1e-06), ("atol", 1e-05), ("rtol", 0.001), ("raise_exception", True), ("nondet_tol", 0.0),
             ("check_undefined_grad", True), ("check_grad_dtypes", False), ("check_batched_grad", False),
             ("check_batched_forward_grad", False), ("check_forward_ad", False), ("check_backward_ad", True),
             ("fast_mode", False), ("masked", None)]
GRADGRADCHECK = [("eps", 1e-06), ("atol", 1e-05), ("rtol", 0.001), ("gen_non_contig_grad_outputs", False),
                 ("raise_exception", True), ("nondet_tol", 0.0), ("check_undefined_grad", True),
                 ("check_grad_dtypes", False), ("check_batched_grad", False), ("check_fwd_over_rev", False),
                 ("check_rev_over_rev", True), ("fast_mode", False), ("masked", False)]


def x64(*values):
    return yg.tensor(np.array(values, dtype=np.float64), requires_grad=True)


def keyword_only(fn):
    return [(p.name, p.default) for p in inspect.signature(fn).parameters.values() if p.kind is p.KEYWORD_ONLY]


def test_signatures_are_torchs():
    assert keyword_only(gradcheck) == GRADCHECK
    assert keyword_only(gradgradcheck) == GRADGRADCHECK
    assert list(inspect.signature(gradgradcheck).parameters)[:3] == ["func", "inputs", "grad_outputs"]


def test_unknown_keyword_is_a_type_error():
    with pytest.raises(TypeError, match="atoll"):
        gradcheck(lambda t: t * 2, (x64(1.0, 2.0),), atoll=5)
    with pytest.raises(TypeError, match="seed"):
        gradgradcheck(lambda t: t * t, (x64(1.0, 2.0),), seed=0)


def _doubling(jvp=None):
    body = {"forward": staticmethod(lambda ctx, t: t * 2), "backward": staticmethod(lambda ctx, g: g * 2)}
    if jvp is not None:
        body["jvp"] = staticmethod(jvp)
    return type("Doubling", (Function,), body)


def test_forward_ad_through_a_custom_function_without_jvp_raises_as_torch():
    with pytest.raises(NotImplementedError, match="You must implement the jvp function"):
        gradcheck(_doubling().apply, (x64(0.3, -1.2),), check_forward_ad=True)


def test_forward_ad_with_a_wrong_jvp_is_not_accepted():
    wrong = _doubling(lambda ctx, t: t * 3)
    assert gradcheck(wrong.apply, (x64(0.3, -1.2),), check_forward_ad=True, raise_exception=False) is False
    with pytest.raises(GradcheckError, match="forward mode"):
        gradcheck(wrong.apply, (x64(0.3, -1.2),), check_forward_ad=True)


def test_forward_ad_checks_registry_ops():
    x = x64(0.3, -1.2, 0.7)
    assert gradcheck(lambda t: (t.sin() * t).exp(), (x,), check_forward_ad=True)
    assert gradcheck(lambda t: t.tanh(), (x,), check_forward_ad=True, check_backward_ad=False)
    assert gradcheck(lambda t: t.sin() * t, (x,), check_forward_ad=True, check_batched_grad=True,
                     check_batched_forward_grad=True)


def test_fast_mode_passes_right_and_fails_wrong_backward():
    x = x64(0.3, -1.2, 0.7, 2.0)
    assert gradcheck(lambda t: t.sin() * t, (x,), fast_mode=True)
    assert gradcheck(lambda t: t.sin() * t, (x,), fast_mode=True, check_forward_ad=True)
    wrong = _doubling()
    wrong.backward = staticmethod(lambda ctx, g: g * 3)
    with pytest.raises(GradcheckError, match="fast mode"):
        gradcheck(wrong.apply, (x,), fast_mode=True)


def test_options_that_need_another_are_refused_as_torch_does():
    with pytest.raises(ValueError, match="at least one of check_forward_ad or check_backward_ad"):
        gradcheck(lambda t: t * 2, (x64(1.0),), check_backward_ad=False)
    with pytest.raises(ValueError, match="check_batched_forward_grad requires check_forward_ad"):
        gradcheck(lambda t: t * 2, (x64(1.0),), check_batched_forward_grad=True)


def test_nondeterministic_backward_is_caught_unless_within_nondet_tol():
    calls = [0]

    class Noisy(Function):
        @staticmethod
        def forward(ctx, t):
            return t * 2

        @staticmethod
        def backward(ctx, g):
            calls[0] += 1
            return g * 2 + 1e-9 * (calls[0] % 2)

    x = x64(0.5, 1.5)
    with pytest.raises(GradcheckError, match="not reentrant"):
        gradcheck(Noisy.apply, (x,), check_undefined_grad=False)
    assert gradcheck(Noisy.apply, (x,), nondet_tol=1e-6, check_undefined_grad=False)


def test_undefined_grad_and_grad_dtypes():
    class Leaky(Function):  # nonzero gradients from a zero output gradient
        @staticmethod
        def forward(ctx, t):
            return t * 2

        @staticmethod
        def backward(ctx, g):
            return g * 2 + (1.0 if not g.detach().numpy().any() else 0.0)

    x = x64(0.5, 1.5)
    with pytest.raises(GradcheckError, match="undefined output grads"):
        gradcheck(Leaky.apply, (x,))
    assert gradcheck(Leaky.apply, (x,), check_undefined_grad=False)
    assert gradcheck(lambda t: t * 3, (x,), check_grad_dtypes=True)


def test_gradgradcheck_modes():
    x = x64(0.3, -1.2, 0.7)
    assert gradgradcheck(lambda t: t.sin() * t, (x,))
    assert gradgradcheck(lambda t: t.sin() * t, (x,), check_fwd_over_rev=True)
    assert gradgradcheck(lambda t: t.sin() * t, (x,), fast_mode=True)

"""The torch-like Tensor surface: factories, dtypes, metadata, conversions, operators, printing."""
import numpy as np
import pytest

import yamlgrad as yg


def test_python_numbers_get_torch_default_dtypes():
    assert yg.tensor(1.5).dtype == yg.float32
    assert yg.tensor([1, 2]).dtype == yg.int64
    assert yg.tensor(True).dtype == yg.bool
    assert yg.tensor(np.ones(2)).dtype == yg.float64  # arrays keep their dtype
    assert yg.tensor([1, 2], dtype=yg.float64).dtype == yg.float64


def test_tensor_copies_but_from_numpy_shares_memory():
    a = np.zeros(3)
    t, s = yg.tensor(a), yg.from_numpy(a)
    a[0] = 5
    assert t[0].item() == 0 and s[0].item() == 5 and s.dtype == yg.float64


def test_factories_shapes_and_dtypes():
    assert yg.zeros(2, 3).shape == (2, 3) and yg.zeros((2, 3)).dtype == yg.float32
    assert yg.ones(4).numpy().tolist() == [1.0] * 4
    assert yg.full((2,), 7).dtype == yg.int64 and yg.full((2,), 7.0).dtype == yg.float32
    assert yg.arange(5).dtype == yg.int64 and yg.arange(5).tolist() == [0, 1, 2, 3, 4]
    assert yg.arange(0, 1, 0.25).dtype == yg.float32 and yg.arange(0, 1, 0.25).shape == (4,)
    assert yg.linspace(0, 1, 5).tolist() == [0.0, 0.25, 0.5, 0.75, 1.0]
    assert yg.eye(3).numpy().trace() == 3
    yg.manual_seed(0)
    a = yg.randn(2, 3)
    yg.manual_seed(0)
    assert np.array_equal(a.numpy(), yg.randn(2, 3).numpy()) and a.dtype == yg.float32
    r = yg.rand(100)
    assert 0 <= r.numpy().min() and r.numpy().max() < 1
    x = yg.tensor([[1.0, 2.0]], dtype=yg.float64)
    assert yg.zeros_like(x).dtype == yg.float64 and yg.ones_like(x).shape == (1, 2)


def test_integer_and_bool_tensors_cannot_require_grad():
    with pytest.raises(RuntimeError, match="floating point"):
        yg.tensor([1, 2], requires_grad=True)
    with pytest.raises(RuntimeError, match="floating point"):
        yg.tensor([True]).requires_grad_()


def test_requires_grad_of_non_leaf_cannot_be_switched_off():
    x = yg.tensor(1.0, requires_grad=True)
    y = x * 2
    with pytest.raises(RuntimeError, match="leaf variables"):
        y.requires_grad = False


def test_python_scalars_are_weakly_typed():
    x = yg.tensor([1.0, 2.0])
    assert (x * 3.0).dtype == yg.float32 and (2 ** x).dtype == yg.float32 and (1 - x).dtype == yg.float32
    i = yg.tensor([1, 2])
    assert (i * 2).dtype == yg.int64
    assert (i / 2).dtype == yg.float32 and (i * 2.5).dtype == yg.float32  # torch's default float
    assert (x * yg.tensor([1.0], dtype=yg.float64)).dtype == yg.float64


def test_metadata_and_conversions():
    x = yg.tensor([[1.0, 2.0, 3.0]], requires_grad=True)
    assert x.shape == (1, 3) and x.ndim == 2 and x.dim() == 2 and x.size() == (1, 3) and x.size(1) == 3
    assert x.numel() == 3 and x.is_leaf and x.grad is None and x.grad_fn is None
    d = x.detach()
    assert not d.requires_grad and d.is_leaf and np.shares_memory(d.numpy(), x.detach().numpy())
    with pytest.raises(RuntimeError, match="detach"):
        x.numpy()
    assert x.sum().item() == 6.0 and isinstance(x.sum().item(), float)
    with pytest.raises(RuntimeError, match="cannot be converted"):
        x.item()
    assert x.float().dtype == yg.float32 and x.double().dtype == yg.float64
    assert x.to(yg.float64).dtype == yg.float64 and x.to("cpu") is x
    c = x.clone()
    assert c.grad_fn.name() == "CloneBackward0" and not np.shares_memory(c.detach().numpy(), x.detach().numpy())
    assert float(yg.tensor(2.5)) == 2.5 and int(yg.tensor(3)) == 3 and len(x[0]) == 3


def test_bool_of_multi_element_tensor_is_ambiguous():
    with pytest.raises(RuntimeError, match="ambiguous"):
        bool(yg.tensor([1.0, 2.0]))
    assert bool(yg.tensor([1.0]))


def test_comparisons_and_logic_are_non_differentiable_bool_tensors():
    x = yg.tensor([1.0, -2.0, 3.0], requires_grad=True)
    m = (x > 0) & ~(x == 3.0) | (x < -1)
    assert m.dtype == yg.bool and not m.requires_grad
    assert m.tolist() == [True, True, False]
    assert (x >= 1).tolist() == [True, False, True] and (x != 1).tolist() == [False, True, True]


def test_tensors_hash_by_identity():
    a, b = yg.tensor(1.0), yg.tensor(1.0)
    assert len({a, b}) == 2


def test_reflected_operators_swap_operands():
    x = yg.tensor([2.0, 4.0], requires_grad=True)
    y = (10 - x) / 2 + 8 / x + 2 ** x - (-x)
    y.sum().backward()
    expected = -0.5 - 8 / np.array([2.0, 4.0]) ** 2 + np.log(2) * 2 ** np.array([2.0, 4.0]) + 1
    np.testing.assert_allclose(x.grad.numpy(), expected, rtol=1e-6)
    assert (np.array([1.0, 1.0]) * x).grad_fn.name() == "MulBackward0"  # ndarray defers to Tensor


def test_matmul_operator_and_transposes():
    a = yg.tensor(np.arange(6.0).reshape(2, 3))
    b = yg.tensor(np.arange(3.0))
    assert (a @ b).tolist() == [5.0, 14.0]
    assert a.T.shape == (3, 2) and a.mT.shape == (3, 2) and a.permute(1, 0).shape == (3, 2)


def test_zero_and_setitem_outside_a_graph():
    g = yg.tensor([1.0, 2.0, 3.0])
    g[1] = 7.0
    g[yg.tensor([0])] = yg.tensor(9.0)
    assert g.tolist() == [9.0, 7.0, 3.0]
    g.zero_()
    assert g.tolist() == [0.0, 0.0, 0.0]
    x = yg.tensor([1.0, 2.0], requires_grad=True)
    (x * x).sum().backward()
    x.grad.zero_()
    assert x.grad.tolist() == [0.0, 0.0]
    with pytest.raises(RuntimeError, match="a leaf Variable that requires grad is being used in an in-place operation."):
        x.zero_()
    with yg.no_grad():
        x[0] = 5.0
    assert x.tolist() == [5.0, 2.0] and x.is_leaf


@pytest.mark.parametrize("make, text", [
    (lambda: yg.tensor(3.0, requires_grad=True) ** 2, "tensor(9., grad_fn=<PowBackward0>)"),
    (lambda: yg.tensor(3.0, requires_grad=True), "tensor(3., requires_grad=True)"),
    (lambda: yg.tensor([1.5, 2.0]), "tensor([1.5000, 2.0000])"),
    (lambda: yg.tensor([1, 2]), "tensor([1, 2])"),
    (lambda: yg.tensor([1.0, 2.0], dtype=yg.float64), "tensor([1., 2.], dtype=yamlgrad.float64)"),
    (lambda: yg.tensor([[1e-5, 1.0]]), "tensor([[1.0000e-05, 1.0000e+00]])"),
    (lambda: yg.tensor([True, False]), "tensor([ True, False])"),
    (lambda: yg.zeros(2, 0), "tensor([], size=(2, 0))"),
    (lambda: yg.tensor([[1.0, -2.0], [3.0, 4.0]]), "tensor([[ 1., -2.],\n        [ 3.,  4.]])"),
])
def test_repr_matches_torch(make, text):
    assert repr(make()) == text


def test_conversions_return_self_when_the_dtype_already_matches_like_torch():
    x = yg.tensor([1.0, 2.0], requires_grad=True)  # float32
    assert x.float() is x and x.to(yg.float32) is x and x.to("cpu") is x and x.type(yg.float32) is x
    y = x.double()
    assert y.dtype == yg.float64 and y.grad_fn.name() == "ToCopyBackward0"
    y.sum().backward()
    assert x.grad.dtype == yg.float32 and x.grad.tolist() == [1.0, 1.0]
    z = x.to(copy=True)  # a real copy even without a dtype change
    assert z is not x and not np.shares_memory(z.detach().numpy(), x.detach().numpy())
    assert z.grad_fn.name() == "ToCopyBackward0"
    i = yg.tensor([1, 2])
    assert i.long() is i and i.float().dtype == yg.float32


def test_repr_follows_torchs_layout():
    # expected strings printed by torch 2.13 for the same data
    a = yg.tensor(np.arange(24, dtype=np.float32).reshape(2, 12) / 7)
    assert repr(a) == ("tensor([[0.0000, 0.1429, 0.2857, 0.4286, 0.5714, 0.7143, 0.8571, 1.0000, 1.1429,\n"
                       "         1.2857, 1.4286, 1.5714],\n"
                       "        [1.7143, 1.8571, 2.0000, 2.1429, 2.2857, 2.4286, 2.5714, 2.7143, 2.8571,\n"
                       "         3.0000, 3.1429, 3.2857]])")
    b = yg.tensor(np.arange(2000, dtype=np.float32) * 1.5)  # summarized: the format comes from the edges
    assert repr(b) == ("tensor([0.0000e+00, 1.5000e+00, 3.0000e+00,  ..., 2.9955e+03, 2.9970e+03,\n"
                       "        2.9985e+03])")
    c = yg.tensor(np.linspace(-1, 1, 14, dtype=np.float32), requires_grad=True) * 3
    assert repr(c) == ("tensor([-3.0000, -2.5385, -2.0769, -1.6154, -1.1538, -0.6923, -0.2308,  0.2308,\n"
                       "         0.6923,  1.1538,  1.6154,  2.0769,  2.5385,  3.0000],\n"
                       "       grad_fn=<MulBackward0>)")
    assert repr(yg.tensor([1e-5, 1.0])) == "tensor([1.0000e-05, 1.0000e+00])"
    assert repr(yg.tensor([[]])) == "tensor([], size=(1, 0))"
    assert repr(yg.tensor([], dtype=yg.int64)) == "tensor([], dtype=yamlgrad.int64)"


def test_out_argument_writes_into_the_given_tensor_like_torch():
    t = yg.tensor(np.arange(12.0).reshape(3, 4), dtype=yg.float32)
    y3 = yg.empty((3, 3))
    assert yg.matmul(t, t.T, out=y3) is y3
    np.testing.assert_allclose(y3.numpy(), t.numpy() @ t.numpy().T)
    z3 = yg.empty((3, 4))
    view = z3[0]
    assert yg.mul(t, t, out=z3) is z3 and z3.tolist() == (t * t).tolist()
    assert view.tolist() == [0.0, 1.0, 4.0, 9.0]  # written in place: views see it
    resized = yg.empty(0)
    yg.add(t, 1, out=resized)
    assert resized.shape == (3, 4)
    with pytest.warns(UserWarning, match="was resized"):
        yg.exp(t, out=yg.zeros(2))
    with pytest.raises(RuntimeError, match="can't be cast to the desired output type Long"):
        yg.mul(t, 1.5, out=yg.zeros((3, 4), dtype=yg.int64))


def test_small_integer_and_bool_inputs_give_float32_like_torch():
    # NumPy gives float16 for uint8/int8/bool inputs to float functions; torch its default float32
    assert yg.tensor(np.array([1, 2], np.uint8)).exp().dtype == yg.float32
    assert (yg.tensor(np.array([1, 2], np.int8)) / 2).dtype == yg.float32
    assert yg.tensor([True, False]).sin().dtype == yg.float32
    half = yg.tensor(np.array([1.0, 2.0], np.float16))
    assert half.exp().dtype == yg.float16 and (half + yg.tensor(np.array([1], np.uint8))).dtype == yg.float16
    with pytest.raises(ValueError, match="only one element tensors"):
        float(yg.ones(2))


def test_shapes_that_do_not_broadcast_raise_torchs_runtime_error():
    # messages as torch 2.13 prints them
    cases = [((3,), (4,), 3, 4, 0), ((2, 3), (3, 2), 3, 2, 1), ((5, 1, 3), (2, 4), 3, 4, 2)]
    for sa, sb, n, m, d in cases:
        with pytest.raises(RuntimeError, match=rf"The size of tensor a \({n}\) must match the size of tensor b "
                                               rf"\({m}\) at non-singleton dimension {d}$"):
            yg.ones(sa) * yg.ones(sb)
    with pytest.raises(RuntimeError, match="non-singleton dimension 0"):
        yg.where(yg.ones(3) > 0, yg.ones(4), yg.ones(3))

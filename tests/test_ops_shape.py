"""Shape and indexing ops: getitem with boolean masks and mixed integer-array/slice indices, views vs
copies, nn.functional.pad's modes, gather/scatter_add/index_select and the in-place variants, all
checked against NumPy reference values and gradients."""
import numpy as np
import pytest

import yamlgrad as yg
import yamlgrad.nn.functional as F
from yamlgrad.autograd import gradcheck, gradgradcheck

RNG = np.random.default_rng(1234)
A = RNG.standard_normal((3, 4, 5))
MASK_2D = np.array([[True, False, True, False], [False, False, True, True], [True, True, False, False]])


def f64(values, requires_grad=True):
    return yg.tensor(np.array(values, dtype=np.float64), requires_grad=requires_grad)


def reference_grad(shape, np_index, upstream):
    """Gradient of sum(upstream * a[np_index]) with respect to a: scatter-add (repeated indices add up)."""
    out = np.zeros(shape)
    np.add.at(out, np_index, upstream)
    return out


# (yamlgrad index, the same index for NumPy)
BOOL_INDICES = {
    "tensor mask, all dims": (yg.tensor(A > 0), A > 0),
    "numpy mask, leading two dims": (MASK_2D, MASK_2D),
    "tensor mask, leading two dims": (yg.tensor(MASK_2D), MASK_2D),
    "list of bools": ([True, False, True], [True, False, True]),
    "slice then 1-d mask": ((slice(None), yg.tensor(np.array([True, False, True, True]))),
                            (slice(None), np.array([True, False, True, True]))),
    "ellipsis then mask": ((Ellipsis, np.array([False, True, True, False, True])),
                           (Ellipsis, np.array([False, True, True, False, True]))),
    "mask with an int array": ((np.array([True, False, True]), [0, 3]), (np.array([True, False, True]), [0, 3])),
    "mask, slice, int": ((np.array([True, True, False]), slice(1, 3), 4), (np.array([True, True, False]), slice(1, 3), 4)),
    "all-false mask": ((np.zeros(3, dtype=bool),), (np.zeros(3, dtype=bool),)),
    "scalar True": (True, True),
    "scalar False": (False, False),
}

MIXED_INDICES = {
    "int list then slice": (([0, 2, 2], slice(1, None)), ([0, 2, 2], slice(1, None))),
    "slice then int list": ((slice(None), [3, 0, 3]), (slice(None), [3, 0, 3])),
    "int arrays around a slice": (([0, 1], slice(None), [4, 4]), ([0, 1], slice(None), [4, 4])),
    "2-d int tensor then step slice": ((yg.tensor(np.array([[0, 1], [2, 2]])), slice(None, None, 2)),
                                       (np.array([[0, 1], [2, 2]]), slice(None, None, 2))),
    "ellipsis then int list": ((Ellipsis, [1, 1, 0]), (Ellipsis, [1, 1, 0])),
    "None, int list, slice": ((None, [2, 0], slice(0, 3)), (None, [2, 0], slice(0, 3))),
    "negative int array and int": (([-1, 0, -1], 2), ([-1, 0, -1], 2)),
    "slice, int tensor, negative step": ((slice(None, None, -1), yg.tensor(np.array([2, 2, 1])), slice(4, 0, -2)),
                                         (slice(None, None, -1), np.array([2, 2, 1]), slice(4, 0, -2))),
    "broadcast int arrays and slice": ((np.array([[0], [2]]), slice(1, 3), np.array([1, 4, 0])),
                                       (np.array([[0], [2]]), slice(1, 3), np.array([1, 4, 0]))),
}


@pytest.mark.parametrize("case", list(BOOL_INDICES) + list(MIXED_INDICES))
def test_getitem_matches_numpy_values_and_gradients(case):
    yg_index, np_index = {**BOOL_INDICES, **MIXED_INDICES}[case]
    x = f64(A)
    y = x[yg_index]
    expected = A[np_index]
    assert y.shape == expected.shape
    np.testing.assert_array_equal(y.detach().numpy(), expected)
    upstream = RNG.standard_normal(expected.shape)
    (y * f64(upstream, requires_grad=False)).sum().backward()
    np.testing.assert_allclose(x.grad.numpy(), reference_grad(A.shape, np_index, upstream), rtol=0, atol=1e-15)


@pytest.mark.parametrize("case", ["tensor mask, leading two dims", "mask with an int array", "scalar True"])
def test_getitem_bool_mask_second_order(case):
    yg_index, _ = BOOL_INDICES[case]
    assert gradcheck(lambda t: t[yg_index], (f64(A),))
    assert gradgradcheck(lambda t: t[yg_index] * t[yg_index], (f64(A),))


@pytest.mark.parametrize("case", ["int arrays around a slice", "negative int array and int", "broadcast int arrays and slice"])
def test_getitem_mixed_index_second_order(case):
    yg_index, _ = MIXED_INDICES[case]
    assert gradcheck(lambda t: t[yg_index], (f64(A),))
    assert gradgradcheck(lambda t: (t[yg_index] ** 2).sum(), (f64(A),))


def test_getitem_repeated_int_index_accumulates_second_order_through_the_gradient():
    x = f64([1.0, 2.0, 3.0])
    y = x[[0, 0, 2, 0]]
    (g,) = yg.autograd.grad((y ** 3).sum(), (x,), create_graph=True)
    np.testing.assert_allclose(g.detach().numpy(), [9.0, 0.0, 27.0])
    g.sum().backward()
    np.testing.assert_allclose(x.grad.numpy(), [18.0, 0.0, 18.0])


def test_getitem_bool_mask_shape_mismatch_raises_index_error():
    with pytest.raises(IndexError):
        f64(A)[np.array([True, False])]


# ---- views share memory and version counters; the other ops copy ---------------------------------
X = np.arange(24.0).reshape(2, 3, 4)

VIEW_OPS = {
    "movedim": lambda x: x.movedim(0, 2),
    "moveaxis": lambda x: yg.moveaxis(x, (0, 1), (2, 0)),
    "swapaxes": lambda x: x.swapaxes(0, 1),
    "swapdims": lambda x: yg.swapdims(x, -1, 1),
    "broadcast_to": lambda x: x.broadcast_to(5, 2, 3, 4),
    "expand_as": lambda x: x.expand_as(yg.zeros(2, 2, 3, 4)),
    "view_as": lambda x: x.view_as(yg.zeros(6, 4)),
    "reshape_as": lambda x: x.reshape_as(yg.zeros(24)),
    "narrow": lambda x: x.narrow(1, -2, 2),
    "select": lambda x: x.select(2, 1),
    "select to 0-d": lambda x: x[0, 0].select(0, 3),
}

COPY_OPS = {
    "repeat": lambda x: x.repeat(1, 1, 1),
    "tile": lambda x: x.tile(()),
    "flip": lambda x: x.flip(0),
    "flip no dims": lambda x: x.flip([]),
    "roll": lambda x: x.roll(0),
    "gather": lambda x: x.gather(0, yg.tensor(np.zeros((2, 3, 4), dtype=np.int64))),
    "index_select": lambda x: x.index_select(0, yg.tensor([0, 1])),
    "scatter_add": lambda x: x.scatter_add(0, yg.tensor(np.zeros((1, 1, 1), dtype=np.int64)), x),
    "masked_fill": lambda x: x.masked_fill(yg.tensor(np.zeros(4, dtype=bool)), 1.0),
    "constant_pad_nd": lambda x: yg.constant_pad_nd(x, [0, 0]),
    "pad reflect": lambda x: F.pad(x, (0, 0), mode="reflect"),
}


@pytest.mark.parametrize("name", list(VIEW_OPS))
def test_view_ops_share_memory_and_version(name):
    x = yg.tensor(X.copy())
    y = VIEW_OPS[name](x)
    assert np.shares_memory(y._data, x._data)
    before = y._version_count
    x.add_(1)
    assert y._version_count == before + 1


@pytest.mark.parametrize("name", list(COPY_OPS))
def test_copying_ops_do_not_share_memory(name):
    x = yg.tensor(X.copy())
    y = COPY_OPS[name](x)
    assert not np.shares_memory(y._data, x._data)


def test_writes_through_a_narrow_or_select_view_reach_the_base():
    x = yg.tensor(X.copy())
    x.narrow(2, 1, 2).fill_(-1.0)
    x.select(0, 1).masked_fill_(yg.tensor(np.eye(3, 4, dtype=bool)), 7.0)
    expected = X.copy()
    expected[:, :, 1:3] = -1.0
    expected[1][np.eye(3, 4, dtype=bool)] = 7.0
    np.testing.assert_array_equal(x.numpy(), expected)


# ---- nn.functional.pad -----------------------------------------------------------------------------
NP_MODES = {"reflect": "reflect", "replicate": "edge", "circular": "wrap"}


@pytest.mark.parametrize("mode", list(NP_MODES))
@pytest.mark.parametrize("shape,pad", [((2, 5), (2, 1)), ((2, 3, 4), (1, 2)), ((1, 3, 4), (1, 1, 2, 0)),
                                       ((2, 1, 3, 4), (0, 3, 1, 2)), ((1, 2, 3, 3, 4), (1, 0, 2, 2, 1, 1))])
def test_pad_modes_match_numpy_pad(mode, shape, pad):
    if mode == "reflect" and any(p >= n for p, n in zip(pad, np.repeat(shape[::-1], 2))):
        pytest.skip("reflect needs pads smaller than the dim")
    a = RNG.standard_normal(shape)
    widths = [(0, 0)] * (len(shape) - len(pad) // 2) + [tuple(pad[i:i + 2]) for i in range(0, len(pad), 2)][::-1]
    expected = np.pad(a, widths, mode=NP_MODES[mode])
    x = f64(a)
    y = F.pad(x, pad, mode=mode)
    np.testing.assert_array_equal(y.detach().numpy(), expected)
    # the gradient scatters back: each input element collects the upstream of every copy of it
    upstream = RNG.standard_normal(expected.shape)
    (y * f64(upstream, requires_grad=False)).sum().backward()
    positions = np.pad(np.arange(a.size).reshape(shape), widths, mode=NP_MODES[mode])
    np.testing.assert_allclose(x.grad.numpy().ravel(), np.bincount(positions.ravel(), upstream.ravel(), a.size),
                               rtol=1e-12, atol=1e-12)
    assert gradgradcheck(lambda t: F.pad(t, pad, mode=mode) ** 2, (f64(a),))


def test_pad_constant_with_value_and_negative_pads():
    a = RNG.standard_normal((2, 3, 4))
    y = F.pad(f64(a, requires_grad=False), (1, 0, -1, 2), value=1.5)
    expected = np.pad(a[:, 1:, :], [(0, 0), (0, 2), (1, 0)], constant_values=1.5)
    np.testing.assert_array_equal(y.numpy(), expected)
    assert gradcheck(lambda t: F.pad(t, (1, 0, -1, 2), value=1.5), (f64(a),))
    assert gradgradcheck(lambda t: F.pad(t, (-1, 1)) ** 2, (f64(a),))


@pytest.mark.parametrize("call,error,match", [
    (lambda x: F.pad(x, (1,)), RuntimeError, "Padding length must be divisible by 2"),
    (lambda x: F.pad(x, (1,) * 8), RuntimeError, "Padding length should be less than or equal to two times"),
    (lambda x: F.pad(x, (1, 1), mode="bogus"), NotImplementedError, "Unrecognised padding mode bogus"),
    (lambda x: F.pad(x, (1, 1), mode="reflect", value=2.0), RuntimeError, "doesn't take in value argument"),
    (lambda x: F.pad(x, (4, 0), mode="reflect"), RuntimeError, "Padding size should be less than"),
    (lambda x: F.pad(x, (5, 0), mode="circular"), RuntimeError, "wrapping around more than once"),
    (lambda x: F.pad(x[0, 0], (1, 1), mode="replicate"), NotImplementedError, "Padding size 2 is not supported for 1D"),
    (lambda x: yg.constant_pad_nd(x, (-3, -2)), RuntimeError, "length must be non-negative"),
])
def test_pad_errors(call, error, match):
    with pytest.raises(error, match=match):
        call(yg.tensor(X.copy()))


# ---- gather / scatter_add / index_select against NumPy ---------------------------------------------
def test_gather_values_and_gradient_with_repeated_indices():
    a = RNG.standard_normal((3, 4))
    index = np.array([[0, 0, 3], [1, 2, 1]])  # smaller than self in dim 0, repeats along dim 1
    x = f64(a)
    y = x.gather(1, yg.tensor(index))
    expected = np.take_along_axis(a[:2], index, axis=1)
    np.testing.assert_array_equal(y.detach().numpy(), expected)
    upstream = RNG.standard_normal(index.shape)
    (y * f64(upstream, requires_grad=False)).sum().backward()
    rows = np.broadcast_to(np.arange(2)[:, None], index.shape)
    np.testing.assert_allclose(x.grad.numpy(), reference_grad(a.shape, (rows, index), upstream), atol=1e-15)


def test_scatter_add_values_and_gradients_with_src_larger_than_index():
    a, src = RNG.standard_normal((3, 4)), RNG.standard_normal((4, 3))
    index = np.array([[2, 0], [2, 2], [1, 0]])
    x, s = f64(a), f64(src)
    y = yg.scatter_add(x, 0, yg.tensor(index), s)
    expected = a.copy()
    cols = np.broadcast_to(np.arange(2), index.shape)
    np.add.at(expected, (index, cols), src[:3, :2])
    np.testing.assert_allclose(y.detach().numpy(), expected, atol=1e-15)
    upstream = RNG.standard_normal(a.shape)
    (y * f64(upstream, requires_grad=False)).sum().backward()
    np.testing.assert_array_equal(x.grad.numpy(), upstream)
    src_grad = np.zeros_like(src)
    src_grad[:3, :2] = upstream[index, cols]
    np.testing.assert_array_equal(s.grad.numpy(), src_grad)


def test_index_select_gradient_accumulates_repeats():
    a = RNG.standard_normal((2, 5))
    index = np.array([4, 0, 4, 4])
    x = f64(a)
    y = yg.index_select(x, -1, yg.tensor(index))
    np.testing.assert_array_equal(y.detach().numpy(), a[:, index])
    y.sum().backward()
    np.testing.assert_array_equal(x.grad.numpy(), np.tile([1.0, 0.0, 0.0, 0.0, 3.0], (2, 1)))


def test_inplace_scatter_add_and_masked_fill_record_the_graph():
    x, src, value = f64(RNG.standard_normal((2, 3))), f64(RNG.standard_normal((2, 2))), f64(0.5)
    y = x * 2
    y.scatter_add_(1, yg.tensor([[0, 0], [2, 1]]), src)
    y.masked_fill_(yg.tensor([True, False, False]), value)
    assert y.grad_fn.name() == "MaskedFillBackward0"
    y.sum().backward()
    np.testing.assert_array_equal(x.grad.numpy(), [[0.0, 2.0, 2.0], [0.0, 2.0, 2.0]])
    np.testing.assert_array_equal(src.grad.numpy(), [[0.0, 0.0], [1.0, 1.0]])
    assert value.grad.item() == 2.0


def test_masked_fill_keeps_the_dtype_of_self():
    ints = yg.tensor([1, 2, 3])
    assert ints.masked_fill(yg.tensor([True, False, True]), 2.7).tolist() == [2, 2, 2]
    assert ints.masked_fill(yg.tensor([True, False, True]), 2.7).dtype == yg.int64
    x32 = yg.tensor([1.0, 2.0])
    assert x32.masked_fill(yg.tensor([True, False]), yg.tensor(3.0, dtype=yg.float64)).dtype == yg.float32
    with pytest.raises(RuntimeError, match="only supports boolean masks"):
        x32.masked_fill(yg.tensor([1, 0]), 1.0)
    with pytest.raises(RuntimeError, match="only supports a 0-dimensional value tensor"):
        x32.masked_fill(yg.tensor([True, False]), yg.tensor([1.0]))


@pytest.mark.parametrize("call,error,match", [
    (lambda x: x.movedim((0, 0), (1, 0)), RuntimeError, "repeated dim in `source`"),
    (lambda x: x.flip(0, 0), RuntimeError, "appears multiple times"),
    (lambda x: x.roll((1, 2)), RuntimeError, "shifts and dimensions must align"),
    (lambda x: x.repeat(2, 2), RuntimeError, "can not be smaller than number of dimensions"),
    (lambda x: x.narrow(1, 2, 2), RuntimeError, r"start \(2\) \+ length \(2\) exceeds dimension size \(3\)"),
    (lambda x: x.select(1, 3), IndexError, "index 3 out of range"),
    (lambda x: x.swapaxes(0, 3), IndexError, "Dimension out of range"),
    (lambda x: x.gather(1, yg.tensor([[[3]]])), RuntimeError, "index 3 is out of bounds for dimension 1 with size 3"),
    (lambda x: x.index_select(0, yg.tensor([[0]])), IndexError, "Index is supposed to be a vector"),
    (lambda x: x.scatter_add(0, yg.tensor([[[0]]]), x.double()), RuntimeError, "Expected self.dtype to be equal"),
    (lambda x: x.broadcast_to(3, 3, 4), RuntimeError, "must match the existing size"),
])
def test_errors_read_like_torch(call, error, match):
    with pytest.raises(error, match=match):
        call(yg.tensor(X.astype(np.float32)))

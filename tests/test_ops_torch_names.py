"""torch's calling surface over the registry: the `input=` keyword, torch's aliases and keywords (dtype=,
decimals=, rounding_mode=), the operators `//` `+x` `^`, and the functions and methods composed from
registry ops in runtime/api/composed.py. The expected numbers are torch 2.x's outputs for the same calls.
"""
import inspect
import math

import numpy as np
import pytest

import yamlgrad as yg

NAN = float("nan")


def _t(values, dtype=np.float32, requires_grad=False):
    return yg.tensor(np.asarray(values, dtype=dtype), requires_grad=requires_grad)


def _eq(t, expected, dtype=None):
    assert isinstance(t, yg.Tensor)
    np.testing.assert_allclose(t.detach().numpy(), np.asarray(expected, dtype=np.float64), rtol=1e-6, atol=1e-6)
    if dtype is not None:
        assert t.dtype == dtype, t.dtype


# ---- input= -------------------------------------------------------------------------------------
def test_functions_take_torchs_input_keyword():
    x = _t([[1.0, 2.0], [3.0, 4.0]])
    _eq(yg.sum(input=x, dim=1), [3.0, 7.0])
    _eq(yg.add(input=x, other=x, alpha=2), [[3.0, 6.0], [9.0, 12.0]])
    _eq(yg.softmax(input=x, dim=0), [[0.11920292, 0.11920292], [0.88079708, 0.88079708]])
    _eq(yg.pow(input=x, exponent=2), [[1.0, 4.0], [9.0, 16.0]])
    _eq(yg.where(condition=x > 2, input=x, other=-x), [[-1.0, -2.0], [3.0, 4.0]])
    _eq(yg.multiply(input=x, other=2), [[2.0, 4.0], [6.0, 8.0]])
    assert list(inspect.signature(yg.mean).parameters)[:2] == ["input", "dim"]
    _eq(yg.sum(x, 0), [4.0, 6.0])  # positional calls are unchanged
    with pytest.raises(TypeError):
        yg.sum(x, input=x)


# ---- new keywords ---------------------------------------------------------------------------------
def test_sum_mean_softmax_dtype_keyword():
    x = _t([[1.0, 2.0], [3.0, 4.0]], requires_grad=True)
    s = x.sum(dtype=yg.float64)
    assert s.dtype == yg.float64 and s.item() == 10.0
    s.backward()
    assert x.grad.dtype == yg.float32
    _eq(x.grad, [[1.0, 1.0], [1.0, 1.0]])
    _eq(yg.sum(_t([1, 2, 3], np.int64), dtype=yg.float32), 6.0, yg.float32)
    _eq(yg.mean(_t([1, 2, 4], np.int64), dtype=yg.float64), 7.0 / 3.0, yg.float64)
    _eq(yg.softmax(x, 1, dtype=yg.float64), [[0.26894142, 0.73105858], [0.26894142, 0.73105858]], yg.float64)
    _eq(x.log_softmax(dim=0, dtype=yg.float64), [[-2.12692801, -2.12692801], [-0.12692801, -0.12692801]],
        yg.float64)


def test_sum_of_unsigned_and_bool_is_int64():
    _eq(yg.sum(_t([1, 2, 250], np.uint8)), 253, yg.int64)
    _eq(_t([True, True, False], bool).sum(), 2, yg.int64)
    _eq(yg.nansum(_t([1, 2, 250], np.uint8)), 253, yg.int64)


def test_mean_of_integers_raises_like_torch():
    with pytest.raises(RuntimeError, match="mean\\(\\): could not infer output dtype"):
        _t([1, 2], np.int64).mean()


def test_reduction_dims_listed_twice_raise():
    x = _t(np.zeros((2, 3)))
    with pytest.raises(RuntimeError, match="dim 1 appears multiple times"):
        x.sum((1, -1))
    with pytest.raises(IndexError, match="Dimension out of range"):
        x.sum((0, 1, 5))


def test_round_decimals():
    _eq(yg.round(_t([1.2345, -2.5551, 0.125]), decimals=2), [1.23, -2.56, 0.12])
    _eq(_t([1234.5, -1250.0]).round(decimals=-2), [1200.0, -1200.0])


def test_div_rounding_mode_and_floor_divide():
    a = _t([-7.0, 7.0, -7.5, 6.5], requires_grad=True)
    _eq(yg.div(a, 2, rounding_mode="trunc"), [-3.0, 3.0, -3.0, 3.0])
    floor = a.div(2, rounding_mode="floor")
    _eq(floor, [-4.0, 3.0, -4.0, 3.0])
    floor.sum().backward()
    _eq(a.grad, [0.0, 0.0, 0.0, 0.0])
    _eq(a // 2, [-4.0, 3.0, -4.0, 3.0])
    _eq(7.0 // _t([2.0, -2.0]), [3.0, -4.0])
    ints, divs = _t([-7, 7, -6], np.int64), _t([2, -2, 4], np.int64)
    _eq(yg.div(ints, divs, rounding_mode="trunc"), [-3, -3, -1], yg.int64)
    _eq(ints // divs, [-4, -4, -2], yg.int64)
    _eq(yg.floor_divide(ints, 2), [-4, 3, -3], yg.int64)
    y = ints.clone()
    y //= 2
    _eq(y, [-4, 3, -3], yg.int64)
    with pytest.raises(RuntimeError, match="rounding_mode"):
        yg.div(a, 2, rounding_mode="round")


def test_unary_plus_and_xor_operators():
    x = _t([1.0, -2.0], requires_grad=True)
    y = +x
    _eq(y, [1.0, -2.0])
    y.sum().backward()
    _eq(x.grad, [1.0, 1.0])
    _eq(_t([True, False, True], bool) ^ _t([True, True, False], bool), [False, True, True])
    _eq(_t([5, 3], np.int64) ^ 1, [4, 2], yg.int64)


# ---- new registry ops -------------------------------------------------------------------------------
def test_logical_and_floating_point_class_ops():
    a, b = _t([True, False, True], bool), _t([1.0, 0.0, 0.0])
    _eq(yg.logical_and(a, b), [True, False, False])
    _eq(a.logical_or(b), [True, False, True])
    _eq(yg.logical_xor(a, b), [False, False, True])
    _eq(yg.logical_not(b), [False, True, True])
    v = _t([NAN, math.inf, -math.inf, -0.0, 1.0])
    _eq(yg.isnan(v), [True, False, False, False, False])
    _eq(v.isinf(), [False, True, True, False, False])
    _eq(yg.isposinf(v), [False, True, False, False, False])
    _eq(yg.isneginf(v), [False, False, True, False, False])
    _eq(yg.signbit(v), [False, False, True, True, False])


def test_all_any_count_nonzero_argsort():
    m = _t([[True, False], [True, True]], bool)
    _eq(yg.all(m, 1), [False, True])
    assert m.all().dtype == yg.bool and not m.all().item()
    _eq(yg.any(m, dim=0, keepdim=True), [[True, True]])
    assert m.any().item()
    _eq(_t([1, 0], np.uint8).all(), 0, yg.uint8)
    _eq(yg.count_nonzero(_t([[0, 1], [2, 0]], np.int64), dim=0), [1, 1], yg.int64)
    _eq(yg.argsort(_t([3.0, 1.0, 2.0]), descending=True), [0, 2, 1], yg.int64)


def test_nansum_nanmean_values_and_gradients():
    data = [[1.0, NAN, 3.0], [4.0, 5.0, NAN]]
    x = _t(data, requires_grad=True)
    s = yg.nansum(x, 0)
    _eq(s, [5.0, 5.0, 3.0])
    s.sum().backward()
    _eq(x.grad, [[1.0, 0.0, 1.0], [1.0, 1.0, 0.0]])
    x = _t(data, requires_grad=True)
    m = yg.nanmean(x, 1)
    _eq(m, [2.0, 4.5], yg.float32)
    m.sum().backward()
    _eq(x.grad, [[0.5, 0.0, 0.5], [0.5, 0.5, 0.0]])


def test_fmax_fmin_copysign():
    a = _t([1.0, NAN, -2.0], requires_grad=True)
    b = _t([NAN, 3.0, -2.0], requires_grad=True)
    y = yg.fmax(a, b)
    _eq(y, [1.0, 3.0, -2.0])
    y.sum().backward()
    _eq(a.grad, [1.0, 0.0, 1.0])
    _eq(b.grad, [0.0, 1.0, 0.0])
    _eq(yg.fmin(_t([1.0, NAN]), _t([0.0, 2.0])), [0.0, 2.0])
    a = _t([1.0, -2.0, 0.0, 3.0], requires_grad=True)
    y = yg.copysign(a, _t([-1.0, -1.0, -1.0, 1.0]))
    _eq(y, [-1.0, -2.0, -0.0, 3.0])
    y.sum().backward()
    _eq(a.grad, [-1.0, 1.0, 0.0, 1.0])


def test_scatter_tensor_and_value():
    _eq(yg.zeros(3, 4).scatter(1, _t([[2], [0], [3]], np.int64), 1.5),
        [[0, 0, 1.5, 0], [1.5, 0, 0, 0], [0, 0, 0, 1.5]])
    x = _t([[1.0, 2.0], [3.0, 4.0]], requires_grad=True)
    src = _t([[10.0, 20.0]], requires_grad=True)
    y = x.scatter(0, _t([[1, 0]], np.int64), src)
    _eq(y, [[1.0, 20.0], [10.0, 4.0]])
    (y * _t([[1.0, 2.0], [3.0, 4.0]])).sum().backward()
    _eq(x.grad, [[1.0, 0.0], [0.0, 4.0]])
    _eq(src.grad, [[3.0, 2.0]])
    z = yg.zeros(2)
    z.scatter_(0, _t([1], np.int64), _t([5.0]))
    _eq(z, [0.0, 5.0])


# ---- aliases and composed functions -------------------------------------------------------------------
def test_aliases_are_the_registry_ops():
    x, y = _t([1.0, 2.0]), _t([2.0, 2.0])
    for alias, op in [("multiply", "mul"), ("subtract", "sub"), ("true_divide", "div"), ("greater", "gt"),
                      ("less_equal", "le"), ("not_equal", "ne")]:
        _eq(getattr(yg, alias)(x, y), getattr(yg, op)(x, y).numpy())
        _eq(getattr(x, alias)(y), getattr(x, op)(y).numpy())
    _eq(yg.concat([x, y]), [1.0, 2.0, 2.0, 2.0])
    _eq(yg.clamp_min(x, 1.5), [1.5, 2.0])
    _eq(x.clamp_max(1.5), [1.0, 1.5])


def test_where_with_condition_only_and_nonzero():
    c = _t([[0.0, 1.0], [2.0, 0.0]])
    rows, cols = yg.where(c)
    _eq(rows, [0, 1], yg.int64)
    _eq(cols, [1, 0], yg.int64)
    _eq(yg.nonzero(c), [[0, 1], [1, 0]], yg.int64)
    _eq(c.nonzero(as_tuple=True)[1], [1, 0])
    _eq(_t([1.0, 2.0]).where(_t([True, False], bool), 0.0), [1.0, 0.0])


def test_median_kthvalue_cummax_cummin_logcumsumexp():
    x = _t([[1.0, 5.0, 2.0], [3.0, 0.0, 4.0]], requires_grad=True)
    m = yg.median(x, 1)
    _eq(m.values, [2.0, 3.0])
    _eq(m.indices, [2, 0], yg.int64)
    m.values.sum().backward()
    _eq(x.grad, [[0, 0, 1], [1, 0, 0]])
    _eq(yg.median(_t([3.0, 1.0, 2.0, 4.0])), 2.0)
    ties = _t([1.0, 1.0, 0.0, 2.0], requires_grad=True)
    yg.median(ties).backward()  # torch shares the gradient between the tied medians
    _eq(ties.grad, [0.5, 0.5, 0.0, 0.0])
    _eq(yg.median(_t([3, 1, 2], np.int64)), 2, yg.int64)
    _eq(yg.kthvalue(_t([3.0, 1.0, 2.0]), 2).values, 2.0)
    c = yg.cummax(_t([1.0, 3.0, 2.0, 3.0, 0.0, 5.0]), 0)
    _eq(c.values, [1, 3, 3, 3, 3, 5])
    _eq(c.indices, [0, 1, 1, 3, 3, 5], yg.int64)
    c = yg.cummin(_t([[2.0, 1.0], [1.0, 3.0], [0.0, 3.0]]), 0)
    _eq(c.indices, [[0, 0], [1, 0], [2, 0]])
    _eq(yg.logcumsumexp(_t([0.0, 1.0, 2.0]), 0), [0.0, 1.31326169, 2.40760596])


def test_shape_composites():
    parts = yg.tensor_split(yg.arange(7), 3)
    assert [p.tolist() for p in parts] == [[0, 1, 2], [3, 4], [5, 6]]
    assert [p.tolist() for p in yg.tensor_split(yg.arange(7), [1, 5])] == [[0], [1, 2, 3, 4], [5, 6]]
    _eq(yg.kron(_t([[1.0, 2.0], [3.0, 4.0]]), _t([[0.0, 1.0], [1.0, 0.0]])),
        [[0, 1, 0, 2], [1, 0, 2, 0], [0, 3, 0, 4], [3, 0, 4, 0]])
    _eq(yg.kron(_t([1.0, 2.0]), _t([[1.0, 1.0]])), [[1, 1, 2, 2]])
    _eq(yg.cross(_t([[1.0, 0, 0], [0, 1, 0]]), _t([[0.0, 1, 0], [0, 0, 1]]), dim=1), [[0, 0, 1], [1, 0, 0]])
    _eq(yg.tensordot(yg.arange(6.0).reshape(2, 3), yg.arange(12.0).reshape(3, 4), dims=1),
        [[20, 23, 26, 29], [56, 68, 80, 92]])
    _eq(yg.repeat_interleave(_t([[1, 2], [3, 4]], np.int64), 2, dim=0), [[1, 2], [1, 2], [3, 4], [3, 4]])
    _eq(_t([1, 2, 3], np.int64).repeat_interleave(_t([1, 0, 2], np.int64)), [1, 3, 3])
    _eq(yg.index_add(yg.zeros(3, 2), 0, _t([0, 2, 0], np.int64), yg.ones(3, 2)), [[2, 2], [0, 0], [1, 1]])
    _eq(yg.diff(_t([1.0, 4.0, 9.0, 16.0])), [3, 5, 7])
    _eq(yg.diff(_t([1.0, 4.0, 9.0, 16.0]), n=2), [2, 2])
    _eq(yg.rot90(yg.arange(6).reshape(2, 3)), [[2, 5], [1, 4], [0, 3]])
    _eq(yg.vstack([_t([1.0, 2.0]), _t([3.0, 4.0])]), [[1, 2], [3, 4]])
    _eq(yg.hstack([_t([1.0, 2.0]), _t([3.0])]), [1, 2, 3])
    a, b = yg.broadcast_tensors(_t([[1.0], [2.0]]), _t([3.0, 4.0, 5.0]))
    assert a.shape == b.shape == (2, 3)
    _eq(yg.searchsorted(_t([1, 3, 5, 7], np.int64), _t([3, 6, 9], np.int64)), [1, 3, 4], yg.int64)
    _eq(yg.bucketize(_t([3, 6, 9], np.int64), _t([1, 3, 5, 7], np.int64), right=True), [2, 3, 4])
    _eq(yg.masked_select(_t([[1.0, 2.0], [3.0, 4.0]]), _t([True, False], bool)), [1.0, 3.0])
    _eq(yg.take(_t([[1.0, 2.0], [3.0, 4.0]]), _t([3, -4], np.int64)), [4.0, 1.0])


def test_linalg_composites():
    a = _t([[4.0, 1.0], [1.0, 3.0]], np.float64, requires_grad=True)
    _eq(yg.linalg.norm(a), math.sqrt(27.0))
    _eq(yg.linalg.norm(a, 1, dim=1), [5.0, 4.0])
    _eq(yg.linalg.matrix_power(a, 2), [[17.0, 7.0], [7.0, 10.0]])
    _eq(yg.linalg.matrix_power(a, 0), [[1.0, 0.0], [0.0, 1.0]])
    _eq(yg.logdet(a), math.log(11.0))
    _eq(yg.linalg.eigvalsh(a), [(7 - math.sqrt(5)) / 2, (7 + math.sqrt(5)) / 2])
    _eq(yg.linalg.matrix_rank(_t([[1.0, 2.0], [2.0, 4.0]], np.float64)), 1, yg.int64)
    u, s, v = yg.svd(a)
    _eq(u @ yg.diag(s) @ v.mT, a.detach().numpy())
    logdet = yg.logdet(a)
    logdet.backward()
    _eq(a.grad, np.linalg.inv([[4.0, 1.0], [1.0, 3.0]]).T)


def test_tensor_metadata_and_constructors():
    x = _t([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]], np.float64)
    assert x.ndimension() == 2 and x.is_contiguous() and x.stride() == (3, 1) and x.stride(0) == 3
    assert x.itemsize == 8 and x.nbytes == 48 and x.is_cuda is False
    assert x.type_as(_t([1], np.int32)).dtype == yg.int32
    assert x.new_zeros(3).dtype == yg.float64 and x.new_ones((2, 2)).tolist() == [[1.0, 1.0], [1.0, 1.0]]
    assert x.new_full((2,), 7.0).tolist() == [7.0, 7.0] and x.new_tensor([1, 2]).dtype == yg.float64
    assert x.ravel().shape == (6,) and x.unflatten(1, (3, 1)).shape == (2, 3, 1)
    assert yg.is_tensor(x) and yg.numel(x) == 6 and yg.get_default_dtype() == yg.float32
    assert yg.equal(x, x.clone()) and yg.allclose(x, x + 1e-9) and not yg.equal(x, x[:1])
    assert yg.finfo(yg.float32).eps == 2.0 ** -23 and yg.iinfo(yg.int32).max == 2 ** 31 - 1
    assert yg.empty_like(x).shape == (2, 3)


def test_factory_keywords_and_argument_checks():
    assert yg.zeros(size=(2, 3)).shape == (2, 3) and yg.ones(size=[4]).shape == (4,)
    assert yg.arange(end=4).tolist() == [0, 1, 2, 3]
    assert yg.randint(5, (2, 3)).shape == (2, 3) and yg.randint(5, (2, 3)).dtype == yg.int64
    assert sorted(yg.randperm(5).tolist()) == [0, 1, 2, 3, 4]
    with pytest.raises(RuntimeError, match="step must be nonzero"):
        yg.arange(0, 5, 0)
    with pytest.raises(RuntimeError, match="inconsistent with step sign"):
        yg.arange(5, 0)
    with pytest.raises(TypeError, match="unexpected keyword argument 'shape'"):
        yg.zeros(2, shape=(3,))


def test_keywords_torch_names_differently():
    x = _t([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]])
    assert [p.shape for p in yg.split(tensor=x, split_size_or_sections=[1, 2], dim=1)] == [(2, 1), (2, 2)]
    assert [p.shape for p in x.split(split_size=1, dim=0)] == [(1, 3), (1, 3)]
    assert x.view(size=(3, 2)).shape == (3, 2) and x.view(6).shape == (6,)
    _eq(yg.polygamma(n=1, input=_t([1.0])), [math.pi ** 2 / 6])
    _eq(yg.max(x, other=_t([2.0, 2.0, 2.0])), [[2.0, 2.0, 3.0], [4.0, 5.0, 6.0]])
    _eq(yg.min(input=x, other=_t([2.0, 2.0, 2.0])), [[1.0, 2.0, 2.0], [2.0, 2.0, 2.0]])
    _eq(yg.scatter(input=yg.zeros(3), dim=0, index=_t([1], np.int64), value=4.0), [0.0, 4.0, 0.0])
    assert x.new_zeros(size=(2,)).tolist() == [0.0, 0.0]
    a = _t([[4.0, 1.0], [1.0, 3.0]], np.float64)
    _eq(yg.linalg.cholesky(input=a), np.linalg.cholesky([[4.0, 1.0], [1.0, 3.0]]))
    _eq(yg.linalg.eigh(input=a).eigenvalues, [(7 - math.sqrt(5)) / 2, (7 + math.sqrt(5)) / 2])
    _eq(yg.linalg.vector_norm(x=_t([3.0, 4.0])), 5.0)
    _eq(yg.linalg.matrix_norm(input=a), math.sqrt(27.0))
    _eq(yg.norm(_t([[3.0, 0.0], [0.0, 4.0]]), p="nuc"), 7.0)


def test_cat_and_stack_errors_and_legacy_empty_tensors():
    x = _t([[1.0, 2.0]], requires_grad=True)
    y = yg.cat([yg.tensor([]), x, yg.tensor([])])
    _eq(y, [[1.0, 2.0]])
    y.sum().backward()
    _eq(x.grad, [[1.0, 1.0]])
    with pytest.raises(RuntimeError, match="Sizes of tensors must match except in dimension 0"):
        yg.cat([yg.zeros(2, 3), yg.zeros(2, 4)])
    with pytest.raises(RuntimeError, match="same number of dimensions"):
        yg.cat([yg.zeros(2, 3), yg.zeros(3)])
    with pytest.raises(RuntimeError, match="zero-dimensional tensor"):
        yg.cat([yg.tensor(1.0), yg.tensor(2.0)])
    with pytest.raises(IndexError):
        yg.cat([yg.zeros(2), yg.zeros(3, 1)], dim=3)
    with pytest.raises(RuntimeError, match="stack expects each tensor to be equal size"):
        yg.stack([yg.zeros(2, 3), yg.zeros(3, 3)])


def test_einsum_gradients_with_ellipsis_and_repeated_letters():
    # torch: grad of einsum('ii->i', a) is the identity pattern; of 'ii->' (trace) too
    a = _t(np.arange(9.0).reshape(3, 3), np.float64, requires_grad=True)
    yg.einsum("ii->i", a).sum().backward()
    _eq(a.grad, np.eye(3))
    b = _t(np.arange(12.0).reshape(2, 2, 3), np.float64, requires_grad=True)
    c = _t(np.ones((3, 2)), np.float64, requires_grad=True)
    out = yg.einsum("...ij,...jk->...ik", b, c)
    _eq(out, np.arange(12.0).reshape(2, 2, 3) @ np.ones((3, 2)))
    out.sum().backward()
    _eq(b.grad, np.full((2, 2, 3), 2.0))
    _eq(c.grad, np.tile(np.arange(12.0).reshape(4, 3).sum(0)[:, None], (1, 2)))
    assert yg.autograd.gradcheck(lambda x: yg.einsum("bii", x), [_t(np.random.rand(2, 3, 3), np.float64, True)])


def test_nextafter_and_nan_maximum_gradients():
    x, y = _t([1.0, 2.0], requires_grad=True), _t([3.0, 0.0], requires_grad=True)
    yg.nextafter(x, y).sum().backward()
    _eq(x.grad, [1.0, 1.0])
    _eq(y.grad, [0.0, 0.0])
    x, y = _t([1.0, NAN, 2.0], requires_grad=True), _t([NAN, 0.0, 2.0], requires_grad=True)
    yg.maximum(x, y).sum().backward()
    _eq(x.grad, [1.0, 1.0, 0.5])
    _eq(y.grad, [1.0, 1.0, 0.5])
    x, y = _t([1.0, NAN], requires_grad=True), _t([NAN, 3.0], requires_grad=True)
    yg.minimum(x, y).sum().backward()
    _eq(x.grad, [1.0, 1.0])
    _eq(y.grad, [1.0, 1.0])


def test_max_min_along_a_dim_of_0d_and_empty_tensors():
    x = _t(2.0, requires_grad=True)
    values, indices = yg.max(x, 0)
    _eq(values, 2.0)
    _eq(indices, 0, yg.int64)
    values.backward()
    _eq(x.grad, 1.0)
    assert yg.min(_t(3.0), -1, keepdim=True).values.shape == ()
    assert yg.max(yg.zeros(0, 3), 1).values.shape == (0,) and yg.amax(yg.zeros(0, 3), 1).shape == (0,)
    with pytest.raises(IndexError, match="max\\(\\): Expected reduction dim 0 to have non-zero size"):
        yg.max(yg.zeros(0, 3), 0)
    with pytest.raises(IndexError, match="amin\\(\\): Expected reduction dim 0 to have non-zero size"):
        yg.amin(yg.zeros(0, 3), 0)
    with pytest.raises(IndexError, match="Dimension out of range"):
        yg.max(yg.zeros(2, 3), 3)


def test_expand_to_an_incompatible_size_is_a_runtime_error():
    with pytest.raises(RuntimeError, match="expanded size of the tensor \\(2\\) must match the existing size \\(3\\)"):
        yg.zeros(3, 1).expand(2, 4)


def test_index_select_out_of_range_is_an_index_error():
    with pytest.raises(IndexError, match="index out of range in self"):
        _t([1.0, 2.0, 3.0]).index_select(0, _t([-1], np.int64))


def test_more_torch_functions():
    a = _t([[0.5, -1.0, 2.0, 0.0], [1.5, 3.0, -2.0, 1.0], [0.0, 0.25, 1.0, -0.5]], requires_grad=True)
    # torch.quantile(a, 0.3) == 0.0 (position 3.3 of the 12 sorted values, between two zeros)
    q = yg.quantile(a, 0.3)
    _eq(q, 0.0)
    q.backward()
    assert a.grad.sum().item() == pytest.approx(1.0)
    _eq(yg.quantile(a, _t([0.25, 0.75]), dim=0, keepdim=True).squeeze(1),
        [[0.25, -0.375, -0.5, -0.25], [1.0, 1.625, 1.5, 0.5]])
    _eq(yg.block_diag(yg.ones(2, 2), _t([[5.0]])), [[1, 1, 0], [1, 1, 0], [0, 0, 5]])
    _eq(yg.cartesian_prod(_t([1, 2], np.int64), _t([3, 4], np.int64)), [[1, 3], [1, 4], [2, 3], [2, 4]])
    assert yg.promote_types(yg.int64, yg.float32) == yg.float32
    assert yg.result_type(_t([1], np.int64), 1.0) == yg.float32 and not yg.can_cast(yg.float64, yg.int64)
    assert yg.atleast_3d(yg.ones(3)).shape == (1, 3, 1) and yg.atleast_3d(yg.ones(2, 3)).shape == (2, 3, 1)
    x = yg.zeros(3, 3)
    x.fill_diagonal_(2.0)
    _eq(x, np.eye(3) * 2)
    assert yg.ones(3).byte().dtype == yg.uint8 and yg.ones(3).short().dtype == yg.int16
    _eq(yg.bincount(_t([0, 1, 1, 3], np.int64)), [1, 2, 0, 1], yg.int64)
    _eq(yg.isin(_t([1, 2, 3], np.int64), _t([2], np.int64)), [False, True, False])
    _eq(yg.dist(_t([1.0, 2.0]), _t([4.0, 6.0])), 5.0)
    _eq(yg.deg2rad(_t([180.0])), [math.pi])
    _eq(yg.addr(yg.zeros(2, 2), _t([1.0, 2.0]), _t([3.0, 4.0])), [[3, 4], [6, 8]])
    assert [p.shape for p in yg.hsplit(yg.arange(6).reshape(2, 3), 3)] == [(2, 1)] * 3


def test_softmax_of_integers_stays_in_the_default_float_and_inference_mode():
    # softmax gained a dtype= argument, which turns off the generated default_float rule; the kernel keeps it
    assert yg.softmax(_t([1, 2], np.int64), 0).dtype == yg.float32
    assert yg.log_softmax(_t([1, 2], np.int64), 0).dtype == yg.float32
    with yg.inference_mode():
        assert not (_t([1.0], requires_grad=True) * 2).requires_grad


def test_factories_refuse_negative_sizes_with_runtime_error():
    for make_tensor in (lambda: yg.zeros(2, -1), lambda: yg.ones(-2), lambda: yg.eye(-1), lambda: yg.full((-1,), 1.0),
                        lambda: yg.rand(-3)):
        with pytest.raises(RuntimeError, match="negative dimension"):
            make_tensor()

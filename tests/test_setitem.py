"""`x[index] = value` and in-place ops on views while autograd records, with torch's graph: a basic index
(ints, slices, None, Ellipsis) writes into a view of the tensor, so the tensor's node is CopySlices; an
advanced index alone is index_put_ (IndexPutBackward0); an index that selects the whole tensor writes into
it (fill_ / copy_). Views whose base changed read their values out of the base's new history
(AsStridedBackward0). Expected gradients are worked out with NumPy from the written values."""
from __future__ import annotations

import numpy as np
import pytest

import yamlgrad as yg
from yamlgrad.autograd import forward_ad as fwAD

BASE = np.arange(12.0).reshape(3, 4) / 4 - 1
COTANGENT = np.linspace(-1.0, 2.0, 12).reshape(3, 4)


def leaf(values=BASE):
    return yg.tensor(np.array(values, dtype=np.float64), requires_grad=True)


def edges(tensor):
    return [(None if fn is None else fn.name(), nr) for fn, nr in tensor.grad_fn.next_functions]


def weighted(y):
    """sum(y * COTANGENT): its gradient with respect to y is COTANGENT."""
    return (y * yg.tensor(COTANGENT)).sum()


# ---- node names --------------------------------------------------------------------------------------

@pytest.mark.parametrize("index", [0, -1, (1, 2), slice(1, 3), (slice(None), 1), (Ellipsis, None, 0),
                                   (None, 0), (0, Ellipsis), slice(-3, None), True, "tensor0d"])
def test_a_basic_index_records_copyslices(index):
    if index == "tensor0d":
        index = yg.tensor(1)
    x = leaf()
    y = x.clone()
    y[index] = 3.0
    assert y.grad_fn.name() == "CopySlices"
    assert edges(y) == [("CloneBackward0", 0), (None, 0)]


def test_a_tensor_value_is_the_second_edge_and_is_expanded_to_the_region():
    x, v = leaf(), yg.tensor([1.0, 2.0, 3.0, 4.0], dtype=yg.float64, requires_grad=True)
    y = x.clone()
    y[0] = v
    assert edges(y) == [("CloneBackward0", 0), ("AccumulateGrad", 0)]
    y = x.clone()
    y[:, 1] = v[:1]
    assert edges(y) == [("CloneBackward0", 0), ("ExpandBackward0", 0)]
    y = x.clone()
    y[0] = v.reshape(1, 4)  # leading 1s beyond the region's dims go through a view of the value
    assert edges(y) == [("CloneBackward0", 0), ("ViewBackward0", 0)]


@pytest.mark.parametrize("index", [[0, 2], (slice(None), [1, 3]), "mask", (Ellipsis, [0])])
def test_an_advanced_index_alone_keeps_index_put(index):
    x = leaf()
    y = x.clone()
    if index == "mask":
        index = y > 0
    y[index] = 0.0
    assert y.grad_fn.name() == "IndexPutBackward0"
    assert edges(y) == [("CloneBackward0", 0), (None, 0)]


@pytest.mark.parametrize("index", [(slice(1, None), [0, 2]), (0, [1, 3]), ([0, 2], 1), (None, slice(None), [0])])
def test_basic_items_before_an_advanced_index_make_a_view_so_copyslices(index):
    x = leaf()
    y = x.clone()
    y[index] = 5.0
    assert y.grad_fn.name() == "CopySlices"


@pytest.mark.parametrize("index", [Ellipsis, slice(None), (slice(None), slice(None)), slice(0, 3),
                                   slice(0, 100), (slice(None), Ellipsis), ()])
def test_an_index_selecting_the_whole_tensor_writes_into_it(index):
    """torch's nodes are fill_'s and copy_'s (it names them FillBackward3 and CopyBackwards; the
    registry's fill and copy are FillBackward0 and CopyBackward0), not CopySlices."""
    x, v = leaf(), yg.tensor([1.0, 2.0, 3.0, 4.0], dtype=yg.float64, requires_grad=True)
    y = x.clone()
    y[index] = 2.0
    assert y.grad_fn.name() == "FillBackward0"
    z = x.clone()
    z[index] = v
    assert z.grad_fn.name() == "CopyBackward0" and edges(z) == [("CloneBackward0", 0), ("ExpandBackward0", 0)]
    weighted(z).backward()
    np.testing.assert_allclose(v.grad.numpy(), COTANGENT.sum(0))
    assert x.grad.tolist() == np.zeros((3, 4)).tolist()


# ---- values and gradients ----------------------------------------------------------------------------

def test_gradient_to_the_base_is_zero_in_the_region_and_to_the_value_summed_over_the_broadcast():
    x, v = leaf(), yg.tensor([0.5, -1.5, 2.0], dtype=yg.float64, requires_grad=True)
    y = x.clone()
    y[:, 1] = v * 2
    assert y.grad_fn.name() == "CopySlices" and edges(y) == [("CloneBackward0", 0), ("MulBackward0", 0)]
    expected = BASE.copy()
    expected[:, 1] = [1.0, -3.0, 4.0]
    np.testing.assert_allclose(y.detach().numpy(), expected)
    weighted(y).backward()
    mask = np.ones((3, 4))
    mask[:, 1] = 0
    np.testing.assert_allclose(x.grad.numpy(), COTANGENT * mask)
    np.testing.assert_allclose(v.grad.numpy(), 2 * COTANGENT[:, 1])


def test_ellipsis_none_and_an_int_together():
    x, v = leaf(), yg.tensor([3.0], dtype=yg.float64, requires_grad=True)
    y = x.clone()
    y[..., None, 0] = v
    assert y.grad_fn.name() == "CopySlices" and edges(y) == [("CloneBackward0", 0), ("ExpandBackward0", 0)]
    expected = BASE.copy()
    expected[:, 0] = 3.0
    np.testing.assert_allclose(y.detach().numpy(), expected)
    weighted(y).backward()
    mask = np.ones((3, 4))
    mask[:, 0] = 0
    np.testing.assert_allclose(x.grad.numpy(), COTANGENT * mask)
    np.testing.assert_allclose(v.grad.numpy(), [COTANGENT[:, 0].sum()])


def test_an_int_separated_from_an_array_selects_first_as_torch():
    """b[0, :, [0, 1]] is the region b[0] indexed by [:, [0, 1]]: shape (3, 2), where NumPy's own rule
    would give (2, 3)."""
    b = yg.zeros(2, 3, 4, dtype=yg.float64)
    v = yg.tensor(np.arange(6.0).reshape(3, 2), requires_grad=True)
    b[0, :, [0, 1]] = v
    expected = np.zeros((2, 3, 4))
    expected[0][:, [0, 1]] = np.arange(6.0).reshape(3, 2)
    np.testing.assert_allclose(b.detach().numpy(), expected)
    cot = np.arange(24.0).reshape(2, 3, 4)
    (b * yg.tensor(cot)).sum().backward()
    np.testing.assert_allclose(v.grad.numpy(), cot[0][:, [0, 1]])


def test_augmented_assignment_of_an_item():
    """y[0] += 1 is y.__setitem__(0, y[0].__iadd__(1)): an in-place add on a view, then a copy of that
    view into itself."""
    x = leaf()
    y = x * 2
    y[0] += 1
    assert y.grad_fn.name() == "CopySlices"
    assert edges(y) == [("CopySlices", 0), ("AsStridedBackward0", 0)]
    expected = 2 * BASE
    expected[0] += 1
    np.testing.assert_allclose(y.detach().numpy(), expected)
    weighted(y).backward()
    np.testing.assert_allclose(x.grad.numpy(), 2 * COTANGENT)


def test_writes_into_a_view_of_a_clone_rebase_the_clone():
    x, v = leaf(), yg.tensor(4.0, dtype=yg.float64, requires_grad=True)
    y = x.clone()
    w = y[1]
    w[2] = v * v
    w.mul_(3)
    assert y.grad_fn.name() == "CopySlices" and w.grad_fn.name() == "AsStridedBackward0"
    assert w.grad_fn.next_functions[0][0] is y.grad_fn
    expected = BASE.copy()
    expected[1, 2] = 16.0
    expected[1] *= 3
    np.testing.assert_allclose(y.detach().numpy(), expected)
    weighted(y).backward()
    scale = np.ones((3, 4))
    scale[1] = 3
    scale[1, 2] = 0
    np.testing.assert_allclose(x.grad.numpy(), COTANGENT * scale)
    np.testing.assert_allclose(v.grad.numpy(), 3 * COTANGENT[1, 2] * 2 * 4.0)


def test_a_view_in_the_graph_follows_an_in_place_change_of_its_base():
    x = leaf()
    y = x.clone()
    w = y.t()[1:3]  # a view that is not a row of y
    y.exp_()
    np.testing.assert_allclose(w.detach().numpy(), np.exp(BASE).T[1:3])
    assert w.grad_fn.name() == "AsStridedBackward0"
    (w * yg.tensor(COTANGENT.T[1:3])).sum().backward()
    expected = np.zeros((3, 4))
    expected[:, 1:3] = COTANGENT[:, 1:3] * np.exp(BASE[:, 1:3])
    np.testing.assert_allclose(x.grad.numpy(), expected)


def test_a_base_that_is_not_row_major():
    data = np.asfortranarray(BASE)
    b = yg.from_numpy(data)
    v = yg.tensor([1.0, 2.0, 3.0], dtype=yg.float64, requires_grad=True)
    col = b[:, 2]
    col.mul_(v)
    expected = BASE.copy()
    expected[:, 2] *= [1.0, 2.0, 3.0]
    np.testing.assert_allclose(b.detach().numpy(), expected)
    weighted(b).backward()
    np.testing.assert_allclose(v.grad.numpy(), COTANGENT[:, 2] * BASE[:, 2])


def test_a_plain_tensor_written_with_a_value_that_requires_grad_joins_the_graph():
    b = yg.zeros(3, 4, dtype=yg.float64)
    v = yg.tensor([1.0, 2.0, 3.0, 4.0], dtype=yg.float64, requires_grad=True)
    b[1] = v
    assert b.requires_grad and edges(b) == [(None, 0), ("AccumulateGrad", 0)]
    row = b[2]
    row.copy_(v * v)
    weighted(b).backward()
    np.testing.assert_allclose(v.grad.numpy(), COTANGENT[1] + 2 * np.array([1.0, 2.0, 3.0, 4.0]) * COTANGENT[2])


def test_an_integer_tensor_takes_the_values_but_no_graph():
    b = yg.zeros(2, 3, dtype=yg.int64)
    b[0] = yg.tensor([1.5, 2.5, 3.5], dtype=yg.float64, requires_grad=True)
    assert b.tolist() == [[1, 2, 3], [0, 0, 0]] and not b.requires_grad and b.grad_fn is None


def test_double_backward_through_copyslices():
    """y = x with y[0] = x[1]**3: d/dx of sum(dL/dx ** 2) worked out by hand."""
    x = leaf()
    y = x.clone()
    y[0] = x[1] ** 3
    assert y.grad_fn.name() == "CopySlices" and edges(y) == [("CloneBackward0", 0), ("PowBackward0", 0)]
    loss = weighted(y)
    (g,) = yg.autograd.grad(loss, x, create_graph=True)
    first = COTANGENT.copy()
    first[0] = 0
    first[1] += 3 * BASE[1] ** 2 * COTANGENT[0]
    np.testing.assert_allclose(g.detach().numpy(), first)
    (h,) = yg.autograd.grad((g * g).sum(), x)
    second = np.zeros((3, 4))
    second[1] = 2 * first[1] * 6 * BASE[1] * COTANGENT[0]
    np.testing.assert_allclose(h.numpy(), second)


def test_double_backward_through_an_in_place_op_on_a_view():
    """w = y[1]; w.exp_(): exp saves its result, which both the CopySlices and the gradients' own graph
    reach; the second backward frees each once."""
    x = leaf()
    y = x * 1
    y[1].exp_()
    loss = (y * y).sum()
    (g,) = yg.autograd.grad(loss, x, create_graph=True)
    first = 2 * BASE.copy()
    first[1] = 2 * np.exp(2 * BASE[1])
    np.testing.assert_allclose(g.detach().numpy(), first)
    (h,) = yg.autograd.grad(g.sum(), x)
    second = np.full((3, 4), 2.0)
    second[1] = 4 * np.exp(2 * BASE[1])
    np.testing.assert_allclose(h.numpy(), second)


# ---- refusals -----------------------------------------------------------------------------------------

def test_a_leaf_that_requires_grad_is_refused_as_a_view_of_a_leaf():
    x = leaf()
    with pytest.raises(RuntimeError, match="^a view of a leaf Variable that requires grad is being used in an "
                                           "in-place operation.$"):
        x[0] = 1.0
    with pytest.raises(RuntimeError, match="^a view of a leaf Variable that requires grad"):
        x[1].mul_(2)
    with pytest.raises(RuntimeError, match="^a leaf Variable that requires grad"):  # no view: index_put_
        x[[0]] = 1.0
    with yg.no_grad():
        x[0] = 1.0
    assert x.is_leaf and x.tolist()[0] == [1.0] * 4


def test_a_view_made_in_no_grad_mode_cannot_be_written_with_grad_mode_on():
    x = leaf()
    y = x * 2
    with yg.no_grad():
        w = y[0]
        w.mul_(1.0)  # allowed: both inside
    with pytest.raises(RuntimeError, match="^A view was created in no_grad mode and is being modified inplace"):
        w.mul_(2)
    with pytest.raises(RuntimeError, match="^A view was created in no_grad mode"):
        w[1] = 0.0
    assert y.grad_fn.name() == "MulBackward0"


# ---- version counters, hooks, forward mode -----------------------------------------------------------

def test_every_recorded_write_moves_the_version_once_and_saved_values_notice():
    x = leaf()
    y = x.clone()
    z = y * y
    before = y._version_count
    y[0] = 1.0
    assert y._version_count == before + 1
    y[1].add_(1)
    assert y._version_count == before + 2
    with pytest.raises(RuntimeError, match="modified by an inplace operation"):
        z.sum().backward()


def test_hooks_on_the_base_see_the_gradient_of_the_version_they_were_registered_on():
    x = leaf()
    y = x.clone()
    seen = {}
    y.register_hook(lambda g: seen.__setitem__("before", g.numpy().copy()))
    y.retain_grad()
    y[0] = 5.0
    y.register_hook(lambda g: seen.__setitem__("after", g.numpy().copy()))
    weighted(y).backward()
    old = COTANGENT.copy()
    old[0] = 0
    np.testing.assert_allclose(seen["after"], COTANGENT)
    np.testing.assert_allclose(seen["before"], old)
    np.testing.assert_allclose(y.grad.numpy(), COTANGENT)  # retain_grad: the latest version, as torch
    np.testing.assert_allclose(x.grad.numpy(), old)


def test_forward_mode_tangents_follow_setitem_and_in_place_on_views():
    with fwAD.dual_level():
        x = fwAD.make_dual(yg.tensor(BASE), yg.tensor(COTANGENT))
        y = x.clone()
        y[0] = 5.0
        v = fwAD.make_dual(yg.tensor(2.0, dtype=yg.float64), yg.tensor(7.0, dtype=yg.float64))
        y[2, 1] = v
        y[1].mul_(3)
        expected = COTANGENT.copy()
        expected[0] = 0
        expected[2, 1] = 7
        expected[1] *= 3
        np.testing.assert_allclose(fwAD.unpack_dual(y).tangent.numpy(), expected)

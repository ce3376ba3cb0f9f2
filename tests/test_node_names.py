"""grad_fn names as torch's: the node each call records, its chain down to the leaf, and the gradient.

The names, shapes and gradients below were recorded from PyTorch 2.13 (float64 inputs, the cotangent a
linspace over the output), so a test failing here means yamlgrad's graph or values moved away from
torch's: sums and means with a dim are their own overloads (SumBackward1, MeanBackward1), reshape is a
view when the strides allow one and clone + _unsafe_view otherwise, indexing records select / slice /
unsqueeze / index one item at a time, and the pointwise losses are single nodes.
"""
from __future__ import annotations

import numpy as np
import pytest

import yamlgrad as yg

F = yg.nn.functional


def X():
    return (yg.arange(24.).double().reshape(2, 3, 4) / 10 - 1).requires_grad_()


def X2():
    return (yg.arange(12.).double().reshape(3, 4) / 6 - 1).requires_grad_()


def T2():
    return yg.linspace(-0.7, 0.9, 12, dtype=yg.float64).reshape(3, 4)


def P2():
    return yg.linspace(0.05, 0.95, 12, dtype=yg.float64).reshape(3, 4)


CASES = {
    'sum_dim': ('X', 'lambda x: x.sum(1)', ['SumBackward1'], (2, 4),
        [-1.0, -0.714285714286, -0.428571428571, -0.142857142857, -1.0, -0.714285714286, -0.428571428571, -0.142857142857, -1.0, -0.714285714286, -0.428571428571, -0.142857142857, 0.142857142857, 0.428571428571, 0.714285714286, 1.0, 0.142857142857, 0.428571428571, 0.714285714286, 1.0, 0.142857142857, 0.428571428571, 0.714285714286, 1.0]),
    'sum_dims': ('X', 'lambda x: x.sum((0, 2), keepdim=True)', ['SumBackward1'], (1, 3, 1),
        [-1.0, -1.0, -1.0, -1.0, 0.0, 0.0, 0.0, 0.0, 1.0, 1.0, 1.0, 1.0, -1.0, -1.0, -1.0, -1.0, 0.0, 0.0, 0.0, 0.0, 1.0, 1.0, 1.0, 1.0]),
    'sum_all': ('X', 'lambda x: x.sum()', ['SumBackward0'], (),
        [-1.0, -1.0, -1.0, -1.0, -1.0, -1.0, -1.0, -1.0, -1.0, -1.0, -1.0, -1.0, -1.0, -1.0, -1.0, -1.0, -1.0, -1.0, -1.0, -1.0, -1.0, -1.0, -1.0, -1.0]),
    'mean_dim': ('X', 'lambda x: x.mean(-1)', ['MeanBackward1'], (2, 3),
        [-0.25, -0.25, -0.25, -0.25, -0.15, -0.15, -0.15, -0.15, -0.05, -0.05, -0.05, -0.05, 0.05, 0.05, 0.05, 0.05, 0.15, 0.15, 0.15, 0.15, 0.25, 0.25, 0.25, 0.25]),
    'mean_all': ('X', 'lambda x: x.mean()', ['MeanBackward0'], (),
        [-0.041666666667, -0.041666666667, -0.041666666667, -0.041666666667, -0.041666666667, -0.041666666667, -0.041666666667, -0.041666666667, -0.041666666667, -0.041666666667, -0.041666666667, -0.041666666667, -0.041666666667, -0.041666666667, -0.041666666667, -0.041666666667, -0.041666666667, -0.041666666667, -0.041666666667, -0.041666666667, -0.041666666667, -0.041666666667, -0.041666666667, -0.041666666667]),
    'reshape_view': ('X', 'lambda x: x.reshape(6, 4)', ['ViewBackward0'], (6, 4),
        [-1.0, -0.913043478261, -0.826086956522, -0.739130434783, -0.652173913043, -0.565217391304, -0.478260869565, -0.391304347826, -0.304347826087, -0.217391304348, -0.130434782609, -0.04347826087, 0.04347826087, 0.130434782609, 0.217391304348, 0.304347826087, 0.391304347826, 0.478260869565, 0.565217391304, 0.652173913043, 0.739130434783, 0.826086956522, 0.913043478261, 1.0]),
    'reshape_copy': ('X', 'lambda x: x.transpose(0, 1).reshape(-1)', ['UnsafeViewBackward0', 'CloneBackward0', 'TransposeBackward0'], (24,),
        [-1.0, -0.913043478261, -0.826086956522, -0.739130434783, -0.304347826087, -0.217391304348, -0.130434782609, -0.04347826087, 0.391304347826, 0.478260869565, 0.565217391304, 0.652173913043, -0.652173913043, -0.565217391304, -0.478260869565, -0.391304347826, 0.04347826087, 0.130434782609, 0.217391304348, 0.304347826087, 0.739130434783, 0.826086956522, 0.913043478261, 1.0]),
    'flatten': ('X', 'lambda x: x.flatten()', ['ViewBackward0'], (24,),
        [-1.0, -0.913043478261, -0.826086956522, -0.739130434783, -0.652173913043, -0.565217391304, -0.478260869565, -0.391304347826, -0.304347826087, -0.217391304348, -0.130434782609, -0.04347826087, 0.04347826087, 0.130434782609, 0.217391304348, 0.304347826087, 0.391304347826, 0.478260869565, 0.565217391304, 0.652173913043, 0.739130434783, 0.826086956522, 0.913043478261, 1.0]),
    'flatten_1': ('X', 'lambda x: x.flatten(1)', ['ViewBackward0'], (2, 12),
        [-1.0, -0.913043478261, -0.826086956522, -0.739130434783, -0.652173913043, -0.565217391304, -0.478260869565, -0.391304347826, -0.304347826087, -0.217391304348, -0.130434782609, -0.04347826087, 0.04347826087, 0.130434782609, 0.217391304348, 0.304347826087, 0.391304347826, 0.478260869565, 0.565217391304, 0.652173913043, 0.739130434783, 0.826086956522, 0.913043478261, 1.0]),
    'flatten_copy': ('X', 'lambda x: x.transpose(1, 2).flatten(1)', ['UnsafeViewBackward0', 'CloneBackward0', 'TransposeBackward0'], (2, 12),
        [-1.0, -0.739130434783, -0.478260869565, -0.217391304348, -0.913043478261, -0.652173913043, -0.391304347826, -0.130434782609, -0.826086956522, -0.565217391304, -0.304347826087, -0.04347826087, 0.04347826087, 0.304347826087, 0.565217391304, 0.826086956522, 0.130434782609, 0.391304347826, 0.652173913043, 0.913043478261, 0.217391304348, 0.478260869565, 0.739130434783, 1.0]),
    'select_0': ('X', 'lambda x: x[0]', ['SelectBackward0'], (3, 4),
        [-1.0, -0.818181818182, -0.636363636364, -0.454545454545, -0.272727272727, -0.090909090909, 0.090909090909, 0.272727272727, 0.454545454545, 0.636363636364, 0.818181818182, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]),
    'select_col': ('X', 'lambda x: x[:, 1]', ['SelectBackward0'], (2, 4),
        [0.0, 0.0, 0.0, 0.0, -1.0, -0.714285714286, -0.428571428571, -0.142857142857, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.142857142857, 0.428571428571, 0.714285714286, 1.0, 0.0, 0.0, 0.0, 0.0]),
    'select_last': ('X', 'lambda x: x[..., 0]', ['SelectBackward0'], (2, 3),
        [-1.0, 0.0, 0.0, 0.0, -0.6, 0.0, 0.0, 0.0, -0.2, 0.0, 0.0, 0.0, 0.2, 0.0, 0.0, 0.0, 0.6, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0]),
    'select_neg': ('X', 'lambda x: x[-1]', ['SelectBackward0'], (3, 4),
        [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, -1.0, -0.818181818182, -0.636363636364, -0.454545454545, -0.272727272727, -0.090909090909, 0.090909090909, 0.272727272727, 0.454545454545, 0.636363636364, 0.818181818182, 1.0]),
    'slice': ('X2', 'lambda x: x[1:3]', ['SliceBackward0'], (2, 4),
        [0.0, 0.0, 0.0, 0.0, -1.0, -0.714285714286, -0.428571428571, -0.142857142857, 0.142857142857, 0.428571428571, 0.714285714286, 1.0]),
    'slice_step': ('X2', 'lambda x: x[::2]', ['SliceBackward0'], (2, 4),
        [-1.0, -0.714285714286, -0.428571428571, -0.142857142857, 0.0, 0.0, 0.0, 0.0, 0.142857142857, 0.428571428571, 0.714285714286, 1.0]),
    'index_tensor': ('X2', 'lambda x: x[yg.tensor([0, 2, 2])]', ['IndexBackward0'], (3, 4),
        [-1.0, -0.818181818182, -0.636363636364, -0.454545454545, 0.0, 0.0, 0.0, 0.0, 0.181818181818, 0.545454545455, 0.909090909091, 1.272727272727]),
    'index_mask': ('X2', 'lambda x: x[x.detach() > 0]', ['IndexBackward0'], (5,),
        [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, -1.0, -0.5, 0.0, 0.5, 1.0]),
    'index_after_select': ('X', 'lambda x: x[:, yg.tensor([2, 0]), 1]', ['IndexBackward0', 'SelectBackward0'], (2, 2),
        [0.0, -0.333333333333, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, -1.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.333333333333, 0.0, 0.0]),
    'unsqueeze': ('X', 'lambda x: x[None]', ['UnsqueezeBackward0'], (1, 2, 3, 4),
        [-1.0, -0.913043478261, -0.826086956522, -0.739130434783, -0.652173913043, -0.565217391304, -0.478260869565, -0.391304347826, -0.304347826087, -0.217391304348, -0.130434782609, -0.04347826087, 0.04347826087, 0.130434782609, 0.217391304348, 0.304347826087, 0.391304347826, 0.478260869565, 0.565217391304, 0.652173913043, 0.739130434783, 0.826086956522, 0.913043478261, 1.0]),
    'mixed': ('X2', 'lambda x: x[1:3, None, 0]', ['SelectBackward0', 'UnsqueezeBackward0', 'SliceBackward0'], (2, 1),
        [0.0, 0.0, 0.0, 0.0, -1.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0]),
    'alias': ('X', 'lambda x: x[...]', ['AliasBackward0'], (2, 3, 4),
        [-1.0, -0.913043478261, -0.826086956522, -0.739130434783, -0.652173913043, -0.565217391304, -0.478260869565, -0.391304347826, -0.304347826087, -0.217391304348, -0.130434782609, -0.04347826087, 0.04347826087, 0.130434782609, 0.217391304348, 0.304347826087, 0.391304347826, 0.478260869565, 0.565217391304, 0.652173913043, 0.739130434783, 0.826086956522, 0.913043478261, 1.0]),
    'mse': ('X2', 'lambda x: F.mse_loss(x, T2())', ['MseLossBackward0'], (),
        [0.05, 0.046464646465, 0.042929292929, 0.039393939394, 0.035858585859, 0.032323232323, 0.028787878788, 0.025252525253, 0.021717171717, 0.018181818182, 0.014646464646, 0.011111111111]),
    'mse_none': ('X2', "lambda x: F.mse_loss(x, T2(), reduction='none')", ['MseLossBackward0'], (3, 4),
        [0.6, 0.456198347107, 0.32782369146, 0.214876033058, 0.117355371901, 0.035261707989, -0.031404958678, -0.082644628099, -0.118457300275, -0.138842975207, -0.143801652893, -0.133333333333]),
    'bce_logits': ('X2', 'lambda x: F.binary_cross_entropy_with_logits(x, P2())', ['BinaryCrossEntropyWithLogitsBackward0'], (),
        [-0.018245118447, -0.014260211185, -0.0104672723, -0.006840510279, -0.003346422189, 5.5116026e-05, 0.003409090909, 0.006763065793, 0.010164604007, 0.013658692097, 0.017285454118, 0.021078393003]),
    'bce_logits_pw': ('X2', "lambda x: F.binary_cross_entropy_with_logits(x, P2(), weight=yg.linspace(0.5, 1.5, 4, dtype=yg.float64), pos_weight=yg.linspace(1, 3, 4, dtype=yg.float64), reduction='sum')", ['BinaryCrossEntropyWithLogitsBackward0'], (),
        [-0.109470710685, -0.091554841052, 0.073042880049, 0.428596131277, -0.020078533132, 0.138678985521, 0.468434343434, 0.978164872438, 0.060987624042, 0.301522617186, 0.700146594985, 1.24279211475]),
    'smooth_l1': ('X2', 'lambda x: F.smooth_l1_loss(x, T2(), beta=0.5)', ['SmoothL1LossBackward0'], (),
        [0.05, 0.046464646465, 0.042929292929, 0.039393939394, 0.035858585859, 0.032323232323, 0.028787878788, 0.025252525253, 0.021717171717, 0.018181818182, 0.014646464646, 0.011111111111]),
    'huber': ('X2', 'lambda x: F.huber_loss(x, T2(), delta=0.5)', ['HuberLossBackward0'], (),
        [0.025, 0.023232323232, 0.021464646465, 0.019696969697, 0.017929292929, 0.016161616162, 0.014393939394, 0.012626262626, 0.010858585859, 0.009090909091, 0.007323232323, 0.005555555556]),
    'bce': ('X2', 'lambda x: F.binary_cross_entropy(yg.sigmoid(x), P2())', ['BinaryCrossEntropyBackward0', 'SigmoidBackward0'], (),
        [-0.018245118447, -0.014260211185, -0.0104672723, -0.006840510279, -0.003346422189, 5.5116026e-05, 0.003409090909, 0.006763065793, 0.010164604007, 0.013658692097, 0.017285454118, 0.021078393003]),
    'bce_weight': ('X2', "lambda x: F.binary_cross_entropy(yg.sigmoid(x), P2(), weight=yg.linspace(0.5, 1.5, 4, dtype=yg.float64), reduction='none')", ['BinaryCrossEntropyBackward0', 'SigmoidBackward0'], (3, 4),
        [-0.109470710685, -0.116674455148, -0.093253880489, -0.055967811371, -0.005475963582, 5.0105478e-05, -0.004338842975, -0.0332005048, -0.027721647292, -0.086918949707, -0.197997019897, -0.379411074052]),
}


def chain(t):
    """Node names from t's grad_fn down its first edges to the leaf."""
    names, fn = [], t.grad_fn
    while fn is not None and type(fn).__name__ != "AccumulateGrad":
        names.append(fn.name())
        nxt = [f for f, _ in fn.next_functions if f is not None]
        fn = nxt[0] if nxt else None
    return names


@pytest.mark.parametrize("case", sorted(CASES))
def test_node_names_and_gradients_match_torch(case):
    maker, source, names, shape, grad = CASES[case]
    x = {"X": X, "X2": X2}[maker]()
    y = eval(source, {"yg": yg, "F": F, "T2": T2, "P2": P2})(x)
    assert chain(y) == names
    assert tuple(y.shape) == shape
    y.backward(yg.linspace(-1, 1, y.numel(), dtype=yg.float64).reshape(y.shape))
    np.testing.assert_allclose(x.grad.numpy().reshape(-1), grad, rtol=1e-9, atol=1e-11)


def test_flatten_with_nothing_to_merge_is_the_tensor_itself():
    x = X2()
    assert x.flatten(1, 1) is x and x.flatten(-1) is x
    assert chain(yg.tensor(2.0, requires_grad=True).flatten()) == ["ViewBackward0"]


def test_reshape_that_copies_is_not_a_view_and_reshape_that_can_view_is():
    x = X()
    t = x.transpose(0, 1)
    assert t.reshape(-1)._base is None
    assert x.reshape(6, 4)._base is x


def test_sum_and_mean_with_keepdim_and_no_dim_use_the_dim_overload():
    x = X2()
    assert chain(x.sum(keepdim=True)) == ["SumBackward1"]
    assert chain(yg.mean(x, None, True)) == ["MeanBackward1"]
    assert chain(yg.sum(x)) == ["SumBackward0"]


def test_sum_and_mean_with_dim_none_use_the_dim_overload():
    """torch picks the overload from whether `dim` is passed at all: x.sum(dim=None) is sum.dim_IntList."""
    x = X2()
    assert chain(x.sum(dim=None)) == ["SumBackward1"] and chain(x.sum(None)) == ["SumBackward1"]
    assert chain(yg.sum(x, dim=None, dtype=yg.float64)) == ["SumBackward1"]
    assert chain(x.mean(dim=None)) == ["MeanBackward1"] and chain(yg.mean(x, None)) == ["MeanBackward1"]
    assert chain(x.sum()) == ["SumBackward0"] and chain(x.mean(dtype=yg.float64)) == ["MeanBackward0"]
    total = x.sum(dim=None) + x.mean(dim=None)
    assert total.shape == ()
    total.backward()
    np.testing.assert_allclose(x.grad.numpy(), np.full((3, 4), 1 + 1 / 12))


def test_integer_tensors_of_zero_dims_select_and_lists_index():
    x = X2()
    assert chain(x[yg.tensor(1)]) == ["SelectBackward0"]
    assert chain(x[:, yg.tensor(1)]) == ["SelectBackward0"]
    assert chain(x[[0, 1]]) == ["IndexBackward0"]
    assert chain(x[0, [1, 2]]) == ["IndexBackward0", "SelectBackward0"]
    assert chain(x[:, [0, 1], None]) == ["IndexBackward0", "UnsqueezeBackward0"]


def test_an_integer_index_out_of_range_reports_the_dimension():
    x = X2()
    with pytest.raises(IndexError, match=r"index 5 is out of bounds for dimension 0 with size 3"):
        x[5]
    with pytest.raises(IndexError, match=r"index 4 is out of bounds for dimension 1 with size 4"):
        x[:, 4]


def test_a_separated_integer_selects_first_as_torch_does():
    """x[:, idx, :, 1]: torch selects the int first, so the indexed dim stays in place (NumPy would move
    it to the front); shape recorded from torch."""
    x = yg.zeros(2, 3, 4, 5, requires_grad=True)
    y = x[:, yg.tensor([0, 2]), :, 1]
    assert tuple(y.shape) == (2, 2, 4)
    assert chain(y) == ["IndexBackward0", "SelectBackward0"]


def test_losses_keep_their_reductions_and_the_composed_l1_path():
    x, t = X2(), T2()
    assert chain(F.smooth_l1_loss(x, t, beta=0.0)) == ["MeanBackward0", "AbsBackward0", "SubBackward0"]
    assert chain(F.huber_loss(x, t, weight=yg.ones(3, 4, dtype=yg.float64))) == ["MeanBackward0", "MulBackward0", "HuberLossBackward0"]
    assert chain(F.mse_loss(x, t, reduction="sum")) == ["MseLossBackward0"]
    with pytest.warns(UserWarning, match="target size"):
        assert chain(F.mse_loss(x, t[0])) == ["MseLossBackward0"]


def test_cross_entropy_chains_as_torch_composes_it():
    """Probability targets: -(logp * p).sum() (then / N for the mean), the negation outermost but for the
    mean's division; label smoothing zeroes ignored targets with masked_fill; one unbatched sample goes
    to nll_loss as it is. (torch divides the mean by a Python number, DivBackward1, and scales the
    smoothing terms by one, MulBackward1: overloads the registry does not have.)"""
    x, p = X2(), P2() / P2().sum(1, keepdim=True)
    assert chain(F.cross_entropy(x, p, reduction="sum")) == ["NegBackward0", "SumBackward0", "MulBackward0",
                                                              "LogSoftmaxBackward0"]
    assert chain(F.cross_entropy(x, p)) == ["DivBackward0", "NegBackward0", "SumBackward0", "MulBackward0",
                                            "LogSoftmaxBackward0"]
    assert chain(F.cross_entropy(x, p, reduction="none")) == ["NegBackward0", "SumBackward1", "MulBackward0",
                                                               "LogSoftmaxBackward0"]
    smoothed = F.cross_entropy(x, yg.tensor([0, 3, -100]), label_smoothing=0.1, reduction="none")
    names, stack, seen = set(), [smoothed.grad_fn], set()
    while stack:
        fn = stack.pop()
        if fn is not None and id(fn) not in seen:
            seen.add(id(fn))
            names.add(fn.name())
            stack.extend(f for f, _ in fn.next_functions)
    assert "MaskedFillBackward0" in names and "WhereBackward0" not in names
    assert chain(F.cross_entropy(X2()[0], yg.tensor(2), reduction="none")) == ["NllLossBackward0",
                                                                                "LogSoftmaxBackward0",
                                                                                "SelectBackward0"]


def test_node_names_title_case_each_word_as_torch():
    # torch title-cases each word of an op's name, so a letter after a digit is capital too
    x = yg.rand(2, 2, 4, 4, requires_grad=True)
    assert yg.log1p(x).grad_fn.name() == "Log1PBackward0"
    assert F.max_pool2d(x, 2).grad_fn.name() == "MaxPool2DWithIndicesBackward0"
    assert F.avg_pool2d(x, 2).grad_fn.name() == "AvgPool2DBackward0"


def test_spatial_nll_loss_is_nll_loss2d_as_in_torch():
    # (N, C, H, W) goes to nll_loss2d as it is; other ranks as a (N, C, 1, -1) view, the unreduced loss viewed back
    x4 = yg.rand(2, 3, 4, 4, requires_grad=True)
    t4 = yg.tensor(np.random.default_rng(0).integers(0, 3, (2, 4, 4)))
    assert chain(F.nll_loss(x4, t4)) == ["NllLoss2DBackward0"]
    assert chain(F.cross_entropy(x4, t4)) == ["NllLoss2DBackward0", "LogSoftmaxBackward0"]
    x3 = yg.rand(2, 3, 5, requires_grad=True)
    t3 = yg.tensor(np.random.default_rng(1).integers(0, 3, (2, 5)))
    assert chain(F.nll_loss(x3, t3)) == ["NllLoss2DBackward0", "ViewBackward0"]
    unreduced = F.nll_loss(x3, t3, reduction="none")
    assert chain(unreduced) == ["ViewBackward0", "NllLoss2DBackward0", "ViewBackward0"]
    picked = -np.take_along_axis(x3.detach().numpy(), t3.numpy()[:, None, :], 1)[:, 0, :]
    np.testing.assert_allclose(unreduced.detach().numpy(), picked, rtol=1e-6)

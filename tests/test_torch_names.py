"""torch names that real programs use: channel-wise and alpha dropout, PReLU, EmbeddingBag, the rest of
nn.init, yamlgrad.testing.assert_close, yamlgrad.Generator, yamlgrad.version and yamlgrad.multiprocessing.

Values are checked against NumPy references written out here or against exact identities (a dirac
kernel convolves to its input, a dropped channel is all zeros, ...); gradients with gradcheck in float64.
"""
import copy
import math
import multiprocessing
import pickle
import warnings

import numpy as np
import pytest

import yamlgrad as yg
import yamlgrad.nn.functional as F
import yamlgrad.testing
from yamlgrad import nn
from yamlgrad.autograd import gradcheck
from yamlgrad.nn.dropout import _DropoutNd

# SELU's scale * alpha (Klambauer et al., "Self-Normalizing Neural Networks"): dropped values go to -this
SELU_SATURATION = 1.0507009873554804934193349852946 * 1.6732632423543772848170429916717


def _t(array, requires_grad=False, dtype=np.float64):
    return yg.tensor(np.asarray(array, dtype=dtype), requires_grad=requires_grad)


def _i(array):
    return yg.tensor(np.asarray(array, dtype=np.int64))


def _rng(seed=0):
    return np.random.default_rng(seed)


# ---- channel-wise dropout -------------------------------------------------------------------------
def _channel_values(out: np.ndarray, channel_axes: int) -> np.ndarray:
    """out reshaped to (channels, rest); asserts each channel is constant and returns one value per channel."""
    flat = out.reshape(int(np.prod(out.shape[:channel_axes])), -1)
    assert np.all(flat == flat[:, :1]), "a channel was not dropped or kept as a whole"
    return flat[:, 0]


@pytest.mark.parametrize("fn, shape, channel_axes", [
    (F.dropout1d, (6, 8, 5), 2), (F.dropout1d, (8, 5), 1),            # batched and unbatched (C, L)
    (F.dropout2d, (6, 8, 3, 4), 2),
    (F.dropout3d, (4, 8, 2, 3, 2), 2), (F.dropout3d, (8, 2, 3, 2), 1),  # batched and unbatched (C, D, H, W)
])
def test_channel_dropout_zeroes_whole_channels_and_scales_the_rest(fn, shape, channel_axes):
    yg.manual_seed(0)
    p = 0.3
    out = fn(yg.ones(*shape), p).numpy()
    values = _channel_values(out, channel_axes)
    assert set(np.unique(values)) == {0.0, np.float32(1 / (1 - p))}  # both occur for this many channels
    yg.manual_seed(0)
    np.testing.assert_array_equal(fn(yg.ones(*shape), p).numpy(), out)  # the default generator decides


def test_channel_dropout_keeps_the_input_values_of_kept_channels():
    x = _t(_rng().standard_normal((3, 4, 5)))
    yg.manual_seed(1)
    out = F.dropout1d(x, 0.5).numpy()
    keep = np.any(out != 0, axis=2, keepdims=True)
    np.testing.assert_allclose(out, np.where(keep, x.numpy() * 2.0, 0.0), rtol=1e-15)


def test_channel_dropout_identities():
    x = yg.ones(2, 3, 4)
    assert F.dropout1d(x, 0.5, training=False) is x
    x4 = yg.ones(2, 3, 4, 4)
    assert F.dropout2d(x4, 0.0) is x4  # p = 0 draws nothing, as torch
    assert np.all(F.dropout2d(x4, 1.0).numpy() == 0)
    y = yg.ones(4, 6, 5)
    assert F.dropout1d(y, 0.5, inplace=True) is y and set(np.unique(y.numpy())) <= {0.0, 2.0}
    z = yg.ones(6, 5)  # unbatched in place: the tensor keeps its shape
    assert F.dropout1d(z, 0.5, inplace=True) is z and z.shape == (6, 5)


def test_channel_dropout_gradient():
    def drop(x):
        yg.manual_seed(3)  # the same channels on every call gradcheck makes
        return F.dropout2d(x, 0.4)

    x = _t(_rng().standard_normal((2, 3, 2, 2)), requires_grad=True)
    assert gradcheck(drop, (x,))
    out = drop(x)
    out.sum().backward()
    np.testing.assert_array_equal(x.grad.numpy(), (out.detach().numpy() != 0) / 0.6)


def test_channel_dropout_ranks_warnings_and_errors():
    with pytest.warns(UserWarning, match="dropout2d: Received a 3D input to dropout2d and assuming"):
        out = F.dropout2d(yg.ones(4, 6, 5), 0.5)
    _channel_values(out.numpy(), 2)  # read as (N, C, L)
    with pytest.warns(UserWarning, match="dropout2d: Received a 5-D input to dropout2d, which is deprecated"):
        F.dropout2d(yg.ones(2, 3, 2, 2, 2), 0.5)
    with pytest.warns(UserWarning, match=r"dropout3d: Received a 3-D input .* \(i.e. 4D or 5D inputs\)"):
        out = F.dropout3d(yg.ones(6, 4, 5), 0.5)
    _channel_values(out.numpy(), 1)  # read as one unbatched sample
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        F.dropout2d(yg.ones(2, 3, 2, 2), 0.5)
        F.dropout3d(yg.ones(2, 3, 2, 2, 2), 0.5)
    with pytest.raises(RuntimeError, match="dropout1d: Expected 2D or 3D input, but received a 4D input"):
        F.dropout1d(yg.ones(2, 2, 2, 2), 0.5, training=False)
    with pytest.warns(UserWarning), pytest.raises(RuntimeError, match="Feature dropout requires at least 2"):
        F.dropout2d(yg.ones(3), 0.5)
    for fn in (F.dropout1d, F.dropout2d, F.dropout3d, F.alpha_dropout, F.feature_alpha_dropout):
        with pytest.raises(ValueError, match="dropout probability has to be between 0 and 1, but got -0.1"):
            fn(yg.ones(2, 3, 4, 4), -0.1)


# ---- alpha dropout --------------------------------------------------------------------------------
def test_alpha_dropout_values_follow_the_selu_rescaling():
    p = 0.2
    a = 1 / math.sqrt((1 - p) * (1 + p * SELU_SATURATION ** 2))
    x = _t(_rng(2).standard_normal(4000))
    yg.manual_seed(0)
    out = F.alpha_dropout(x, p, training=True).numpy()
    kept = np.isclose(out, a * x.numpy() + a * SELU_SATURATION * p, rtol=1e-12, atol=1e-12)
    dropped = np.isclose(out, -a * SELU_SATURATION * (1 - p), rtol=1e-12, atol=1e-12)
    assert np.all(kept | dropped)
    assert abs(dropped.mean() - p) < 0.03


def test_alpha_dropout_keeps_zero_mean_and_unit_variance():
    x = _t(_rng(5).standard_normal(200_000))
    yg.manual_seed(0)
    out = F.alpha_dropout(x, 0.3, training=True).numpy()
    assert abs(out.mean()) < 0.01 and abs(out.std() - 1) < 0.01


def test_alpha_dropout_identities_and_gradient():
    x = yg.ones(3, 4)
    assert F.alpha_dropout(x, 0.5) is x  # training defaults to False, as in torch
    assert F.alpha_dropout(x, 0.0, training=True) is x
    assert np.all(F.alpha_dropout(x, 1.0, training=True).numpy() == 0)

    def drop(x):
        yg.manual_seed(4)
        return F.alpha_dropout(x, 0.5, training=True)

    assert gradcheck(drop, (_t(_rng().standard_normal((3, 4)), requires_grad=True),))


def test_feature_alpha_dropout_drops_whole_channels():
    yg.manual_seed(0)
    out = F.feature_alpha_dropout(yg.zeros(6, 8, 3, 3), 0.5, training=True).numpy()
    values = _channel_values(out, 2)
    a = 1 / math.sqrt(0.5 * (1 + 0.5 * SELU_SATURATION ** 2))
    np.testing.assert_allclose(sorted(set(values.round(6))), sorted({round(-a * SELU_SATURATION * 0.5, 6),
                                                                     round(a * SELU_SATURATION * 0.5, 6)}))


def test_dropout_modules():
    for cls, x in ((nn.Dropout1d, yg.ones(2, 3, 4)), (nn.Dropout2d, yg.ones(2, 3, 4, 4)),
                   (nn.Dropout3d, yg.ones(2, 3, 2, 2, 2)), (nn.AlphaDropout, yg.ones(2, 3)),
                   (nn.FeatureAlphaDropout, yg.ones(2, 3, 4))):
        module = cls(0.25)
        assert isinstance(module, _DropoutNd) and isinstance(nn.Dropout(), _DropoutNd)
        assert repr(module) == f"{cls.__name__}(p=0.25, inplace=False)"
        assert repr(cls(0.1, True)) == f"{cls.__name__}(p=0.1, inplace=True)"
        assert module.eval()(x) is x
        assert module.train()(x).shape == x.shape
        with pytest.raises(ValueError, match="dropout probability has to be between 0 and 1, but got 1.5"):
            cls(1.5)
    yg.manual_seed(7)
    a = nn.Dropout2d(0.5)(yg.ones(2, 3, 4, 4))
    yg.manual_seed(7)
    np.testing.assert_array_equal(a.numpy(), F.dropout2d(yg.ones(2, 3, 4, 4), 0.5).numpy())


# ---- PReLU ----------------------------------------------------------------------------------------
def _prelu_ref(x, w):
    slopes = w.reshape((-1,) + (1,) * (x.ndim - 2)) if w.size > 1 else w.reshape(())
    return np.where(x > 0, x, slopes * x)


@pytest.mark.parametrize("x_shape, w_shape", [((2, 3, 4, 5), (3,)), ((4, 3), (3,)), ((2, 3, 4), (1,)),
                                              ((5,), (1,)), ((), (1,)), ((2, 3, 2), ())])
def test_prelu_matches_numpy_and_gradcheck(x_shape, w_shape):
    x = _rng(1).standard_normal(x_shape)
    x = np.where(np.abs(x) < 0.05, 0.5, x)  # keep finite differences away from the kink
    w = _rng(2).standard_normal(w_shape)
    out = F.prelu(_t(x), _t(w))
    assert out.shape == x.shape
    np.testing.assert_allclose(out.numpy(), _prelu_ref(x, w), rtol=1e-15)
    assert gradcheck(F.prelu, (_t(x, True), _t(w, True)))


def test_prelu_gradient_at_zero_is_the_slope():
    x, w = _t([0.0, -2.0, 3.0], True), _t([0.5], True)
    F.prelu(x, w).sum().backward()
    np.testing.assert_array_equal(x.grad.numpy(), [0.5, 0.5, 1.0])
    np.testing.assert_array_equal(w.grad.numpy(), [-2.0])


def test_prelu_module():
    m = nn.PReLU()
    assert repr(m) == "PReLU(num_parameters=1)" and list(m.state_dict()) == ["weight"]
    np.testing.assert_array_equal(m.weight.detach().numpy(), np.float32([0.25]))
    m3 = nn.PReLU(3, init=0.1, dtype=yg.float64)
    assert m3.weight.dtype == yg.float64 and m3.weight.requires_grad
    np.testing.assert_array_equal(m3.weight.detach().numpy(), [0.1, 0.1, 0.1])
    x = _t(_rng().standard_normal((2, 3, 4)))
    np.testing.assert_array_equal(m3(x).detach().numpy(), _prelu_ref(x.numpy(), np.full(3, 0.1)))
    m3(x).sum().backward()
    np.testing.assert_allclose(m3.weight.grad.numpy(), np.minimum(x.numpy(), 0).sum(axis=(0, 2)), rtol=1e-14)


def test_prelu_errors():
    with pytest.raises(RuntimeError, match="Found parameter numbers = 3 and channel size = 4"):
        F.prelu(yg.ones(2, 4), yg.ones(3))
    with pytest.raises(RuntimeError, match="Found parameter numbers = 3 and channel size = 1"):
        F.prelu(yg.ones(3), yg.ones(3))
    with pytest.raises(RuntimeError, match="but got: ndim = 2"):
        F.prelu(yg.ones(2, 3), yg.ones(3, 1))
    with pytest.raises(RuntimeError, match="Type promoting not supported. Got Double and Float"):
        F.prelu(yg.ones(2, 3, dtype=yg.float64), yg.ones(3))
    with pytest.raises(NotImplementedError, match="not implemented for 'Long'"):
        F.prelu(_i([1, -2]), _i([1]))


# ---- EmbeddingBag ---------------------------------------------------------------------------------
def _bag_ref(indices, weight, offsets, mode, psw=None, padding_idx=None, include_last_offset=False):
    """One bag at a time: the rows of weight its indices pick (padding_idx left out), reduced."""
    bounds = list(offsets) if include_last_offset else list(offsets) + [len(indices)]
    out = np.zeros((len(bounds) - 1, weight.shape[1]))
    for b in range(len(bounds) - 1):
        picked = [(weight[i] * (1.0 if psw is None else psw[k]))
                  for k, i in enumerate(indices) if bounds[b] <= k < bounds[b + 1] and i != padding_idx]
        if picked:
            out[b] = {"sum": np.sum, "mean": np.mean, "max": np.max}[mode](picked, axis=0)
    return out


INDICES = [1, 2, 4, 5, 4, 3, 2, 6, 0]
WEIGHT = np.random.default_rng(3).standard_normal((7, 3))


@pytest.mark.parametrize("mode", ["sum", "mean", "max"])
@pytest.mark.parametrize("offsets, extra", [
    ([0, 2, 2, 5], {}),                                   # an empty bag in the middle
    ([0, 3, 3, 9], {"include_last_offset": True}),
    ([0, 4, 9], {"include_last_offset": True}),
    ([0, 4], {"padding_idx": 2}),
    ([0, 4, 7], {"padding_idx": -3}),                   # -3 is row 4
    ([0, 9], {}),                                         # an empty last bag
])
def test_embedding_bag_matches_numpy(mode, offsets, extra):
    out = F.embedding_bag(_i(INDICES), _t(WEIGHT), _i(offsets), mode=mode, **extra)
    padding = extra.get("padding_idx")
    expected = _bag_ref(INDICES, WEIGHT, offsets, mode, padding_idx=None if padding is None else padding % 7,
                        include_last_offset=extra.get("include_last_offset", False))
    np.testing.assert_allclose(out.detach().numpy(), expected, rtol=1e-14, atol=1e-15)


@pytest.mark.parametrize("mode", ["sum", "mean", "max"])
def test_embedding_bag_2d_input_is_one_bag_per_row(mode):
    rows = [[1, 2, 2], [3, 3, 3], [2, 2, 2]]
    out = F.embedding_bag(_i(rows), _t(WEIGHT), mode=mode, padding_idx=2)
    expected = _bag_ref(sum(rows, []), WEIGHT, [0, 3, 6], mode, padding_idx=2)
    np.testing.assert_allclose(out.numpy(), expected, rtol=1e-14)
    assert np.all(out.numpy()[2] == 0)  # a bag of padding only


def test_embedding_bag_per_sample_weights():
    psw = np.linspace(-1.0, 2.0, len(INDICES))
    out = F.embedding_bag(_i(INDICES), _t(WEIGHT), _i([0, 2, 2, 5]), mode="sum", per_sample_weights=_t(psw))
    np.testing.assert_allclose(out.numpy(), _bag_ref(INDICES, WEIGHT, [0, 2, 2, 5], "sum", psw), rtol=1e-14)
    out2d = F.embedding_bag(_i([[1, 2], [3, 4]]), _t(WEIGHT), mode="sum",
                            per_sample_weights=_t([[1.0, 2.0], [3.0, -1.0]]))
    np.testing.assert_allclose(out2d.numpy(), [WEIGHT[1] + 2 * WEIGHT[2], 3 * WEIGHT[3] - WEIGHT[4]], rtol=1e-14)


@pytest.mark.parametrize("mode", ["sum", "mean", "max"])
def test_embedding_bag_gradcheck(mode):
    offsets = _i([0, 2, 2, 5])
    assert gradcheck(lambda w: F.embedding_bag(_i(INDICES), w, offsets, mode=mode, padding_idx=3),
                     (_t(WEIGHT, True),))
    if mode == "sum":
        psw = _t(np.linspace(-1.0, 2.0, len(INDICES)), True)
        assert gradcheck(lambda w, s: F.embedding_bag(_i(INDICES), w, offsets, mode="sum", per_sample_weights=s),
                         (_t(WEIGHT, True), psw))


def test_embedding_bag_gradients_reach_the_right_rows():
    w = _t(WEIGHT, True)
    F.embedding_bag(_i(INDICES), w, _i([0, 4]), mode="mean", padding_idx=2).sum().backward()
    assert np.all(w.grad.numpy()[2] == 0)  # padding takes no part
    np.testing.assert_allclose(w.grad.numpy()[4], np.full(3, 1 / 3 + 1 / 4), rtol=1e-15)  # once in each bag
    w = _t(np.arange(21.0).reshape(7, 3), True)
    F.embedding_bag(_i([1, 5, 3]), w, _i([0]), mode="max").sum().backward()
    np.testing.assert_array_equal(w.grad.numpy()[5], [1, 1, 1])  # the row holding every maximum
    assert w.grad.numpy().sum() == 3
    for mode in ("sum", "mean", "max"):  # only empty bags: zeros that are still a function of weight
        w = _t(WEIGHT, True)
        out = F.embedding_bag(_i(np.zeros(0)), w, _i([0, 0]), mode=mode)
        np.testing.assert_array_equal(out.detach().numpy(), np.zeros((2, 3)))
        out.sum().backward()
        np.testing.assert_array_equal(w.grad.numpy(), np.zeros_like(WEIGHT))


def test_embedding_bag_module():
    yg.manual_seed(0)
    bag = nn.EmbeddingBag(10, 3, mode="sum", padding_idx=-1)
    assert bag.padding_idx == 9 and np.all(bag.weight.detach().numpy()[9] == 0)
    assert repr(bag) == "EmbeddingBag(10, 3, mode='sum', padding_idx=9)"
    assert repr(nn.EmbeddingBag(10, 3)) == "EmbeddingBag(10, 3, mode='mean')"
    x, offsets = _i([1, 2, 9, 4]), _i([0, 2])
    np.testing.assert_allclose(bag(x, offsets).detach().numpy(),
                               _bag_ref([1, 2, 9, 4], bag.weight.detach().numpy(), [0, 2], "sum"), rtol=1e-6)
    pre = nn.EmbeddingBag.from_pretrained(_t(WEIGHT), mode="max")
    assert not pre.weight.requires_grad and pre.mode == "max"
    assert nn.EmbeddingBag.from_pretrained(_t(WEIGHT), freeze=False).weight.requires_grad
    with pytest.raises(AssertionError, match="padding_idx must be within num_embeddings"):
        nn.EmbeddingBag(3, 2, padding_idx=3)


def test_embedding_bag_errors():
    w = _t(WEIGHT)
    with pytest.raises(ValueError, match="offsets has to be a 1D Tensor but got None"):
        F.embedding_bag(_i([1, 2]), w)
    with pytest.raises(ValueError, match="if input is 2D, then offsets has to be None"):
        F.embedding_bag(_i([[1, 2]]), w, _i([0]))
    with pytest.raises(ValueError, match="mode has to be one of sum, mean or max"):
        F.embedding_bag(_i([1, 2]), w, _i([0]), mode="min")
    with pytest.raises(NotImplementedError, match=r"only supported for mode='sum' \(got mode='max'\)"):
        F.embedding_bag(_i([1, 2]), w, _i([0]), mode="max", per_sample_weights=_t([1.0, 1.0]))
    with pytest.raises(RuntimeError, match=r"offsets\[0\] has to be 0"):
        F.embedding_bag(_i([1, 2]), w, _i([1]))
    with pytest.raises(RuntimeError, match=r"offsets\[-1\] can not be greater than input's length 2"):
        F.embedding_bag(_i([1, 2]), w, _i([0, 3]))
    with pytest.raises(RuntimeError, match="Index 1 of input takes value 7 which is not in the valid range"):
        F.embedding_bag(_i([1, 7]), w, _i([0]))
    with pytest.raises(RuntimeError, match="padding_idx must be within the number of embeddings, -7 through 6"):
        F.embedding_bag(_i([1, 2]), w, _i([0]), padding_idx=-8)
    with pytest.warns(UserWarning, match="Argument order of nn.functional.embedding_bag was changed"):
        swapped = F.embedding_bag(w, _i([1, 2]), _i([0]))
    np.testing.assert_allclose(swapped.numpy(), [(WEIGHT[1] + WEIGHT[2]) / 2], rtol=1e-15)


# ---- nn.init --------------------------------------------------------------------------------------
def _truncated_moments(mean, std, a, b):
    """Mean and standard deviation of N(mean, std^2) truncated to [a, b]."""
    def pdf(z):
        return math.exp(-z * z / 2) / math.sqrt(2 * math.pi)

    def cdf(z):
        return (1 + math.erf(z / math.sqrt(2))) / 2

    alpha, beta = (a - mean) / std, (b - mean) / std
    mass = cdf(beta) - cdf(alpha)
    shift = (pdf(alpha) - pdf(beta)) / mass
    variance = 1 + (alpha * pdf(alpha) - beta * pdf(beta)) / mass - shift ** 2
    return mean + std * shift, std * math.sqrt(variance)


@pytest.mark.parametrize("mean, std, a, b", [(0.0, 1.0, -2.0, 2.0), (1.0, 2.0, 0.0, 5.0), (0.0, 1.0, 2.0, 3.0)])
def test_trunc_normal_stays_in_bounds_with_the_truncated_moments(mean, std, a, b):
    t = yg.empty(100_000, dtype=yg.float64)
    assert nn.init.trunc_normal_(t, mean, std, a, b, generator=yg.Generator().manual_seed(0)) is t
    values = t.numpy()
    assert values.min() >= a and values.max() <= b
    expected_mean, expected_std = _truncated_moments(mean, std, a, b)
    assert abs(values.mean() - expected_mean) < 0.01 * std and abs(values.std() - expected_std) < 0.01 * std


def test_trunc_normal_defaults_warning_and_generator():
    t = nn.init.trunc_normal_(yg.empty(3, 4))
    assert t.dtype == yg.float32 and np.all(np.abs(t.numpy()) <= 2)
    with pytest.warns(UserWarning, match="mean is more than 2 std from"):
        nn.init.trunc_normal_(yg.empty(5), mean=10.0)
    a = nn.init.trunc_normal_(yg.empty(20), generator=yg.Generator().manual_seed(3)).numpy()
    b = nn.init.trunc_normal_(yg.empty(20), generator=yg.Generator().manual_seed(3)).numpy()
    np.testing.assert_array_equal(a, b)


def test_eye_and_dirac():
    np.testing.assert_array_equal(nn.init.eye_(yg.empty(2, 3)).numpy(), np.eye(2, 3))
    x = _t(_rng().standard_normal((2, 3, 5, 5)))
    w = nn.init.dirac_(yg.empty(3, 3, 3, 3, dtype=yg.float64))
    np.testing.assert_allclose(F.conv2d(x, w, padding=1).numpy(), x.numpy(), rtol=1e-15)  # passes the input
    x1 = _t(_rng().standard_normal((2, 4, 7)))
    w1 = nn.init.dirac_(yg.empty(4, 2, 3, dtype=yg.float64), groups=2)
    np.testing.assert_allclose(F.conv1d(x1, w1, padding=1, groups=2).numpy(), x1.numpy(), rtol=1e-15)
    w3 = nn.init.dirac_(yg.empty(2, 3, 3, 3, 3))
    assert w3.numpy().sum() == 2 and w3.numpy()[1, 1, 1, 1, 1] == 1
    with pytest.raises(ValueError, match="Only tensors with 2 dimensions are supported"):
        nn.init.eye_(yg.empty(2))
    with pytest.raises(ValueError, match="Only tensors with 3, 4, or 5 dimensions are supported"):
        nn.init.dirac_(yg.empty(2, 2))
    with pytest.raises(ValueError, match="dim 0 must be divisible by groups"):
        nn.init.dirac_(yg.empty(3, 2, 3), groups=2)


def test_sparse_zeroes_a_fraction_of_each_column():
    t = nn.init.sparse_(yg.empty(10, 6, dtype=yg.float64), sparsity=0.25, std=0.5,
                        generator=yg.Generator().manual_seed(1))
    assert np.all((t.numpy() == 0).sum(axis=0) == math.ceil(0.25 * 10))
    with pytest.raises(ValueError, match="Only tensors with 2 dimensions are supported"):
        nn.init.sparse_(yg.empty(2, 2, 2), 0.5)


def test_init_generators_are_reproducible_and_leave_the_default_alone():
    init = nn.init
    fills = [lambda t, g: init.uniform_(t, -1, 1, generator=g), lambda t, g: init.normal_(t, generator=g),
             lambda t, g: init.xavier_uniform_(t, generator=g), lambda t, g: init.xavier_normal_(t, generator=g),
             lambda t, g: init.kaiming_uniform_(t, generator=g), lambda t, g: init.kaiming_normal_(t, generator=g),
             lambda t, g: init.orthogonal_(t, generator=g), lambda t, g: init.sparse_(t, 0.5, generator=g),
             lambda t, g: init.trunc_normal_(t, generator=g)]
    state = yg.get_rng_state()
    for fill in fills:
        a = fill(yg.empty(4, 5), yg.Generator().manual_seed(9)).numpy()
        b = fill(yg.empty(4, 5), yg.Generator().manual_seed(9)).numpy()
        np.testing.assert_array_equal(a, b)
    np.testing.assert_array_equal(yg.get_rng_state().numpy(), state.numpy())


def test_deprecated_init_names_warn_and_fill():
    with pytest.warns(FutureWarning, match=r"`nn.init.xavier_uniform` is now deprecated in favor of "
                                           r"`nn.init.xavier_uniform_`."):
        t = nn.init.xavier_uniform(yg.empty(3, 4))
    bound = math.sqrt(6 / 7)
    assert np.all(np.abs(t.numpy()) <= bound)
    with pytest.warns(FutureWarning):
        np.testing.assert_array_equal(nn.init.constant(yg.empty(2), 3.0).numpy(), [3.0, 3.0])
    for name in ("uniform", "normal", "constant", "eye", "dirac", "xavier_normal", "kaiming_uniform",
                 "kaiming_normal", "orthogonal", "sparse"):
        assert getattr(nn.init, name).__name__ == name


# ---- assert_close ---------------------------------------------------------------------------------
def test_assert_close_default_tolerances_by_dtype():
    close = yamlgrad.testing.assert_close
    base = np.array([1.0, 2.0, -3.0])
    close(_t(base * (1 + 1e-6), dtype=np.float32), _t(base, dtype=np.float32))  # within float32's 1.3e-6
    with pytest.raises(AssertionError):
        close(_t(base * (1 + 1e-6)), _t(base))                                # not within float64's 1e-7
    close(_t(base * (1 + 5e-8)), _t(base))
    close(_t(base + 1e-3, dtype=np.float16), _t(base, dtype=np.float16))
    close(_i([1, 2]), _i([1, 2]))
    with pytest.raises(AssertionError, match="Tensor-likes are not equal!"):
        close(_i([1, 2]), _i([1, 3]))
    close(_t([1.0, 2.0]), _t([1.1, 2.0]), rtol=0.1, atol=0.0)
    close(1.0, 1.0 + 1e-8)


def test_assert_close_message():
    actual, expected = np.array([[1.0, 2.0], [3.0, 4.0]]), np.array([[1.0, 2.5], [3.0, 5.0]])
    with pytest.raises(AssertionError) as info:
        yamlgrad.testing.assert_close(_t(actual), _t(expected))
    diff = np.abs(actual - expected)
    assert str(info.value) == (
        "Tensor-likes are not close!\n\nMismatched elements: 2 / 4 (50.0%)\n"
        f"Greatest absolute difference: {diff.max()} at index (1, 1) (up to 1e-07 allowed)\n"
        f"Greatest relative difference: {(diff / expected).max()} at index (0, 1) (up to 1e-07 allowed)")
    with pytest.raises(AssertionError) as info:
        yamlgrad.testing.assert_close(_i([1, 2, 3]), _i([1, 2, 5]))
    assert "Greatest absolute difference: 2 at index (2,)\n" in str(info.value) and "allowed" not in str(info.value)
    with pytest.raises(AssertionError, match=r"^Scalars are not close!\n\nExpected 1.5 but got 1.0.\n"
                                             r"Absolute difference: 0.5 \(up to 1e-07 allowed\)\n"
                                             r"Relative difference: 0.3333333333333333 \(up to 1e-07 allowed\)$"):
        yamlgrad.testing.assert_close(_t(1.0), _t(1.5))


def test_assert_close_options_and_containers():
    close = yamlgrad.testing.assert_close
    nan = float("nan")
    with pytest.raises(AssertionError, match="Greatest absolute difference: nan"):
        close(_t([nan]), _t([nan]))
    close(_t([nan, np.inf]), _t([nan, np.inf]), equal_nan=True)
    with pytest.raises(AssertionError, match="The values for attribute 'dtype' do not match"):
        close(yg.zeros(2), yg.zeros(2, dtype=yg.float64))
    close(yg.zeros(2), yg.zeros(2, dtype=yg.float64), check_dtype=False)
    close(nn.Parameter(yg.zeros(2)), yg.zeros(2))
    with pytest.raises(TypeError, match="No comparison pair"):
        close(nn.Parameter(yg.zeros(2)), yg.zeros(2), allow_subclasses=False)
    close([_t([1.0]), {"a": (2, 3.0)}], [_t([1.0]), {"a": [2, 3.0]}])
    with pytest.raises(AssertionError, match=r"\n\nThe failure occurred for item \[1\]\['a'\]\[1\]$"):
        close([_t([1.0]), {"a": (2, 3.0)}], [_t([1.0]), {"a": [2, 4.0]}])
    with pytest.raises(AssertionError, match="^custom$"):
        close(_t([1.0]), _t([2.0]), msg="custom")
    with pytest.raises(AssertionError, match=r"^<Tensor-likes are not close!"):
        close(_t([1.0]), _t([2.0]), msg=lambda m: f"<{m}>")
    close(np.array([1.0, 2.0]), np.array([1.0, 2.0]))
    with pytest.raises(TypeError, match="No comparison pair was able to handle inputs"):
        close(_t([1.0]), np.array([1.0]))
    with pytest.raises(ValueError, match="'rtol' and 'atol' must be either specified or omitted, but got no rtol"):
        close(_t([1.0]), _t([1.0]), atol=1e-3)


def test_assert_allclose_is_deprecated_and_looser():
    with pytest.warns(FutureWarning, match="assert_allclose\\(\\)` is deprecated"):
        yamlgrad.testing.assert_allclose(_t([1.0, 2.0], dtype=np.float32), [1.00005, 2.0])  # float32: rtol 1e-4
    with pytest.warns(FutureWarning), pytest.raises(AssertionError):
        yamlgrad.testing.assert_allclose(_t([1.0]), [1.001])


# ---- Generator ------------------------------------------------------------------------------------
RANDOM_CALLS = [
    lambda g: yg.rand(3, generator=g), lambda g: yg.randn(2, 2, generator=g),
    lambda g: yg.randint(0, 100, (4,), generator=g), lambda g: yg.randperm(6, generator=g),
    lambda g: yg.bernoulli(yg.full((5,), 0.5), generator=g), lambda g: yg.multinomial(yg.ones(4), 2, generator=g),
    lambda g: yg.normal(yg.zeros(3), yg.ones(3), generator=g), lambda g: yg.rand_like(yg.zeros(3), generator=g),
    lambda g: yg.randn_like(yg.zeros(3), generator=g), lambda g: yg.randint_like(yg.zeros(3), 10, generator=g),
    lambda g: yg.zeros(3).uniform_(generator=g), lambda g: yg.zeros(3).normal_(generator=g),
    lambda g: yg.zeros(3).random_(0, 10, generator=g),
]


@pytest.mark.parametrize("call", RANDOM_CALLS)
def test_random_functions_draw_from_the_generator_given(call):
    state = yg.get_rng_state()
    a = call(yg.Generator().manual_seed(5)).numpy()
    b = call(yg.Generator().manual_seed(5)).numpy()
    np.testing.assert_array_equal(a, b)
    np.testing.assert_array_equal(yg.get_rng_state().numpy(), state.numpy())  # the default stream did not move
    g = yg.Generator().manual_seed(5)
    yg.manual_seed(5)
    np.testing.assert_array_equal(call(g).numpy(), call(None).numpy())  # same seed, same stream


def test_generator_seeds_and_state():
    g = yg.Generator()
    assert g.device == yg.device("cpu") and g.initial_seed() == 67280421310721
    assert g.manual_seed(3) is g and g.initial_seed() == 3
    assert g.manual_seed(-1).initial_seed() == 2 ** 64 - 1 and g.manual_seed(2 ** 64 - 1).initial_seed() == 2 ** 64 - 1
    g.manual_seed(11)
    yg.rand(4, generator=g)
    state = g.get_state()
    assert state.dtype == yg.uint8 and state.ndim == 1
    after = yg.rand(4, generator=g).numpy()
    other = yg.Generator().manual_seed(99)
    assert other.set_state(state) is other and other.initial_seed() == 11
    np.testing.assert_array_equal(yg.rand(4, generator=other).numpy(), after)
    clone = other.clone_state()
    np.testing.assert_array_equal(yg.rand(2, generator=clone).numpy(), yg.rand(2, generator=other).numpy())
    for copied in (copy.deepcopy(g), pickle.loads(pickle.dumps(g))):
        expected = yg.rand(3, generator=copy.deepcopy(g)).numpy()
        np.testing.assert_array_equal(yg.rand(3, generator=copied).numpy(), expected)
    seed = g.seed()
    assert isinstance(seed, int) and 0 <= seed < 2 ** 64 and g.initial_seed() == seed


def test_default_generator_functions():
    assert yg.manual_seed(7) is yg.default_generator and yg.initial_seed() == 7
    assert yg.manual_seed(7.9).initial_seed() == 7  # converted with int(), as torch.manual_seed does
    state = yg.get_rng_state()
    a = yg.randn(5).numpy()
    yg.set_rng_state(state)
    np.testing.assert_array_equal(yg.randn(5).numpy(), a)
    seed = yg.seed()
    assert yg.initial_seed() == seed
    yg.manual_seed(0)


def test_generator_errors():
    with pytest.raises(RuntimeError, match="manual_seed expected a long, but got float"):
        yg.Generator().manual_seed(1.5)
    with pytest.raises(RuntimeError, match="manual_seed expected a long, but got bool"):
        yg.Generator().manual_seed(True)
    with pytest.raises(ValueError, match="Overflow when unpacking long long"):
        yg.Generator().manual_seed(-2 ** 63 - 1)
    with pytest.raises(TypeError, match="expected a torch.ByteTensor, but got list"):
        yg.Generator().set_state([0])
    with pytest.raises(TypeError, match="RNG state must be a torch.ByteTensor"):
        yg.Generator().set_state(yg.zeros(56))
    with pytest.raises(RuntimeError, match="found the input RNG state size to be 3"):
        yg.Generator().set_state(yg.zeros(3, dtype=yg.uint8))
    with pytest.raises(TypeError, match="generator must be a yamlgrad.Generator or None, got int"):
        yg.randn(2, generator=3)
    with pytest.raises(AssertionError, match="Torch not compiled with CUDA enabled"):
        yg.Generator("cuda")


def test_data_utilities_take_a_generator():
    from yamlgrad.utils import data

    def order(seed):
        return list(data.RandomSampler(range(20), generator=yg.Generator().manual_seed(seed)))

    assert order(1) == order(1) and sorted(order(1)) == list(range(20)) and order(1) != order(2)
    g = yg.Generator().manual_seed(4)
    first, second = list(data.RandomSampler(range(20), generator=g)), list(data.RandomSampler(range(20), generator=g))
    assert first != second  # the generator advances between passes
    splits = [[list(s) for s in data.random_split(range(10), [3, 7], generator=yg.Generator().manual_seed(8))]
              for _ in range(2)]
    assert splits[0] == splits[1] and sorted(splits[0][0] + splits[0][1]) == list(range(10))

    def batches(seed):
        loader = data.DataLoader(data.TensorDataset(yg.arange(12)), batch_size=4, shuffle=True,
                                 generator=yg.Generator().manual_seed(seed))
        return [b[0].tolist() for b in loader]

    assert batches(3) == batches(3)


# ---- version and multiprocessing ------------------------------------------------------------------
def test_version_module():
    import yamlgrad.version as version
    assert version.__version__ == yg.__version__
    assert version.cuda is None and version.debug is False and version.hip is None
    assert isinstance(version.git_version, str)
    assert set(version.__all__) >= {"__version__", "debug", "cuda", "git_version"}


def test_multiprocessing_is_pythons():
    import yamlgrad.multiprocessing as mp
    for name in multiprocessing.__all__:
        assert getattr(mp, name) is getattr(multiprocessing, name), name
    assert set(mp.__all__) >= set(multiprocessing.__all__)
    assert mp.get_sharing_strategy() in mp.get_all_sharing_strategies()
    previous = mp.get_sharing_strategy()
    mp.set_sharing_strategy("file_system")
    assert mp.get_sharing_strategy() == "file_system"
    mp.set_sharing_strategy(previous)
    with pytest.raises(AssertionError, match="invalid sharing strategy 'shm'"):
        mp.set_sharing_strategy("shm")

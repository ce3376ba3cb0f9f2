"""Convolution, pooling, normalization, embedding, dropout, normalize/cosine_similarity and attention
(yamlgrad.nn.functional and the layers of yamlgrad.nn: conv, pooling, normalization, sparse, dropout).

Values are checked against plain NumPy references written out here (loops over output positions are
fine in a reference); gradients with gradcheck and second derivatives with gradgradcheck (float64).
"""
import math

import numpy as np
import pytest

import yamlgrad as yg
import yamlgrad.nn.functional as F
from yamlgrad import nn
from yamlgrad.autograd import gradcheck, gradgradcheck


def _rng(seed=0):
    return np.random.default_rng(seed)


def _t(array, requires_grad=True, dtype=np.float64):
    return yg.tensor(np.asarray(array, dtype=dtype), requires_grad=requires_grad)


# ---- NumPy references -----------------------------------------------------------------------------
def _ref_conv(x, w, b, stride, padding, dilation, groups):
    """Direct N-d cross-correlation, one output position at a time (x batched)."""
    nd = w.ndim - 2
    x = np.pad(x, [(0, 0), (0, 0)] + [(p, p) for p in padding])
    n, c = x.shape[:2]
    f, cg = w.shape[:2]
    k = w.shape[2:]
    out_size = [(x.shape[2 + i] - dilation[i] * (k[i] - 1) - 1) // stride[i] + 1 for i in range(nd)]
    out = np.zeros((n, f, *out_size))
    fg = f // groups
    for pos in np.ndindex(*out_size):
        window = tuple(slice(pos[i] * stride[i], pos[i] * stride[i] + dilation[i] * (k[i] - 1) + 1, dilation[i])
                       for i in range(nd))
        for o in range(f):
            g = o // fg
            patch = x[(slice(None), slice(g * cg, (g + 1) * cg)) + window]
            out[(slice(None), o) + pos] = (patch * w[o]).reshape(n, -1).sum(1)
    if b is not None:
        out += b.reshape((1, -1) + (1,) * nd)
    return out


def _ref_pool(x, k, s, p, d, ceil_mode, reduce, pad_value):
    """Windows of a (N, C, H, W) array padded with pad_value, torch's output-size rule; reduce(window, (i, j))."""
    def size(n, i):
        out = (n + 2 * p[i] - d[i] * (k[i] - 1) - 1 + (s[i] - 1 if ceil_mode else 0)) // s[i] + 1
        if ceil_mode and (out - 1) * s[i] >= n + p[i]:
            out -= 1
        return out
    oh, ow = size(x.shape[2], 0), size(x.shape[3], 1)
    big = np.full(x.shape[:2] + (x.shape[2] + 2 * p[0] + k[0] * d[0] + s[0], x.shape[3] + 2 * p[1] + k[1] * d[1] + s[1]),
                  pad_value, dtype=np.float64)
    big[:, :, p[0]:p[0] + x.shape[2], p[1]:p[1] + x.shape[3]] = x
    out = np.zeros(x.shape[:2] + (oh, ow))
    for i in range(oh):
        for j in range(ow):
            win = big[:, :, i * s[0]:i * s[0] + d[0] * (k[0] - 1) + 1:d[0], j * s[1]:j * s[1] + d[1] * (k[1] - 1) + 1:d[1]]
            out[:, :, i, j] = reduce(win, (i, j))
    return out


def _ref_avg_pool(x, k, s, p, ceil_mode, count_include_pad, divisor_override=None):
    height, width = x.shape[2:]

    def reduce(win, ij):
        i, j = ij
        hs, ws = i * s[0] - p[0], j * s[1] - p[1]
        he, we = min(hs + k[0], height + p[0]), min(ws + k[1], width + p[1])
        pool = (he - hs) * (we - ws)
        inside = (min(he, height) - max(hs, 0)) * (min(we, width) - max(ws, 0))
        div = divisor_override or (pool if count_include_pad else inside)
        return win.sum(axis=(2, 3)) / div
    return _ref_pool(x, k, s, p, (1, 1), ceil_mode, reduce, 0.0)


def _ref_norm(x, axes, eps):
    mean = x.mean(axis=axes, keepdims=True)
    var = x.var(axis=axes, keepdims=True)
    return (x - mean) / np.sqrt(var + eps)


def _ref_softmax(x):
    e = np.exp(x - x.max(-1, keepdims=True))
    return e / e.sum(-1, keepdims=True)


# ---- convolution ----------------------------------------------------------------------------------
CONV2D_CASES = [
    ((2, 3, 7, 6), (4, 3, 3, 3), dict()),
    ((2, 4, 7, 6), (6, 2, 3, 2), dict(stride=2, padding=1, groups=2)),
    ((1, 2, 8, 9), (3, 2, 2, 3), dict(stride=(2, 1), padding=(1, 2), dilation=(2, 1))),
    ((1, 4, 5, 5), (4, 1, 3, 3), dict(groups=4, padding=2, dilation=2)),
]


@pytest.mark.parametrize("xs, ws, kw", CONV2D_CASES)
@pytest.mark.parametrize("bias", [True, False])
def test_conv2d_values(xs, ws, kw, bias):
    rng = _rng(1)
    x, w = rng.standard_normal(xs), rng.standard_normal(ws)
    b = rng.standard_normal(ws[0]) if bias else None
    out = F.conv2d(_t(x), _t(w), None if b is None else _t(b), **kw)
    pair = lambda v, default: v if isinstance(v, tuple) else (v, v) if v is not None else default  # noqa: E731
    ref = _ref_conv(x, w, b, pair(kw.get("stride"), (1, 1)), pair(kw.get("padding"), (0, 0)),
                    pair(kw.get("dilation"), (1, 1)), kw.get("groups", 1))
    np.testing.assert_allclose(out.detach().numpy(), ref, rtol=1e-12, atol=1e-12)
    assert out.grad_fn.name() == "ConvolutionBackward0"


def test_conv2d_float32_stays_float32():
    x = yg.randn(1, 2, 5, 5)
    w = yg.randn(3, 2, 3, 3, requires_grad=True)
    out = F.conv2d(x, w)
    assert out.dtype == yg.float32
    out.sum().backward()
    assert w.grad.dtype == yg.float32


@pytest.mark.parametrize("xs, ws, kw", CONV2D_CASES[:3])
def test_conv2d_grads(xs, ws, kw):
    rng = _rng(2)
    args = [_t(rng.standard_normal(xs)), _t(rng.standard_normal(ws)), _t(rng.standard_normal(ws[0]))]
    fn = lambda x, w, b: F.conv2d(x, w, b, **kw)  # noqa: E731
    assert gradcheck(fn, args)
    assert gradgradcheck(fn, args)


def test_conv1d_values_grads_and_unbatched():
    rng = _rng(3)
    x, w, b = rng.standard_normal((2, 4, 9)), rng.standard_normal((6, 2, 2)), rng.standard_normal(6)
    out = F.conv1d(_t(x), _t(w), _t(b), stride=2, padding=1, dilation=2, groups=2)
    np.testing.assert_allclose(out.detach().numpy(), _ref_conv(x, w, b, (2,), (1,), (2,), 2), atol=1e-12)
    unbatched = F.conv1d(_t(x[0]), _t(w), _t(b), stride=2, padding=1, dilation=2, groups=2)
    assert unbatched.shape == out.shape[1:]
    np.testing.assert_allclose(unbatched.detach().numpy(), out.detach().numpy()[0])
    fn = lambda x, w, b: F.conv1d(x, w, b, stride=2, padding=1, dilation=2, groups=2)  # noqa: E731
    args = [_t(x[:1]), _t(w), _t(b)]
    assert gradcheck(fn, args) and gradgradcheck(fn, args)


@pytest.mark.parametrize("ws, dilation", [((3, 2, 3, 3), 1), ((3, 2, 4, 2), (1, 2)), ((3, 2, 2, 2), 1)])
def test_conv2d_padding_same_and_valid(ws, dilation):
    rng = _rng(4)
    x, w = rng.standard_normal((2, 2, 6, 7)), rng.standard_normal(ws)
    same = F.conv2d(_t(x), _t(w), padding="same", dilation=dilation)
    assert same.shape == (2, 3, 6, 7)
    d = dilation if isinstance(dilation, tuple) else (dilation, dilation)
    total = [d[i] * (ws[2 + i] - 1) for i in range(2)]
    # torch: left = total // 2, the odd element goes on the right
    padded = np.pad(x, [(0, 0), (0, 0)] + [(t // 2, t - t // 2) for t in total])
    np.testing.assert_allclose(same.detach().numpy(), _ref_conv(padded, w, None, (1, 1), (0, 0), d, 1), atol=1e-12)
    valid = F.conv2d(_t(x), _t(w), padding="valid", dilation=dilation)
    np.testing.assert_allclose(valid.detach().numpy(), _ref_conv(x, w, None, (1, 1), (0, 0), d, 1), atol=1e-12)
    fn = lambda x, w: F.conv2d(x, w, padding="same", dilation=dilation)  # noqa: E731
    assert gradcheck(fn, [_t(x[:1, :, :4, :5]), _t(w)])


def test_conv_errors():
    x = yg.randn(1, 2, 4, 4)
    with pytest.raises(RuntimeError, match="padding='same' is not supported for strided convolutions"):
        F.conv2d(x, yg.randn(1, 2, 3, 3), padding="same", stride=2)
    with pytest.raises(RuntimeError, match="Invalid padding string: 'foo'"):
        F.conv2d(x, yg.randn(1, 2, 3, 3), padding="foo")
    with pytest.raises(RuntimeError, match=r"expected input\[1, 2, 4, 4\] to have 3 channels, but got 2 channels"):
        F.conv2d(x, yg.randn(1, 3, 3, 3))
    with pytest.raises(RuntimeError, match="Kernel size can't be greater than actual input size"):
        F.conv2d(x, yg.randn(1, 2, 5, 5))
    with pytest.raises(RuntimeError, match=r"Expected 3D \(unbatched\) or 4D \(batched\) input to conv2d"):
        F.conv2d(yg.randn(1, 1, 2, 4, 4), yg.randn(1, 2, 3, 3))
    with pytest.raises(RuntimeError, match="same dtype"):
        F.conv2d(x, yg.randn(1, 2, 3, 3, dtype=yg.float64))


def test_convolution_transposed_is_the_adjoint():
    """<conv_transpose(y, w), x> == <y, conv(x, w)> when the sizes agree (output_padding fills the gap)."""
    rng = _rng(5)
    w = rng.standard_normal((4, 3, 3, 2))  # conv: 6 -> 4 channels with groups=2
    x = rng.standard_normal((2, 6, 8, 7))
    stride, padding, dilation, groups = (2, 3), (1, 0), (1, 2), 2
    y = yg.convolution(_t(x), _t(w), None, stride, padding, dilation, False, (0, 0), groups).detach().numpy()
    u = rng.standard_normal(y.shape)
    # transposed output size: (L-1)*s - 2p + d(k-1) + op + 1 == 8, 7
    op = tuple(x.shape[2 + i] - ((y.shape[2 + i] - 1) * stride[i] - 2 * padding[i] + dilation[i] * (w.shape[2 + i] - 1) + 1)
               for i in range(2))
    assert op == (1, 1)
    back = yg.convolution(_t(u), _t(w), None, stride, padding, dilation, True, op, groups).detach().numpy()
    assert back.shape == x.shape
    np.testing.assert_allclose((back * x).sum(), (u * y).sum(), rtol=1e-12)
    bias = rng.standard_normal(6)
    with_bias = yg.convolution(_t(u), _t(w), _t(bias), stride, padding, dilation, True, op, groups)
    np.testing.assert_allclose(with_bias.detach().numpy(), back + bias.reshape(1, -1, 1, 1), atol=1e-12)
    fn = lambda u, w, b: yg.convolution(u, w, b, stride, padding, dilation, True, op, groups)  # noqa: E731
    args = [_t(u[:1]), _t(w), _t(bias)]
    assert gradcheck(fn, args) and gradgradcheck(fn, args)


@pytest.mark.parametrize("mode, np_mode", [("reflect", "reflect"), ("replicate", "edge"), ("circular", "wrap")])
def test_conv2d_module_padding_modes(mode, np_mode):
    yg.manual_seed(0)
    conv = nn.Conv2d(3, 4, 3, padding=(1, 2), padding_mode=mode, dtype=yg.float64)
    x = _rng(6).standard_normal((2, 3, 5, 6))
    padded = np.pad(x, [(0, 0), (0, 0), (1, 1), (2, 2)], mode=np_mode)
    ref = _ref_conv(padded, conv.weight.detach().numpy(), conv.bias.detach().numpy(), (1, 1), (0, 0), (1, 1), 1)
    np.testing.assert_allclose(conv(_t(x)).detach().numpy(), ref, atol=1e-12)
    unbatched = conv(_t(x[0]))
    np.testing.assert_allclose(unbatched.detach().numpy(), ref[0], atol=1e-12)
    assert gradcheck(lambda x: conv(x), [_t(x[:1, :, :3, :4])])


def test_conv_modules_init_shapes_and_repr():
    yg.manual_seed(0)
    conv = nn.Conv2d(8, 16, 3, groups=2)
    bound = 1 / math.sqrt(4 * 9)  # fan_in = in_channels / groups * kh * kw
    w, b = conv.weight.detach().numpy(), conv.bias.detach().numpy()
    assert w.shape == (16, 4, 3, 3) and w.dtype == np.float32 and b.shape == (16,)
    assert np.abs(w).max() <= bound and np.abs(w).max() > 0.9 * bound and np.abs(b).max() <= bound
    assert repr(conv) == "Conv2d(8, 16, kernel_size=(3, 3), stride=(1, 1), groups=2)"
    assert repr(nn.Conv2d(3, 4, (3, 2), stride=2, padding=1, bias=False)) == \
        "Conv2d(3, 4, kernel_size=(3, 2), stride=(2, 2), padding=(1, 1), bias=False)"
    assert repr(nn.Conv1d(2, 3, 5, padding="same", dilation=2)) == \
        "Conv1d(2, 3, kernel_size=(5,), stride=(1,), padding=same, dilation=(2,))"
    assert nn.Conv1d(2, 3, 5).weight.shape == (3, 2, 5)
    with pytest.raises(ValueError, match="in_channels must be divisible by groups"):
        nn.Conv2d(3, 4, 3, groups=2)
    with pytest.raises(ValueError, match="padding='same' is not supported for strided convolutions"):
        nn.Conv2d(3, 4, 3, padding="same", stride=2)
    out = nn.Conv2d(3, 4, 3, padding="same")(yg.randn(2, 3, 5, 6))
    assert out.shape == (2, 4, 5, 6)
    assert [name for name, _ in conv.named_parameters()] == ["weight", "bias"]


def test_small_cnn_trains():
    yg.manual_seed(0)
    model = nn.Sequential(nn.Conv2d(1, 4, 3, padding=1), nn.BatchNorm2d(4), nn.ReLU(), nn.MaxPool2d(2),
                          nn.Conv2d(4, 4, 3, padding=1), nn.ReLU(), nn.AdaptiveAvgPool2d(1), nn.Flatten(),
                          nn.Dropout(0.1), nn.Linear(4, 2))
    x = yg.randn(8, 1, 6, 6)
    target = yg.tensor(np.arange(8) % 2)
    opt = yg.optim.SGD(model.parameters(), lr=0.1)
    losses = []
    for _ in range(15):
        opt.zero_grad()
        loss = F.cross_entropy(model(x), target)
        loss.backward()
        opt.step()
        losses.append(loss.item())
    assert losses[-1] < losses[0]
    assert all(p.grad is not None for p in model.parameters())


# ---- pooling --------------------------------------------------------------------------------------
MAX_POOL_CASES = [
    ((2, 3, 6, 6), dict(kernel_size=2)),
    ((2, 3, 7, 6), dict(kernel_size=3, stride=2, padding=1)),
    ((1, 2, 7, 8), dict(kernel_size=(2, 3), stride=(2, 1), dilation=(2, 1), ceil_mode=True)),
    ((2, 1, 9, 9), dict(kernel_size=3, stride=2, padding=1, dilation=2, ceil_mode=True)),
]


def _pair(v):
    return tuple(v) if isinstance(v, tuple) else (v, v)


@pytest.mark.parametrize("xs, kw", MAX_POOL_CASES)
def test_max_pool2d_values_indices_grads(xs, kw):
    x = _rng(7).standard_normal(xs)
    k = _pair(kw["kernel_size"])
    s = _pair(kw.get("stride", kw["kernel_size"]))
    p, d = _pair(kw.get("padding", 0)), _pair(kw.get("dilation", 1))
    ref = _ref_pool(x, k, s, p, d, kw.get("ceil_mode", False), lambda w, ij: w.max(axis=(2, 3)), -np.inf)
    out, idx = F.max_pool2d(_t(x), return_indices=True, **kw)
    np.testing.assert_array_equal(out.detach().numpy(), ref)
    assert idx.dtype == yg.int64 and idx.shape == out.shape
    flat = x.reshape(xs[0], xs[1], -1)
    np.testing.assert_array_equal(np.take_along_axis(flat, idx.numpy().reshape(xs[0], xs[1], -1), -1).reshape(ref.shape), ref)
    assert out.grad_fn.name() == "MaxPool2DWithIndicesBackward0"  # torch's name
    fn = lambda x: F.max_pool2d(x, **kw)  # noqa: E731
    assert gradcheck(fn, [_t(x[:1, :1])]) and gradgradcheck(fn, [_t(x[:1, :1])])


def test_max_pool2d_ties_go_to_the_first_maximum():
    x = _t([[[[1.0, 1.0], [1.0, 0.0]]]])
    F.max_pool2d(x, 2).sum().backward()
    np.testing.assert_array_equal(x.grad.numpy(), [[[[1.0, 0.0], [0.0, 0.0]]]])
    # overlapping windows share a maximum: each window sends its gradient to its own first maximum
    x = _t([[[[1.0, 1.0, 1.0]]]])
    out, idx = F.max_pool2d(x, (1, 2), stride=1, return_indices=True)
    np.testing.assert_array_equal(idx.numpy(), [[[[0, 1]]]])
    out.sum().backward()
    np.testing.assert_array_equal(x.grad.numpy(), [[[[1.0, 1.0, 0.0]]]])


def test_max_pool2d_unbatched_module_and_errors():
    x = _rng(8).standard_normal((3, 5, 5))
    pool = nn.MaxPool2d(2, ceil_mode=True)
    assert repr(pool) == "MaxPool2d(kernel_size=2, stride=2, padding=0, dilation=1, ceil_mode=True)"
    out = pool(_t(x))
    assert out.shape == (3, 3, 3)
    np.testing.assert_array_equal(out.detach().numpy(), F.max_pool2d(_t(x[None]), 2, ceil_mode=True).detach().numpy()[0])
    with pytest.raises(RuntimeError, match="pad should be at most half of effective kernel size"):
        F.max_pool2d(yg.randn(1, 1, 4, 4), 2, padding=2)
    with pytest.raises(RuntimeError, match="Output size is too small"):
        F.max_pool2d(yg.randn(1, 1, 1, 1), 2)


AVG_POOL_CASES = [
    ((2, 3, 6, 6), dict(kernel_size=2)),
    ((2, 3, 7, 6), dict(kernel_size=3, stride=2, padding=1)),
    ((2, 3, 7, 6), dict(kernel_size=3, stride=2, padding=1, count_include_pad=False)),
    ((1, 2, 7, 8), dict(kernel_size=(2, 3), stride=(2, 1), padding=(1, 1), ceil_mode=True)),
    ((1, 2, 7, 8), dict(kernel_size=3, stride=2, padding=1, ceil_mode=True, count_include_pad=False)),
    ((2, 2, 5, 5), dict(kernel_size=3, padding=1, divisor_override=5)),
]


@pytest.mark.parametrize("xs, kw", AVG_POOL_CASES)
def test_avg_pool2d(xs, kw):
    x = _rng(9).standard_normal(xs)
    k = _pair(kw["kernel_size"])
    ref = _ref_avg_pool(x, k, _pair(kw.get("stride", kw["kernel_size"])), _pair(kw.get("padding", 0)),
                        kw.get("ceil_mode", False), kw.get("count_include_pad", True), kw.get("divisor_override"))
    out = F.avg_pool2d(_t(x), **kw)
    np.testing.assert_allclose(out.detach().numpy(), ref, rtol=1e-12, atol=1e-12)
    fn = lambda x: F.avg_pool2d(x, **kw)  # noqa: E731
    assert gradcheck(fn, [_t(x[:1, :1])]) and gradgradcheck(fn, [_t(x[:1, :1])])
    module = nn.AvgPool2d(kw["kernel_size"], kw.get("stride"), kw.get("padding", 0), kw.get("ceil_mode", False),
                          kw.get("count_include_pad", True), kw.get("divisor_override"))
    np.testing.assert_allclose(module(_t(x)).detach().numpy(), ref, rtol=1e-12, atol=1e-12)


@pytest.mark.parametrize("xs, size", [((2, 3, 7, 6), 3), ((2, 3, 7, 6), (1, 1)), ((3, 10, 5), (4, None)),
                                      ((1, 2, 5, 9), (7, 4))])
def test_adaptive_avg_pool2d(xs, size):
    x = _rng(10).standard_normal(xs)
    oh, ow = (size, size) if isinstance(size, int) else size
    oh, ow = oh or xs[-2], ow or xs[-1]
    ref = np.zeros(xs[:-2] + (oh, ow))
    for i in range(oh):
        for j in range(ow):
            h0, h1 = (i * xs[-2]) // oh, -((-(i + 1) * xs[-2]) // oh)
            w0, w1 = (j * xs[-1]) // ow, -((-(j + 1) * xs[-1]) // ow)
            ref[..., i, j] = x[..., h0:h1, w0:w1].mean(axis=(-2, -1))
    out = nn.AdaptiveAvgPool2d(size)(_t(x))
    np.testing.assert_allclose(out.detach().numpy(), ref, rtol=1e-12, atol=1e-12)
    fn = lambda x: F.adaptive_avg_pool2d(x, size)  # noqa: E731
    small = _t(x.reshape(-1, *xs[-2:])[:1])
    assert gradcheck(fn, [small]) and gradgradcheck(fn, [small])
    assert F.adaptive_avg_pool2d(yg.randn(1, 2, 5, 5), 2).dtype == yg.float32


# ---- normalization --------------------------------------------------------------------------------
@pytest.mark.parametrize("xs, shape", [((2, 3, 4), (4,)), ((2, 3, 4), (3, 4)), ((5,), 5)])
def test_layer_norm(xs, shape):
    rng = _rng(11)
    x = rng.standard_normal(xs) * 3 + 1
    norm_shape = shape if isinstance(shape, tuple) else (shape,)
    w, b = rng.standard_normal(norm_shape), rng.standard_normal(norm_shape)
    axes = tuple(range(len(xs) - len(norm_shape), len(xs)))
    out = F.layer_norm(_t(x), shape, _t(w), _t(b), eps=1e-5)
    np.testing.assert_allclose(out.detach().numpy(), _ref_norm(x, axes, 1e-5) * w + b, rtol=1e-10, atol=1e-12)
    fn = lambda x, w, b: F.layer_norm(x, shape, w, b)  # noqa: E731
    args = [_t(x), _t(w), _t(b)]
    assert gradcheck(fn, args) and gradgradcheck(fn, args)
    module = nn.LayerNorm(shape, dtype=yg.float64)
    np.testing.assert_allclose(module(_t(x)).detach().numpy(), _ref_norm(x, axes, 1e-5), rtol=1e-10, atol=1e-12)


def test_layer_norm_errors_and_repr():
    with pytest.raises(RuntimeError, match=r"Given normalized_shape=\[3\], expected input with shape \[\*, 3\]"):
        F.layer_norm(yg.randn(2, 3, 4), [3])
    assert repr(nn.LayerNorm([3, 4])) == "LayerNorm((3, 4), eps=1e-05, elementwise_affine=True, bias=True)"
    assert nn.LayerNorm(4, elementwise_affine=False).weight is None


@pytest.mark.parametrize("xs, groups", [((2, 6, 4), 3), ((3, 4, 2, 3), 2), ((2, 6, 3, 2), 1)])
def test_group_norm(xs, groups):
    rng = _rng(12)
    x = rng.standard_normal(xs) + 2
    c = xs[1]
    w, b = rng.standard_normal(c), rng.standard_normal(c)
    grouped = x.reshape(xs[0], groups, -1)
    ref = _ref_norm(grouped, (2,), 1e-5).reshape(xs) * w.reshape((1, c) + (1,) * (len(xs) - 2)) \
        + b.reshape((1, c) + (1,) * (len(xs) - 2))
    out = F.group_norm(_t(x), groups, _t(w), _t(b))
    np.testing.assert_allclose(out.detach().numpy(), ref, rtol=1e-10, atol=1e-12)
    fn = lambda x, w, b: F.group_norm(x, groups, w, b)  # noqa: E731
    args = [_t(x[:1]), _t(w), _t(b)]
    assert gradcheck(fn, args) and gradgradcheck(fn, args)
    module = nn.GroupNorm(groups, c, dtype=yg.float64)
    assert repr(module) == f"GroupNorm({groups}, {c}, eps=1e-05, affine=True, bias=True)"
    np.testing.assert_allclose(module(_t(x)).detach().numpy(), _ref_norm(grouped, (2,), 1e-5).reshape(xs),
                               rtol=1e-10, atol=1e-12)
    with pytest.raises(RuntimeError, match="Expected number of channels in input to be divisible by num_groups"):
        F.group_norm(yg.randn(2, 3, 4), 2)


@pytest.mark.parametrize("xs", [(6, 3), (3, 2, 5), (2, 3, 4, 4)])
def test_batch_norm_training_updates_running_stats(xs):
    rng = _rng(13)
    x = rng.standard_normal(xs) * 2 + 1
    c = xs[1]
    axes = (0,) + tuple(range(2, len(xs)))
    rm0, rv0 = rng.standard_normal(c), rng.uniform(0.5, 2.0, c)
    rm, rv = _t(rm0, False), _t(rv0, False)
    w, b = rng.standard_normal(c), rng.standard_normal(c)
    cshape = (1, c) + (1,) * (len(xs) - 2)
    out = F.batch_norm(_t(x), rm, rv, _t(w), _t(b), training=True, momentum=0.3, eps=1e-5)
    ref = _ref_norm(x, axes, 1e-5) * w.reshape(cshape) + b.reshape(cshape)
    np.testing.assert_allclose(out.detach().numpy(), ref, rtol=1e-10, atol=1e-12)
    np.testing.assert_allclose(rm.numpy(), 0.7 * rm0 + 0.3 * x.mean(axis=axes), rtol=1e-12)
    np.testing.assert_allclose(rv.numpy(), 0.7 * rv0 + 0.3 * x.var(axis=axes, ddof=1), rtol=1e-12)  # unbiased
    assert rm._version_count == 1
    fn = lambda x, w, b: F.batch_norm(x, None, None, w, b, training=True)  # noqa: E731
    args = [_t(x), _t(w), _t(b)]
    assert gradcheck(fn, args) and gradgradcheck(fn, args)


def test_batch_norm_eval_uses_running_stats_and_errors():
    rng = _rng(14)
    x = rng.standard_normal((4, 3, 2))
    rm, rv = rng.standard_normal(3), rng.uniform(0.5, 2, 3)
    out = F.batch_norm(_t(x), _t(rm, False), _t(rv, False), training=False, eps=1e-3)
    np.testing.assert_allclose(out.detach().numpy(), (x - rm[None, :, None]) / np.sqrt(rv[None, :, None] + 1e-3))
    assert gradcheck(lambda x: F.batch_norm(x, _t(rm, False), _t(rv, False)), [_t(x)])
    with pytest.raises(ValueError, match="Expected more than 1 value per channel when training"):
        F.batch_norm(yg.randn(1, 3), None, None, training=True)


def test_batch_norm_modules():
    rng = _rng(15)
    bn = nn.BatchNorm2d(3, momentum=None, dtype=yg.float64)
    assert repr(bn) == "BatchNorm2d(3, eps=1e-05, momentum=None, affine=True, bias=True, track_running_stats=True)"
    assert list(bn.state_dict()) == ["weight", "bias", "running_mean", "running_var", "num_batches_tracked"]
    batches = [rng.standard_normal((4, 3, 2, 2)) for _ in range(3)]
    for x in batches:
        bn(_t(x))
    assert bn.num_batches_tracked.item() == 3 and bn.num_batches_tracked.dtype == yg.int64
    # momentum=None: the cumulative average of the batch statistics
    np.testing.assert_allclose(bn.running_mean.numpy(), np.mean([x.mean(axis=(0, 2, 3)) for x in batches], axis=0))
    np.testing.assert_allclose(bn.running_var.numpy(),
                               np.mean([x.var(axis=(0, 2, 3), ddof=1) for x in batches], axis=0))
    bn.eval()
    x = rng.standard_normal((2, 3, 2, 2))
    expected = (x - bn.running_mean.numpy()[None, :, None, None]) / np.sqrt(bn.running_var.numpy()[None, :, None, None] + 1e-5)
    np.testing.assert_allclose(bn(_t(x)).detach().numpy(), expected)
    assert bn.num_batches_tracked.item() == 3
    free = nn.BatchNorm1d(3, track_running_stats=False, affine=False)
    assert free.running_mean is None and free.weight is None
    free.eval()
    y = free(yg.randn(5, 3))  # no running stats: batch statistics even in eval mode
    np.testing.assert_allclose(y.numpy().mean(0), 0, atol=1e-6)
    with pytest.raises(ValueError, match="expected 2D or 3D input"):
        nn.BatchNorm1d(3)(yg.randn(2, 3, 4, 4))
    with pytest.raises(ValueError, match="expected 4D input"):
        nn.BatchNorm2d(3)(yg.randn(2, 3))


# ---- embedding ------------------------------------------------------------------------------------
def test_embedding_values_and_scatter_add_gradient():
    rng = _rng(16)
    w = rng.standard_normal((6, 3))
    idx = np.array([[0, 2, 2], [5, 2, 1]])
    weight = _t(w)
    out = F.embedding(yg.tensor(idx), weight)
    np.testing.assert_array_equal(out.detach().numpy(), w[idx])
    g = rng.standard_normal(out.shape)
    out.backward(yg.tensor(g))
    ref = np.zeros_like(w)
    np.add.at(ref, idx.reshape(-1), g.reshape(-1, 3))
    np.testing.assert_allclose(weight.grad.numpy(), ref)
    assert gradgradcheck(lambda w: F.embedding(yg.tensor(idx), w), [_t(w)])


def test_embedding_padding_idx_and_scale_grad_by_freq():
    rng = _rng(17)
    w = rng.standard_normal((5, 2))
    idx = np.array([1, 3, 3, 0, 3, 1])
    g = rng.standard_normal((6, 2))
    weight = _t(w)
    F.embedding(yg.tensor(idx), weight, padding_idx=-2, scale_grad_by_freq=True).backward(yg.tensor(g))
    counts = np.bincount(idx, minlength=5)
    ref = np.zeros_like(w)
    for i, row in zip(idx, g):
        if i != 3:  # padding_idx -2 is row 3: no gradient
            ref[i] += row / counts[i]
    np.testing.assert_allclose(weight.grad.numpy(), ref)
    # the forward still returns the padding row
    np.testing.assert_array_equal(F.embedding(yg.tensor(idx), weight, padding_idx=3).detach().numpy(), w[idx])
    # the backward is linear in the incoming gradient: its own derivative is checked numerically
    fn = lambda w: F.embedding(yg.tensor(idx), w, padding_idx=3, scale_grad_by_freq=True)  # noqa: E731
    assert gradgradcheck(fn, [_t(w)])


def test_embedding_max_norm_and_errors():
    rng = _rng(18)
    w = rng.standard_normal((4, 3)) * 3
    weight = _t(w, requires_grad=False)
    idx = yg.tensor([0, 2])
    out = F.embedding(idx, weight, max_norm=1.0)
    norms = np.linalg.norm(w, axis=1)
    expected = w.copy()
    for i in (0, 2):
        if norms[i] > 1.0:
            expected[i] = w[i] * (1.0 / (norms[i] + 1e-7))
    np.testing.assert_allclose(weight.numpy(), expected)  # renormalized in place, only the rows used
    np.testing.assert_allclose(out.numpy(), expected[[0, 2]])
    with pytest.raises(IndexError, match="index out of range in self"):
        F.embedding(yg.tensor([4]), weight)
    with pytest.raises(RuntimeError, match="'indices' to have one of the following scalar types: Long, Int"):
        F.embedding(yg.tensor([1.0]), weight)


def test_embedding_module():
    yg.manual_seed(0)
    emb = nn.Embedding(10, 4, padding_idx=-1)
    assert emb.padding_idx == 9 and repr(emb) == "Embedding(10, 4, padding_idx=9)"
    assert np.all(emb.weight.detach().numpy()[9] == 0) and emb.weight.dtype == yg.float32
    assert 0.5 < emb.weight.detach().numpy()[:9].std() < 1.5  # N(0, 1)
    out = emb(yg.tensor([[1, 9], [3, 3]]))
    assert out.shape == (2, 2, 4)
    out.sum().backward()
    np.testing.assert_array_equal(emb.weight.grad.numpy()[[1, 3, 9, 0]], [[1] * 4, [2] * 4, [0] * 4, [0] * 4])
    pre = nn.Embedding.from_pretrained(yg.tensor([[1.0, 2.0], [3.0, 4.0]]))
    assert not pre.weight.requires_grad
    np.testing.assert_array_equal(pre(yg.tensor([1])).numpy(), [[3.0, 4.0]])


# ---- dropout --------------------------------------------------------------------------------------
def test_dropout():
    x = _t(np.ones((100, 50)))
    yg.manual_seed(3)
    out = F.dropout(x, 0.3)
    kept = out.detach().numpy() != 0
    assert abs(kept.mean() - 0.7) < 0.03
    np.testing.assert_allclose(out.detach().numpy()[kept], 1 / 0.7)
    out.sum().backward()
    np.testing.assert_allclose(x.grad.numpy(), kept / 0.7)
    yg.manual_seed(3)
    np.testing.assert_array_equal(F.dropout(x, 0.3).detach().numpy(), out.detach().numpy())  # the global generator
    assert F.dropout(x, 0.3, training=False) is x
    np.testing.assert_array_equal(F.dropout(x, 0.0).detach().numpy(), 1.0)
    assert np.all(F.dropout(x, 1.0).detach().numpy() == 0)
    with pytest.raises(ValueError, match="dropout probability has to be between 0 and 1, but got 1.5"):
        F.dropout(x, 1.5)
    y = yg.ones(4, 5)
    assert F.dropout(y, 0.5, inplace=True) is y and set(np.unique(y.numpy())) <= {0.0, 2.0}
    assert F.dropout(yg.ones(3), 0.5).dtype == yg.float32
    drop = nn.Dropout(0.25)
    assert repr(drop) == "Dropout(p=0.25, inplace=False)"
    drop.eval()
    z = yg.randn(3, 3)
    assert drop(z) is z


# ---- normalize, cosine_similarity -----------------------------------------------------------------
@pytest.mark.parametrize("xs, kw", [((3, 4), {}), ((2, 3, 4), dict(dim=-1)), ((2, 3), dict(p=1, dim=0)),
                                    ((2, 5), dict(p=3.0)), ((2, 5), dict(p=float("inf")))])
def test_normalize(xs, kw):
    x = _rng(19).standard_normal(xs)
    p, dim = kw.get("p", 2.0), kw.get("dim", 1)
    norm = np.linalg.norm(np.moveaxis(x, dim, -1), ord=p, axis=-1)
    ref = x / np.expand_dims(np.maximum(norm, 1e-12), dim)
    np.testing.assert_allclose(F.normalize(_t(x), **kw).detach().numpy(), ref, rtol=1e-12)
    fn = lambda x: F.normalize(x, **kw)  # noqa: E731
    assert gradcheck(fn, [_t(x)]) and gradgradcheck(fn, [_t(x)])


def test_normalize_zero_vector_has_finite_gradient():
    x = _t(np.zeros((2, 3)))
    F.normalize(x).sum().backward()
    np.testing.assert_allclose(x.grad.numpy(), 1e12)  # d(x / eps)/dx, the norm's gradient at 0 being 0


@pytest.mark.parametrize("s1, s2, dim", [((3, 4), (3, 4), 1), ((2, 3, 4), (3, 4), -1), ((4, 1), (1, 4), 0)])
def test_cosine_similarity(s1, s2, dim):
    rng = _rng(20)
    a, b = rng.standard_normal(s1), rng.standard_normal(s2)
    a_b, b_b = np.broadcast_arrays(a, b)
    ref = (a_b * b_b).sum(dim) / (np.linalg.norm(a_b, axis=dim) * np.linalg.norm(b_b, axis=dim))
    out = F.cosine_similarity(_t(a), _t(b), dim=dim)
    np.testing.assert_allclose(out.detach().numpy(), ref, rtol=1e-12)
    fn = lambda a, b: F.cosine_similarity(a, b, dim=dim)  # noqa: E731
    assert gradcheck(fn, [_t(a), _t(b)]) and gradgradcheck(fn, [_t(a), _t(b)])


def test_cosine_similarity_clamps_small_norms_like_torch():
    """Norms below eps are replaced by eps in the value; the gradient still treats them as the norm."""
    a = np.array([[3e-9, 4e-9, 0.0]])
    b = np.array([[1.0, 0.5, 2.0]])
    ta, tb = _t(a), _t(b)
    out = F.cosine_similarity(ta, tb)
    nb = np.linalg.norm(b)
    np.testing.assert_allclose(out.detach().numpy(), (a * b).sum() / (1e-8 * nb))
    out.backward()
    na = 5e-9
    # d/da of sum(a / n(a) * b / nb) with n(a) = ||a|| in the derivative but 1e-8 in the value
    expected = b / nb / 1e-8 - (a * b).sum() / nb / 1e-8 ** 2 * a / na
    np.testing.assert_allclose(ta.grad.numpy(), expected, rtol=1e-9)


# ---- attention ------------------------------------------------------------------------------------
def _ref_sdpa(q, k, v, mask=None, causal=False, scale=None):
    scale = 1 / math.sqrt(q.shape[-1]) if scale is None else scale
    scores = q @ np.swapaxes(k, -1, -2) * scale
    if causal:
        mask = np.tril(np.ones(scores.shape[-2:], dtype=bool))
    if mask is not None:
        scores = np.where(mask, scores, -np.inf) if mask.dtype == bool else scores + mask
    dead = np.all(scores == -np.inf, axis=-1, keepdims=True)
    weights = np.where(dead, 0.0, _ref_softmax(np.where(dead, 0.0, scores)))
    return weights @ v


@pytest.mark.parametrize("shapes, kw", [
    (((2, 4, 3), (2, 5, 3), (2, 5, 2)), {}),
    (((2, 2, 4, 3), (2, 2, 4, 3), (2, 2, 4, 3)), dict(is_causal=True)),
    (((3, 4), (5, 4), (5, 2)), dict(scale=0.3)),
])
def test_sdpa(shapes, kw):
    rng = _rng(21)
    q, k, v = (rng.standard_normal(s) for s in shapes)
    out = F.scaled_dot_product_attention(_t(q), _t(k), _t(v), **kw)
    np.testing.assert_allclose(out.detach().numpy(), _ref_sdpa(q, k, v, causal=kw.get("is_causal", False),
                                                               scale=kw.get("scale")), rtol=1e-12, atol=1e-12)
    fn = lambda q, k, v: F.scaled_dot_product_attention(q, k, v, **kw)  # noqa: E731
    args = [_t(q), _t(k), _t(v)]
    assert gradcheck(fn, args) and gradgradcheck(fn, args)


def test_sdpa_masks():
    rng = _rng(22)
    q, k, v = rng.standard_normal((2, 4, 3)), rng.standard_normal((2, 5, 3)), rng.standard_normal((2, 5, 2))
    bool_mask = rng.random((4, 5)) < 0.6
    bool_mask[0, 0] = True
    bool_mask[2] = False  # a row with every key masked gives zeros (and zero gradients), not nan
    tq = _t(q)
    out = F.scaled_dot_product_attention(tq, _t(k), _t(v), attn_mask=yg.tensor(bool_mask))
    np.testing.assert_allclose(out.detach().numpy(), _ref_sdpa(q, k, v, bool_mask), atol=1e-12)
    assert np.all(out.detach().numpy()[:, 2] == 0)
    out.sum().backward()
    assert np.all(np.isfinite(tq.grad.numpy())) and np.all(tq.grad.numpy()[:, 2] == 0)
    float_mask = rng.standard_normal((4, 5))
    float_mask[1, 2] = -np.inf
    out = F.scaled_dot_product_attention(_t(q), _t(k), _t(v), attn_mask=yg.tensor(float_mask))
    np.testing.assert_allclose(out.detach().numpy(), _ref_sdpa(q, k, v, float_mask), atol=1e-12)
    fn = lambda q, k, v: F.scaled_dot_product_attention(q, k, v, attn_mask=yg.tensor(bool_mask))  # noqa: E731
    assert gradcheck(fn, [_t(q), _t(k), _t(v)])
    with pytest.raises(RuntimeError, match="Explicit attn_mask should not be set when is_causal=True"):
        F.scaled_dot_product_attention(_t(q), _t(k), _t(v), attn_mask=yg.tensor(bool_mask), is_causal=True)


def test_sdpa_gqa_and_dropout():
    rng = _rng(23)
    q, k, v = rng.standard_normal((1, 4, 3, 2)), rng.standard_normal((1, 2, 5, 2)), rng.standard_normal((1, 2, 5, 3))
    out = F.scaled_dot_product_attention(_t(q), _t(k), _t(v), enable_gqa=True)
    ref = _ref_sdpa(q, np.repeat(k, 2, axis=1), np.repeat(v, 2, axis=1))
    np.testing.assert_allclose(out.detach().numpy(), ref, atol=1e-12)
    yg.manual_seed(5)
    a = F.scaled_dot_product_attention(_t(q), _t(q), _t(q), dropout_p=0.5).detach().numpy()
    yg.manual_seed(5)
    b = F.scaled_dot_product_attention(_t(q), _t(q), _t(q), dropout_p=0.5).detach().numpy()
    np.testing.assert_array_equal(a, b)
    assert not np.allclose(a, _ref_sdpa(q, q, q))


# ---- loss weights ---------------------------------------------------------------------------------
# torch gives class weights (nll_loss, cross_entropy with class indices) and element weights (BCE, and
# BCE-with-logits' pos_weight) no gradient: while grad mode is on, one that requires grad is refused.
_NOT_DIFFERENTIABLE = ("The function '{}' is not differentiable with respect to argument '{}'. This input cannot "
                       "have requires_grad True.")


def _log_softmax(x):
    shifted = x - x.max(1, keepdims=True)
    return shifted - np.log(np.exp(shifted).sum(1, keepdims=True))


@pytest.mark.parametrize("case", ["nll", "nll_no_input_grad", "cross_entropy", "cross_entropy_smoothing",
                                  "bce", "bce_logits_weight", "bce_logits_pos_weight"])
def test_a_loss_weight_that_requires_grad_is_refused(case):
    rng = _rng(30)
    x, target = _t(rng.standard_normal((4, 3))), yg.tensor([0, 2, 1, 2])
    probs, y = _t(rng.uniform(0.1, 0.9, (4, 3))), _t(rng.uniform(0, 1, (4, 3)), False)
    w3, w43 = _t(rng.uniform(0.5, 2, 3)), _t(rng.uniform(0.5, 2, (4, 3)))
    calls = {
        "nll": (lambda: F.nll_loss(x, target, weight=w3), "nll_loss_forward", "weight"),
        "nll_no_input_grad": (lambda: F.nll_loss(x.detach(), target, weight=w3 * 2, reduction="none"),
                              "nll_loss_forward", "weight"),
        "cross_entropy": (lambda: F.cross_entropy(x, target, weight=w3), "nll_loss_forward", "weight"),
        "cross_entropy_smoothing": (lambda: F.cross_entropy(x, target, weight=w3, label_smoothing=0.2),
                                    "nll_loss_forward", "weight"),
        "bce": (lambda: F.binary_cross_entropy(probs, y, weight=w43), "binary_cross_entropy", "weight"),
        "bce_logits_weight": (lambda: F.binary_cross_entropy_with_logits(x, y, weight=w43),
                              "binary_cross_entropy_with_logits", "weight"),
        "bce_logits_pos_weight": (lambda: F.binary_cross_entropy_with_logits(x, y, pos_weight=w3),
                                  "binary_cross_entropy_with_logits", "pos_weight"),
    }
    call, function, argument = calls[case]
    with pytest.raises(RuntimeError) as info:
        call()
    assert str(info.value) == _NOT_DIFFERENTIABLE.format(function, argument)
    with yg.no_grad():  # nothing is recorded, so nothing to refuse
        assert call().grad_fn is None


def test_probability_targets_give_the_class_weight_a_gradient():
    """cross_entropy with probability targets is composed (torch too), so its weight is differentiable:
    loss = -sum(w_c * p_nc * logp_nc) / N, d loss / d w_c = -sum_n p_nc * logp_nc / N."""
    rng = _rng(31)
    x_np, p_np, w_np = rng.standard_normal((4, 3)), rng.dirichlet(np.ones(3), 4), rng.uniform(0.5, 2, 3)
    w = _t(w_np)
    loss = F.cross_entropy(_t(x_np), _t(p_np, False), weight=w)
    logp = _log_softmax(x_np)
    np.testing.assert_allclose(loss.item(), -(w_np * p_np * logp).sum() / 4, rtol=1e-12)
    loss.backward()
    np.testing.assert_allclose(w.grad.numpy(), -(p_np * logp).sum(0) / 4, rtol=1e-12)


def test_nll_loss_of_one_sample_is_one_node():
    """A (C,) input with a 0-d target: the registry's nll_loss takes it as it is, as torch's does, so the
    unreduced loss is 0-d straight from NllLossBackward0 and its gradient reaches the input directly."""
    logp_np = _log_softmax(_rng(32).standard_normal((1, 5)))[0]
    for reduction in ("none", "mean", "sum"):  # a batch of one: the three agree
        x = _t(logp_np)
        loss = F.nll_loss(x, yg.tensor(3), reduction=reduction)
        assert loss.shape == () and loss.grad_fn.name() == "NllLossBackward0"
        assert loss.grad_fn.next_functions[0][0].name() == "AccumulateGrad"
        np.testing.assert_allclose(loss.item(), -logp_np[3], rtol=1e-12)
        loss.backward()
        np.testing.assert_array_equal(x.grad.numpy(), -np.eye(5)[3])
    x = _t(logp_np)
    assert gradgradcheck(lambda a: F.cross_entropy(a, yg.tensor(1), label_smoothing=0.1) ** 2, (x,))

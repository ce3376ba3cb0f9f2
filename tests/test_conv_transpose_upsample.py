"""F.conv_transpose1d / conv_transpose2d, ConvTranspose1d / ConvTranspose2d, F.interpolate and the Upsample
modules against torch (2.13): seeded NumPy inputs, weights and output projections on both sides; the
expected outputs and gradient projections were recorded from torch running the identical harness."""
import numpy as np
import pytest

import yamlgrad as yg
import yamlgrad.nn.functional as F
from yamlgrad import nn

CONV_CASES = [  # (dims, input shape, weight shape, keyword arguments)
    (1, (2, 4, 5), (4, 3, 3), dict()),
    (1, (2, 4, 5), (4, 3, 3), dict(stride=2, padding=1, output_padding=1)),
    (1, (4, 6), (4, 1, 2), dict(stride=3, groups=2, dilation=2)),
    (2, (2, 4, 5, 4), (4, 3, 3, 2), dict(stride=(2, 1), padding=(1, 0), output_padding=(1, 0))),
    (2, (1, 4, 4, 3), (4, 2, 3, 3), dict(stride=2, padding=1, groups=2, dilation=(1, 2), output_padding=1)),
    (2, (4, 3, 3), (4, 2, 2, 2), dict(stride=2)),
]
RESIZE_CASES = [  # (input shape, keyword arguments)
    ((2, 3, 4, 5), dict(scale_factor=2)),
    ((1, 2, 5, 4), dict(size=(7, 3))),
    ((1, 2, 5, 4), dict(scale_factor=(1.7, 0.6))),
    ((1, 2, 5, 4), dict(size=(8, 9), mode="bilinear")),
    ((1, 2, 5, 4), dict(size=(3, 7), mode="bilinear", align_corners=True)),
    ((2, 1, 4, 6), dict(scale_factor=1.5, mode="bilinear")),
    ((2, 1, 4, 6), dict(scale_factor=1.5, mode="bilinear", recompute_scale_factor=True)),
    ((2, 1, 4, 6), dict(scale_factor=0.5, mode="bilinear", align_corners=True)),
    ((2, 3, 7), dict(size=10, mode="linear")),
    ((2, 3, 7), dict(scale_factor=0.6, mode="linear", align_corners=True)),
    ((2, 3, 7), dict(scale_factor=2.5, mode="nearest")),
    ((1, 2, 5, 4), dict(size=(7, 3), mode="nearest-exact")),
    ((1, 2, 6, 6), dict(size=(4, 3), mode="area")),
]


def _project(rng, g):
    a = g.detach().numpy().astype(np.float64).ravel()
    return float(a @ rng.standard_normal(a.size))


def run_conv(T, index, dtype):
    """F.conv_transpose{1,2}d on seeded input, weight and bias; (output shape, leading values, output sum,
    projections of the input, weight and bias gradients of a random projection of the output)."""
    nd, x_shape, w_shape, kw = CONV_CASES[index]
    rng = np.random.default_rng(200 + index)
    dt = getattr(T, dtype)
    x = T.tensor(rng.standard_normal(x_shape), dtype=dt, requires_grad=True)
    w = T.tensor(rng.standard_normal(w_shape), dtype=dt, requires_grad=True)
    b = T.tensor(rng.standard_normal(w_shape[1] * kw.get("groups", 1)), dtype=dt, requires_grad=True)
    fn = T.nn.functional.conv_transpose1d if nd == 1 else T.nn.functional.conv_transpose2d
    y = fn(x, w, b, **kw)
    (y * T.tensor(rng.standard_normal(tuple(y.shape)), dtype=dt)).sum().backward()
    values = y.detach().numpy().astype(np.float64).ravel()
    return (tuple(y.shape), values[:8].tolist(), float(values.sum()),
            [_project(rng, x.grad), _project(rng, w.grad), _project(rng, b.grad)])


def run_resize(T, index, dtype):
    """F.interpolate on a seeded input: (output shape, all values, projection of the input gradient)."""
    x_shape, kw = RESIZE_CASES[index]
    rng = np.random.default_rng(300 + index)
    dt = getattr(T, dtype)
    x = T.tensor(rng.standard_normal(x_shape), dtype=dt, requires_grad=True)
    y = T.nn.functional.interpolate(x, **kw)
    (y * T.tensor(rng.standard_normal(tuple(y.shape)), dtype=dt)).sum().backward()
    values = y.detach().numpy().astype(np.float64).ravel()
    return tuple(y.shape), values[:10].tolist(), float(values.sum()), _project(rng, x.grad)


CONV_EXPECTED = [
    ((2, 3, 7), [3.27419255229648, 6.54806865988493, 1.51412907563449, 4.83674263503852, -4.09567918470087, -0.35133486157127, 1.74746714592193, 1.18569267555256],
     4.24860187722388, [8.07423282577684, -2.98472350819505, -2.47888755124672]),
    ((2, 3, 10), [-3.1667401681815, 3.32292085465947, 3.60388009771546, -2.26169015969113, 1.49526846969843, -2.28115364309405, -0.310047023359254, 0.406669843213543],
     -40.9076900285062, [-8.75727657804556, 0.0149082723859237, 2.05069684506013]),
    ((2, 18), [0.142937038986874, 1.38757431353294, 2.38004910858042, 1.4496639954458, 1.38757431353294, 0.432970861377624, 1.27634619232197, 1.38757431353294],
     -7.88992247034381, [0.227243208941487, 8.10732542979316, -2.70784697804896]),
    ((2, 3, 10, 5), [1.65479332870659, -1.03698824929522, -0.414834426060146, 6.70230988035744, 3.16498305594592, 0.0998833013310514, 6.38590482458685, 7.57670663221619],
     148.653210933972, [-10.4880049964501, 68.3381343362113, -30.0337387750793]),
    ((1, 4, 8, 8), [0.00761985923436726, -0.693149745443615, 0.00761985923436726, 4.07189755761927, 0.00761985923436726, 4.10294352108899, 0.00761985923436726, 4.95750663306486],
     48.1435686040265, [-29.4802660957094, 21.4717528467938, -23.9851040586587]),
    ((2, 6, 6), [2.37686310217192, -4.67947278985125, 2.25000870793029, 1.55524155110214, 1.39671101447453, 0.533330296330403, 2.95289358791409, 0.483764632137389],
     0.351543300562623, [23.5692338641755, 12.5406490632567, 0.190037546751161]),
]
RESIZE_EXPECTED = [
    ((2, 3, 8, 10), [-0.284058504007582, -0.284058504007582, -0.940851995742218, -0.940851995742218, -0.0508352368032326, -0.0508352368032326, -0.0247315016038733, -0.0247315016038733, -0.0759521509293609, -0.0759521509293609],
     -3.92708178074781, 7.93084234911115),
    ((1, 2, 7, 3), [0.400548695294522, -1.6144394184092, -1.83693091942399, 0.400548695294522, -1.6144394184092, -1.83693091942399, -0.0747199958025699, -1.76874024799972, 0.520491992699744, -0.067449234712387],
     -12.6334196846568, -1.25904024957386),
    ((1, 2, 8, 2), [-0.0261775711855691, -0.654949816655738, -0.0261775711855691, -0.654949816655738, -0.437785106907113, 1.73467997977292, -0.437785106907113, 1.73467997977292, 2.37607926174222, 1.53959308520068],
     4.07787272706268, -2.04348673856562),
    ((1, 2, 8, 9), [-0.76808429745681, -0.714462799853741, -0.571472139578889, -0.470138687238725, -0.66040569044138, -0.850672693644035, -0.442695263385591, 0.0507456573672952, 0.235786002649628, -0.728304963023603],
     -13.9733715322059, 7.78702590890575),
    ((1, 2, 3, 7), [-1.08551327914392, -0.704554296269583, -0.323595313395244, -0.196668643619721, -0.0697419738441983, -0.0220036331043028, 0.0257347076355927, 1.08792714609854, 0.714426001296095, 0.340924856493655],
     0.425476538275644, -3.87899295598735),
    ((2, 1, 6, 9), [1.68759944453491, 0.396904957247711, -0.569803370697074, 0.726141266672569, 0.591085346094226, 0.204563816772965, 0.49464601917094, -0.457723052609772, -1.48261267498998, 0.285201434720877],
     4.43145744623202, -10.6815471562084),
    ((2, 1, 6, 9), [-0.932815549203247, -0.758142717305235, -0.534559311759931, -0.338917017170762, -1.25403472985133, -1.49948131406715, 1.37484549438098, 0.40653856863979, -1.28035005921343, 0.209399210882357],
     32.5092993981702, -5.41298723194525),
    ((2, 1, 2, 3), [-0.204317580043061, 0.063506107842168, -1.25519124938081, 2.46477122840361, 0.0342171883201231, 0.464045008062516, 0.0784288615406598, 1.17195981534572, 0.388548774739624, 0.369305546350937],
     2.96786677107246, 2.75196429466246),
    ((2, 3, 10), [1.18308758945272, 0.676617517078846, -0.174627300398328, -1.39783589625971, -0.493667781882437, 0.0257827050869946, 0.0339426009104685, 0.524030678377136, 0.317017935884572, -0.149924973675126],
     -5.72790308272102, -3.8645266121435),
    ((2, 3, 4), [-1.53608058491659, -0.633511222553308, -2.40986836660141, -0.130514559642882, -0.78627776206933, -1.6881933475464, 1.23002642549429, 0.627785074105273, -2.16834136037926, 0.515678418663632],
     2.88321959906517, 5.15392139430057),
    ((2, 3, 17), [0.294534763995358, 0.294534763995358, 0.294534763995358, -0.187805517731234, -0.187805517731234, 1.12267433552086, 1.12267433552086, 1.12267433552086, -0.629894344379023, -0.629894344379023],
     0.824101158803067, -13.7686193387181),
    ((1, 2, 7, 3), [0.425628452232587, 0.0614711539009519, 0.899787933215727, -0.211504334179114, 1.35648386798964, -0.776674162002639, -0.211504334179114, 1.35648386798964, -0.776674162002639, 0.590277203770819],
     4.08456725011997, -1.94189491298201),
    ((1, 2, 4, 3), [0.28689975542816, 0.309477889372719, -0.0220775647262257, 1.21997672341824, -0.352660669421534, 0.416567721091417, -0.806673789901085, -0.275903792856873, -0.0276382982190214, -0.593059633075528],
     0.172823726872547, -1.7742903127565),
]
MODULE_SHAPES = {'weight': (4, 3, 3, 3), 'bias': (6,)}
OUTPUT_SIZE_SHAPES = [(1, 6, 9, 9), (1, 6, 10, 10), (1, 6, 10, 9)]
UPSAMPLE = [(1, 1, 6, 8), (1, 1, 5, 5), (1, 1, 9, 12)]
BILINEAR2D = [0.00123015335748257, 0.128736746565049, 0.256243339772615, 0.135064568116845, -0.110456885970593, -0.36220271013294, -0.626397274445107, -0.890591838757274, -0.181130222054199, -0.196679255242472, -0.212228288430745, -0.195415291689175]
UPSAMPLE_REPR = "Upsample(scale_factor=2.0, mode='bilinear')"


@pytest.mark.parametrize("index", range(len(CONV_CASES)))
@pytest.mark.parametrize("dtype", ["float64", "float32"])
def test_conv_transpose_matches_torch(index, dtype):
    shape, head, total, grads = CONV_EXPECTED[index]
    got_shape, got_head, got_total, got_grads = run_conv(yg, index, dtype)
    tol = dict(rtol=1e-12, atol=1e-12) if dtype == "float64" else dict(rtol=1e-5, atol=3e-5)
    assert got_shape == shape
    np.testing.assert_allclose(got_head, head, **tol)
    np.testing.assert_allclose(got_total, total, **tol)
    np.testing.assert_allclose(got_grads, grads, **tol)


@pytest.mark.parametrize("index", range(len(RESIZE_CASES)))
@pytest.mark.parametrize("dtype", ["float64", "float32"])
def test_interpolate_matches_torch(index, dtype):
    shape, head, total, grad = RESIZE_EXPECTED[index]
    got_shape, got_head, got_total, got_grad = run_resize(yg, index, dtype)
    tol = dict(rtol=1e-12, atol=1e-12) if dtype == "float64" else dict(rtol=1e-5, atol=1e-5)
    assert got_shape == shape
    np.testing.assert_allclose(got_head, head, **tol)
    np.testing.assert_allclose(got_total, total, **tol)
    np.testing.assert_allclose(got_grad, grad, **tol)


def test_conv_transpose_module_layout_init_and_output_size():
    yg.manual_seed(0)
    module = nn.ConvTranspose2d(4, 6, 3, stride=2, padding=1, groups=2)
    assert {k: tuple(v.shape) for k, v in module.state_dict().items()} == MODULE_SHAPES
    bound = 1 / np.sqrt(3 * 9)  # kaiming_uniform_(a=sqrt(5)) with fan_in = out_channels / groups * k * k
    weight = module.weight.detach().numpy()
    assert weight.min() >= -bound and weight.max() <= bound and weight.max() > 0.8 * bound
    assert np.abs(module.bias.detach().numpy()).max() <= bound
    x = yg.zeros(1, 4, 5, 5)
    assert [tuple(module(x, output_size=s).shape) for s in ([9, 9], [10, 10], [1, 6, 10, 9])] == OUTPUT_SIZE_SHAPES
    with pytest.raises(ValueError, match="requested an output size of"):
        module(x, output_size=[12, 12])
    with pytest.raises(ValueError, match='Only "zeros" padding mode is supported for ConvTranspose1d'):
        nn.ConvTranspose1d(2, 2, 3, padding_mode="reflect")
    one = nn.ConvTranspose1d(3, 2, 4, stride=2, bias=False)
    assert one.bias is None and tuple(one.weight.shape) == (3, 2, 4)
    assert tuple(one(yg.randn(3, 5)).shape) == (2, 12)  # unbatched input


def test_conv_transpose_module_equals_functional_and_is_the_adjoint_of_conv():
    yg.manual_seed(1)
    module = nn.ConvTranspose1d(3, 2, 3, stride=2, padding=1, output_padding=1)
    x = yg.randn(2, 3, 4)
    expected = F.conv_transpose1d(x, module.weight, module.bias, 2, 1, 1)
    np.testing.assert_array_equal(module(x).detach().numpy(), expected.detach().numpy())
    # <conv_transpose(x), y> == <x, conv(y)> for the same weight: the transpose in the name
    y = yg.randn(2, 2, 8)
    left = (F.conv_transpose1d(x, module.weight, None, 2, 1, 1) * y).sum().item()
    right = (x * F.conv1d(y, module.weight, None, 2, 1)).sum().item()
    assert abs(left - right) < 1e-4 * max(1.0, abs(left))


def test_upsample_modules():
    x = yg.zeros(1, 1, 3, 4)
    modules = [nn.Upsample(scale_factor=2), nn.UpsamplingNearest2d(size=(5, 5)),
               nn.UpsamplingBilinear2d(scale_factor=3)]
    assert [tuple(m(x).shape) for m in modules] == UPSAMPLE
    xb = yg.tensor(np.random.default_rng(7).standard_normal((1, 1, 3, 4)))
    np.testing.assert_allclose(nn.UpsamplingBilinear2d(scale_factor=2)(xb).numpy().ravel()[:12], BILINEAR2D,
                               rtol=1e-12, atol=1e-14)
    assert repr(nn.Upsample(scale_factor=2, mode="bilinear")) == UPSAMPLE_REPR
    assert len(list(nn.Upsample(scale_factor=2).parameters())) == 0


def test_interpolate_errors():
    x = yg.zeros(1, 1, 3, 4)
    with pytest.raises(ValueError, match="only one of size or scale_factor should be defined"):
        F.interpolate(x, size=4, scale_factor=2)
    with pytest.raises(ValueError, match="either size or scale_factor should be defined"):
        F.interpolate(x)
    with pytest.raises(ValueError, match="align_corners option can only be set with the interpolating modes"):
        F.interpolate(x, scale_factor=2, align_corners=True)
    with pytest.raises(NotImplementedError, match="Got 4D input, but linear mode needs 3D input"):
        F.interpolate(x, scale_factor=2, mode="linear")
    with pytest.raises(ValueError, match="recompute_scale_factor is not meaningful with an explicit size"):
        F.interpolate(x, size=(4, 4), recompute_scale_factor=True)
    with pytest.raises(ValueError, match="Input and output must have the same number of spatial dimensions"):
        F.interpolate(x, size=(4, 4, 4))

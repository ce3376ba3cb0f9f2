"""RNN, LSTM, GRU and their cells against torch.nn (2.13): the same weights (a seeded NumPy RNG) loaded into
both, the same input and initial state; outputs, the loss and random projections of every gradient (input,
each parameter, h0, c0) were recorded from torch running the identical harness. Also parameter names and
shapes, initialisation, dropout between layers, unbatched input and argument errors."""
import math
import warnings

import numpy as np
import pytest

import yamlgrad as yg
from yamlgrad import nn

CONFIGS = [
    ("RNN", dict(input_size=3, hidden_size=4), dict(shape=(5, 2, 3), hx=False)),
    ("RNN", dict(input_size=3, hidden_size=4, num_layers=2, nonlinearity="relu", bidirectional=True, batch_first=True),
     dict(shape=(2, 5, 3), hx=True)),
    ("LSTM", dict(input_size=3, hidden_size=4, num_layers=2, bidirectional=True), dict(shape=(5, 2, 3), hx=True)),
    ("LSTM", dict(input_size=3, hidden_size=4, proj_size=2, batch_first=True), dict(shape=(2, 5, 3), hx=True)),
    ("LSTM", dict(input_size=3, hidden_size=4), dict(shape=(5, 3), hx=True)),
    ("GRU", dict(input_size=3, hidden_size=4, num_layers=2, bias=False), dict(shape=(5, 2, 3), hx=True)),
    ("GRU", dict(input_size=3, hidden_size=4, bidirectional=True), dict(shape=(5, 3), hx=False)),
    ("RNNCell", dict(input_size=3, hidden_size=4, nonlinearity="relu"), dict(shape=(2, 3), hx=True)),
    ("LSTMCell", dict(input_size=3, hidden_size=4), dict(shape=(2, 3), hx=True)),
    ("LSTMCell", dict(input_size=3, hidden_size=4, bias=False), dict(shape=(3,), hx=False)),
    ("GRUCell", dict(input_size=3, hidden_size=4), dict(shape=(3,), hx=True)),
]


def _hidden_shapes(name, kw, shape):
    """Shapes of the initial (h, c) for a module and input shape."""
    hidden, batched = kw["hidden_size"], len(shape) == (2 if name.endswith("Cell") else 3)
    if name.endswith("Cell"):
        h = (shape[0], hidden) if batched else (hidden,)
        return h, h
    layers = (2 if kw.get("bidirectional") else 1) * kw.get("num_layers", 1)
    batch = (shape[0 if kw.get("batch_first") else 1],) if batched else ()
    return (layers, *batch, kw.get("proj_size", 0) or hidden), (layers, *batch, hidden)


def run_config(T, index, dtype):
    """Load seeded weights into the module, run it, backprop a random projection of every output; return
    (parameter names and shapes, leading output values, loss, projections of each gradient)."""
    name, kw, spec = CONFIGS[index]
    dt = getattr(T, dtype)
    rng = np.random.default_rng(100 + index)
    module = getattr(T.nn, name)(**kw)
    params = dict(module.named_parameters())
    with T.no_grad():
        for p in params.values():
            p.copy_(T.tensor(rng.uniform(-0.6, 0.6, size=tuple(p.shape))))
    module = module.to(dt)
    params = dict(module.named_parameters())
    x = T.tensor(rng.standard_normal(spec["shape"]), dtype=dt, requires_grad=True)
    h_shape, c_shape = _hidden_shapes(name, kw, spec["shape"])
    h0 = T.tensor(rng.standard_normal(h_shape), dtype=dt, requires_grad=True)
    c0 = T.tensor(rng.standard_normal(c_shape), dtype=dt, requires_grad=True)
    lstm = "LSTM" in name
    args = [x] + ([(h0, c0) if lstm else h0] if spec["hx"] else [])
    result = module(*args)
    if name.endswith("Cell"):
        outs = list(result) if lstm else [result]
    else:
        outs = [result[0]] + (list(result[1]) if lstm else [result[1]])
    loss = 0
    for o in outs:
        loss = loss + (o * T.tensor(rng.standard_normal(tuple(o.shape)), dtype=dt)).sum()
    loss.backward()

    def project(g):
        a = g.detach().numpy().astype(np.float64).ravel()
        return float(a @ rng.standard_normal(a.size))

    grads = [project(x.grad)] + [project(p.grad) for p in params.values()]
    if spec["hx"]:
        grads += [project(h0.grad)] + ([project(c0.grad)] if lstm else [])
    layout = [(n, tuple(p.shape)) for n, p in params.items()]
    heads = [o.detach().numpy().astype(np.float64).ravel()[:6].tolist() for o in outs]
    shapes = [tuple(o.shape) for o in outs]
    return layout, shapes, heads, float(loss.detach()), grads


EXPECTED = {
    (0, 'float64'): dict(
        layout=[('weight_ih_l0', (4, 3)), ('weight_hh_l0', (4, 4)), ('bias_ih_l0', (4,)), ('bias_hh_l0', (4,))],
        shapes=[(5, 2, 4), (1, 2, 4)],
        heads=[[-0.536320231673183, -0.0510413953045314, -0.767020274258409, 0.201258407065419, -0.708536365010033, 0.672513894941575], [-0.932166322771658, 0.709820229645846, -0.768736807568856, 0.0898061775129479, -0.551595712714708, -0.953203679568219]],
        loss=-6.51339416045922,
        grads=[-5.33620887438398, 13.4548666089298, 5.59015996299971, 11.1806255094298, 9.32303656824871]),
    (1, 'float64'): dict(
        layout=[('weight_ih_l0', (4, 3)), ('weight_hh_l0', (4, 4)), ('bias_ih_l0', (4,)), ('bias_hh_l0', (4,)), ('weight_ih_l0_reverse', (4, 3)), ('weight_hh_l0_reverse', (4, 4)), ('bias_ih_l0_reverse', (4,)), ('bias_hh_l0_reverse', (4,)), ('weight_ih_l1', (4, 8)), ('weight_hh_l1', (4, 4)), ('bias_ih_l1', (4,)), ('bias_hh_l1', (4,)), ('weight_ih_l1_reverse', (4, 8)), ('weight_hh_l1_reverse', (4, 4)), ('bias_ih_l1_reverse', (4,)), ('bias_hh_l1_reverse', (4,))],
        shapes=[(2, 5, 8), (4, 2, 4)],
        heads=[[1.30852907687484, 0.0, 0.0, 0.635570444238923, 0.0, 1.22559398773483], [0.223217243323836, 0.115448090848067, 0.0, 1.23717195160008, 1.21701537340897, 1.21781837769787]],
        loss=3.68039567424641,
        grads=[4.55040500898289, -7.60672194863406, -10.7930768772383, 1.4728220785026, -3.07224433423712, -3.03247207878545, -5.28287000422244, -12.1424878932931, 8.07291307756106, 2.91061687184364, -1.28017594473598, 0.649047406323884, -2.56291932405212, 10.4241890228695, -1.09848455107298, -0.394809504887544, 1.2050842547464, -8.12559114586064]),
    (2, 'float64'): dict(
        layout=[('weight_ih_l0', (16, 3)), ('weight_hh_l0', (16, 4)), ('bias_ih_l0', (16,)), ('bias_hh_l0', (16,)), ('weight_ih_l0_reverse', (16, 3)), ('weight_hh_l0_reverse', (16, 4)), ('bias_ih_l0_reverse', (16,)), ('bias_hh_l0_reverse', (16,)), ('weight_ih_l1', (16, 8)), ('weight_hh_l1', (16, 4)), ('bias_ih_l1', (16,)), ('bias_hh_l1', (16,)), ('weight_ih_l1_reverse', (16, 8)), ('weight_hh_l1_reverse', (16, 4)), ('bias_ih_l1_reverse', (16,)), ('bias_hh_l1_reverse', (16,))],
        shapes=[(5, 2, 8), (4, 2, 4), (4, 2, 4)],
        heads=[[-0.315052635400799, 0.163195176658193, 0.631015591981527, -0.000422181579459017, -0.253045927249566, -0.160655282505686], [0.129131984548221, -0.347402633298232, -0.0503008543889135, -0.324383004273211, -0.192863869035279, -0.195591388356456], [0.261834177838211, -0.709531230241465, -0.171872018052442, -0.606403063397313, -0.442739540110896, -0.450402199382666]],
        loss=-1.88554129664058,
        grads=[3.01695922840808, 2.67049257867244, -0.0993160362148286, -0.12576558993925, -1.80911374010163, -3.85572629181322, 1.03830794499865, 2.5500213052809, 0.0221773136015764, 1.21929605989184, 4.28554211559352, -5.26346308418537, 3.85643106609499, 0.521583436281888, -1.07061004358483, -0.419224086685962, 0.4159026426589, -0.54336799432343, 1.84133370179526]),
    (2, 'float32'): dict(
        layout=[('weight_ih_l0', (16, 3)), ('weight_hh_l0', (16, 4)), ('bias_ih_l0', (16,)), ('bias_hh_l0', (16,)), ('weight_ih_l0_reverse', (16, 3)), ('weight_hh_l0_reverse', (16, 4)), ('bias_ih_l0_reverse', (16,)), ('bias_hh_l0_reverse', (16,)), ('weight_ih_l1', (16, 8)), ('weight_hh_l1', (16, 4)), ('bias_ih_l1', (16,)), ('bias_hh_l1', (16,)), ('weight_ih_l1_reverse', (16, 8)), ('weight_hh_l1_reverse', (16, 4)), ('bias_ih_l1_reverse', (16,)), ('bias_hh_l1_reverse', (16,))],
        shapes=[(5, 2, 8), (4, 2, 4), (4, 2, 4)],
        heads=[[-0.315052628517151, 0.163195163011551, 0.631015598773956, -0.000422189914388582, -0.253045916557312, -0.160655304789543], [0.129131987690926, -0.347402632236481, -0.0503008477389812, -0.324382990598679, -0.19286385178566, -0.195591375231743], [0.261834174394608, -0.709531247615814, -0.1718720048666, -0.606403052806854, -0.442739516496658, -0.450402200222015]],
        loss=-1.88554096221924,
        grads=[3.01695906517593, 2.67049250115917, -0.0993160116215021, -0.125765392400618, -1.80911370375312, -3.85572628613096, 1.03830787459371, 2.55002130194829, 0.0221773758787116, 1.21929612661104, 4.28554179123239, -5.2634625069003, 3.85643070633808, 0.521583724413215, -1.07061000182746, -0.419224060251672, 0.415902473438787, -0.543367886341573, 1.8413337079924]),
    (3, 'float64'): dict(
        layout=[('weight_ih_l0', (16, 3)), ('weight_hh_l0', (16, 2)), ('bias_ih_l0', (16,)), ('bias_hh_l0', (16,)), ('weight_hr_l0', (2, 4))],
        shapes=[(2, 5, 2), (1, 2, 2), (1, 2, 4)],
        heads=[[0.067847958917571, -0.0658868890647117, 0.134793610145326, -0.165828303472192, 0.0941896590052711, -0.133637786562402], [0.103690649211287, -0.0987510954050059, 0.0460151225409234, 0.0397089559604354], [-0.00305112705623473, -0.186190137478928, -0.272345480481989, 0.538674369737763, 0.501088531483545, -0.133153910077871]],
        loss=0.30461886827079,
        grads=[-0.437262963768601, 0.670752450332872, -0.043114747652279, -5.01320417269011, -3.41413638503222, -3.44727169108124, 0.00898439515058055, 0.0282880951717325]),
    (4, 'float64'): dict(
        layout=[('weight_ih_l0', (16, 3)), ('weight_hh_l0', (16, 4)), ('bias_ih_l0', (16,)), ('bias_hh_l0', (16,))],
        shapes=[(5, 4), (1, 4), (1, 4)],
        heads=[[-0.042461535296264, 0.325219651611338, -0.150536754149092, 0.144262711297832, -0.000436834510716047, 0.0946234270186998], [-0.0260621692843495, 0.169359485774558, -0.394671346434994, -0.0394128179162054], [-0.0979928737876377, 0.544637525369563, -0.86131916171681, -0.0745508338660163]],
        loss=0.160603765384624,
        grads=[0.155252908075214, 1.67543166602635, 0.0861528603086743, 1.22867558021896, -1.12676303128584, 0.099406240362258, -0.31113687083667]),
    (5, 'float64'): dict(
        layout=[('weight_ih_l0', (12, 3)), ('weight_hh_l0', (12, 4)), ('weight_ih_l1', (12, 4)), ('weight_hh_l1', (12, 4))],
        shapes=[(5, 2, 4), (2, 2, 4)],
        heads=[[0.371898751580632, -0.206212834830226, 0.136466083618617, 0.836044285933515, -0.168253781411353, -0.192033647960727], [-0.33342176519214, -0.059063315254713, 0.146045529204948, 0.185627146663441, 0.315806333381398, 0.313180012136613]],
        loss=3.36992246147726,
        grads=[-0.504076105761974, -3.50110600942387, 0.621259633581571, -2.07740605601288, 3.72626512962531, 0.774200812915589]),
    (5, 'float32'): dict(
        layout=[('weight_ih_l0', (12, 3)), ('weight_hh_l0', (12, 4)), ('weight_ih_l1', (12, 4)), ('weight_hh_l1', (12, 4))],
        shapes=[(5, 2, 4), (2, 2, 4)],
        heads=[[0.371898800134659, -0.206212759017944, 0.136466085910797, 0.836044192314148, -0.168253779411316, -0.192033588886261], [-0.333421766757965, -0.0590633153915405, 0.14604552090168, 0.185627117753029, 0.315806299448013, 0.313180029392242]],
        loss=3.36992263793945,
        grads=[-0.50407612364028, -3.501105995612, 0.62125909306067, -2.07740449594463, 3.72626472561707, 0.774201453031314]),
    (6, 'float64'): dict(
        layout=[('weight_ih_l0', (12, 3)), ('weight_hh_l0', (12, 4)), ('bias_ih_l0', (12,)), ('bias_hh_l0', (12,)), ('weight_ih_l0_reverse', (12, 3)), ('weight_hh_l0_reverse', (12, 4)), ('bias_ih_l0_reverse', (12,)), ('bias_hh_l0_reverse', (12,))],
        shapes=[(5, 8), (2, 4)],
        heads=[[-0.0179291132087957, 0.264304066848743, -0.0886712285507368, -0.158110364016161, 0.12271904233366, 0.31533077119642], [0.636502069342681, 0.400446941360236, -0.382623681972239, 0.44379080155591, 0.12271904233366, 0.31533077119642]],
        loss=0.672322454796825,
        grads=[3.22412480321545, -0.0322060958552718, 0.437862829553947, -1.45211139950845, 0.645432663119344, -0.511859852880697, -0.0958454937715436, -4.07795702272393, 2.30289965231858]),
    (7, 'float64'): dict(
        layout=[('weight_ih', (4, 3)), ('weight_hh', (4, 4)), ('bias_ih', (4,)), ('bias_hh', (4,))],
        shapes=[(2, 4)],
        heads=[[0.0, 1.28549299903236, 0.0, 0.241289373705118, 0.0, 0.0]],
        loss=0.556483280902204,
        grads=[0.187493169565757, -2.5800818092178, -1.0883434682091, 0.462129321455486, 1.1633278043747, -0.998147865695351]),
    (8, 'float64'): dict(
        layout=[('weight_ih', (16, 3)), ('weight_hh', (16, 4)), ('bias_ih', (16,)), ('bias_hh', (16,))],
        shapes=[(2, 4), (2, 4)],
        heads=[[0.0301602959895756, -0.0626960666902641, -0.167633809221861, 0.461999184375921, 0.00248080372430326, 0.00931207345516308], [0.11609554623973, -0.156027717660347, -0.3046117800021, 1.04251702946762, 0.00658979255371749, 0.0356875467580095]],
        loss=-0.0851297941461077,
        grads=[-0.703229867627052, 0.388447670781763, -2.15630205378091, 2.21976712072175, -1.00286458827941, -0.34165569795463, -0.881828337176767]),
    (9, 'float64'): dict(
        layout=[('weight_ih', (16, 3)), ('weight_hh', (16, 4))],
        shapes=[(4,), (4,)],
        heads=[[-0.0375925766743724, -0.0587951820034824, 0.00375661174081082, -0.000595736767492784], [-0.0663111001558663, -0.102998815281682, 0.0069599027419368, -0.00111964136780238]],
        loss=-0.0793341685751708,
        grads=[-0.627831278377499, 0.378437202888279, 0.0]),
    (10, 'float64'): dict(
        layout=[('weight_ih', (12, 3)), ('weight_hh', (12, 4)), ('bias_ih', (12,)), ('bias_hh', (12,))],
        shapes=[(4,)],
        heads=[[-0.417590825875428, -0.870366466129777, 0.878940899560321, -0.194950775261487]],
        loss=-0.479383455224389,
        grads=[0.0639948189162464, 0.721829068833012, 0.109494143365803, -0.0484870746947799, -0.0233119758305879, 0.478394879511295]),
}


@pytest.mark.parametrize("key", sorted(EXPECTED), ids=lambda k: f"{CONFIGS[k[0]][0]}-{k[0]}-{k[1]}")
def test_matches_torch(key):
    index, dtype = key
    want = EXPECTED[key]
    layout, shapes, heads, loss, grads = run_config(yg, index, dtype)
    assert layout == want["layout"]  # torch's parameter names, order and shapes
    assert shapes == want["shapes"]
    tol = dict(rtol=1e-10, atol=1e-12) if dtype == "float64" else dict(rtol=1e-5, atol=2e-5)
    for got, expected in zip(heads, want["heads"]):
        np.testing.assert_allclose(got, expected, **tol)
    np.testing.assert_allclose(loss, want["loss"], **tol)
    np.testing.assert_allclose(grads, want["grads"], **tol)


def test_outputs_are_float32_by_default_and_hidden_matches_last_step():
    yg.manual_seed(0)
    lstm = nn.LSTM(3, 4, num_layers=2)
    out, (h, c) = lstm(yg.randn(6, 2, 3))
    assert out.dtype == yg.float32 and tuple(out.shape) == (6, 2, 4)
    # the last layer's final hidden state is the output at the last time step
    np.testing.assert_array_equal(h[-1].detach().numpy(), out[-1].detach().numpy())
    gru = nn.GRU(3, 4, bidirectional=True)
    out, h = gru(yg.randn(6, 2, 3))
    np.testing.assert_array_equal(h[0].detach().numpy(), out[-1, :, :4].detach().numpy())
    np.testing.assert_array_equal(h[1].detach().numpy(), out[0, :, 4:].detach().numpy())  # reverse ends at t=0


@pytest.mark.parametrize("cls", [nn.RNN, nn.LSTM, nn.GRU])
def test_unbatched_equals_batch_of_one(cls):
    yg.manual_seed(1)
    module = cls(3, 5, num_layers=2, bidirectional=True)
    x = yg.randn(4, 3)
    single = module(x)
    batch = module(x.unsqueeze(1))
    np.testing.assert_allclose(single[0].detach().numpy(), batch[0].squeeze(1).detach().numpy(), rtol=1e-6)
    h_single = single[1][0] if cls is nn.LSTM else single[1]
    h_batch = batch[1][0] if cls is nn.LSTM else batch[1]
    assert tuple(h_single.shape) == (4, 5)
    np.testing.assert_allclose(h_single.detach().numpy(), h_batch.squeeze(1).detach().numpy(), rtol=1e-6)


def test_init_is_uniform_in_one_over_sqrt_hidden():
    yg.manual_seed(2)
    module = nn.GRU(10, 16, num_layers=2, bidirectional=True)
    bound = 1 / math.sqrt(16)
    values = np.concatenate([p.detach().numpy().ravel() for p in module.parameters()])
    assert values.min() >= -bound and values.max() <= bound
    assert values.min() < -0.9 * bound and values.max() > 0.9 * bound  # spread over the whole interval
    assert abs(values.mean()) < 0.02
    assert len(module.all_weights) == 4 and len(module.all_weights[0]) == 4
    cell = nn.LSTMCell(5, 9)
    assert tuple(cell.weight_ih.shape) == (36, 5) and tuple(cell.bias_hh.shape) == (36,)
    assert nn.RNNCell(5, 9, bias=False).bias_ih is None


def test_dropout_between_layers_only_in_training():
    yg.manual_seed(3)
    module = nn.LSTM(3, 6, num_layers=3, dropout=0.5)
    x = yg.randn(5, 2, 3)
    module.eval()
    first = module(x)[0].detach().numpy()
    np.testing.assert_array_equal(first, module(x)[0].detach().numpy())  # deterministic in eval
    reference = nn.LSTM(3, 6, num_layers=3)
    reference.load_state_dict(module.state_dict())
    np.testing.assert_array_equal(first, reference(x)[0].detach().numpy())  # eval: no dropout at all
    module.train()
    yg.manual_seed(4)
    a = module(x)[0].detach().numpy()
    yg.manual_seed(4)
    b = module(x)[0].detach().numpy()
    np.testing.assert_array_equal(a, b)  # dropout draws from the global generator
    assert not np.allclose(a, first)
    with pytest.warns(UserWarning, match="dropout option adds dropout after all but last recurrent layer"):
        single = nn.GRU(3, 6, num_layers=1, dropout=0.5)  # the last layer's output is never dropped
    single.train()
    x1 = yg.randn(5, 2, 3)
    np.testing.assert_array_equal(single(x1)[0].detach().numpy(), single(x1)[0].detach().numpy())


def test_gradients_flow_through_time_to_every_parameter():
    yg.manual_seed(5)
    module = nn.GRU(2, 3, num_layers=2, batch_first=True, bidirectional=True)
    x = yg.randn(2, 7, 2, requires_grad=True)
    out, h = module(x)
    (out.sum() + h.sum()).backward()
    assert all(p.grad is not None and np.any(p.grad.numpy() != 0) for p in module.parameters())
    assert np.all(x.grad.numpy()[:, 0] != 0)  # the first step influences the end of the sequence


def test_argument_errors():
    with pytest.raises(ValueError, match="Unknown nonlinearity 'sigmoid'"):
        nn.RNN(3, 4, nonlinearity="sigmoid")
    with pytest.raises(ValueError, match="dropout should be a number in range"):
        nn.GRU(3, 4, dropout=1.5)
    with pytest.raises(ValueError, match="hidden_size must be greater than zero"):
        nn.LSTM(3, 0)
    with pytest.raises(ValueError, match="proj_size has to be smaller than hidden_size"):
        nn.LSTM(3, 4, proj_size=4)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        nn.RNN(3, 4, dropout=0.2)
    assert any("dropout option adds dropout after all but last recurrent layer" in str(w.message) for w in caught)
    rnn = nn.RNN(3, 4, num_layers=2)
    with pytest.raises(ValueError, match="RNN: Expected input to be 2D or 3D, got 4D tensor instead"):
        rnn(yg.randn(1, 2, 3, 3))
    with pytest.raises(RuntimeError, match="input.size\\(-1\\) must be equal to input_size. Expected 3, got 5"):
        rnn(yg.randn(4, 2, 5))
    with pytest.raises(RuntimeError, match=r"Expected hidden size \(2, 2, 4\), got \[1, 2, 4\]"):
        rnn(yg.randn(4, 2, 3), yg.zeros(1, 2, 4))
    with pytest.raises(RuntimeError, match="For unbatched 2-D input, hx should also be 2-D but got 3-D tensor"):
        rnn(yg.randn(4, 3), yg.zeros(2, 1, 4))
    lstm = nn.LSTM(3, 4)
    with pytest.raises(RuntimeError, match=r"Expected hidden\[1\] size \(1, 2, 4\), got \[1, 2, 3\]"):
        lstm(yg.randn(4, 2, 3), (yg.zeros(1, 2, 4), yg.zeros(1, 2, 3)))
    with pytest.raises(ValueError, match="GRUCell: Expected input to be 1D or 2D, got 3D instead"):
        nn.GRUCell(3, 4)(yg.randn(1, 2, 3))

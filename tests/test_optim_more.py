"""Adadelta, Adamax, NAdam, RAdam and LBFGS against torch.optim (2.13): the same weights (a seeded NumPy RNG)
trained for several steps on a small MLP / the Rosenbrock function; the expected numbers were produced by
torch with the identical script. Plus argument checks, state names and state_dict round trips."""
import numpy as np
import pytest

import yamlgrad as yg
from yamlgrad import nn, optim

rng = np.random.default_rng(0)
W1 = rng.standard_normal((4, 3))
B1 = rng.standard_normal(4)
W2 = rng.standard_normal((1, 4))
X = rng.standard_normal((5, 3))
Y = rng.standard_normal((5, 1))

MLP_EXPECTED = [
    ('Adadelta', {},
     [0.113891671591567, -0.142283508707248, 0.623003873594812, 0.0775226152137135, -0.561188349922745, 0.334294329380111, 1.27717770860726, 0.967224960082904, -0.72510049499573, -1.23878466027463, -0.594859169941194, 0.068901887040588, -2.35032579843276, -0.244623579497764, -1.22206912214047, -0.706304260072944, -0.569539961474531, -0.341708326645742, 0.385594372402427, 1.01694128626397]),
    ('Adadelta', {'lr': 0.5, 'rho': 0.8, 'weight_decay': 0.1},
     [0.116002623124707, -0.122502717295404, 0.630402529475114, 0.094795905939613, -0.54501199808284, 0.351522553877153, 1.2939548735758, 0.93642021539911, -0.693639527442553, -1.25537983811091, -0.613078738785749, 0.0514497251342867, -2.31498096719976, -0.228723463582788, -1.23599708706818, -0.722295400463387, -0.554139706828995, -0.32623805185844, 0.401661110025936, 1.03257121268283]),
    ('Adadelta', {'maximize': True, 'eps': 0.001},
     [0.136969261366028, -0.157198821212877, 0.674613731484027, 0.449726968626608, -0.24721443207214, 0.825641951471235, 1.10794604371441, -0.00162113986117023, -0.0698672249551359, -1.02364473377181, 0.0618194659105237, 0.601953422469188, -2.49068118748531, -0.869294715940557, -2.49078744746747, -2.15076545982112, 1.16398090547606, 1.13372681054983, 2.21332867934643, 2.67478612683263]),
    ('Adamax', {},
     [0.110212041642125, -0.146586305668404, 0.624438803687127, 0.0890597657868606, -0.551368342168094, 0.345745529550378, 1.28804279691329, 0.961329066097071, -0.718309542942814, -1.24940058115285, -0.607669064473526, 0.0571252902077493, -2.3407265322346, -0.234569029392425, -1.23072464939703, -0.716453210759369, -0.559865138483092, -0.331952229534188, 0.395805797378164, 1.02681856081516]),
    ('Adamax', {'lr': 0.05, 'betas': (0.8, 0.9), 'weight_decay': 0.1},
     [-0.0352690549938564, 0.114222550395467, 0.190880746570877, -0.290452373362187, -0.445472449288154, -0.0419909863102491, 0.866118789208896, 0.596251799897122, -0.291177441807746, -0.835125215434898, -0.222349577023342, 0.424990330325117, -1.92530578158479, -0.381361234680151, -0.91125580919358, -0.395453799605028, -0.701031055084372, -0.445616870837998, 0.0628569808723157, 0.724822785055344]),
    ('Adamax', {'lr': 0.05, 'maximize': True},
     [0.29376398829828, 0.141150073125873, 1.02075439690589, 0.384128078550531, -0.1923024780546, 0.621975976990144, 1.62997091081552, 0.676288165435369, -0.431893563156382, -1.65652149332439, -0.619848769492006, -0.184140024806474, -1.99389041016579, 0.131015695802847, -1.53538320043983, -1.08039068652416, -0.224215163070893, 0.0258949890554868, 0.732021872150231, 1.37114192592261]),
    ('NAdam', {},
     [0.112636183366636, -0.144180921506404, 0.627594669177149, 0.0919945845635131, -0.548333275776345, 0.348694404405818, 1.29115649278534, 0.959023070464874, -0.715861208037451, -1.25261664677397, -0.610231310578302, 0.0542561421118513, -2.33769659894783, -0.231492814295936, -1.23347817983349, -0.719550221681568, -0.556885228775912, -0.328944887004075, 0.398907397645523, 1.02984844873262]),
    ('NAdam', {'lr': 0.05, 'weight_decay': 0.1},
     [-0.0143595186408972, 0.0349840901251675, 0.343474758241102, -0.212166998973617, -0.35617294280648, 0.0459211609520796, 0.999763887575086, 0.585103319812219, -0.390571210550343, -0.958106470587437, -0.278499113184011, 0.377490695294769, -2.0076778574995, -0.375460767315491, -1.00129385614918, -0.489734182884259, -0.685452084570343, -0.453211481300053, 0.165771797573603, 0.809113557568057]),
    ('NAdam', {'lr': 0.05, 'weight_decay': 0.1, 'decoupled_weight_decay': True, 'momentum_decay': 0.01},
     [-0.222354328507325, -0.0774805880533784, 0.281438398008257, -0.222250916234269, -0.67335413772074, 0.0352089195240665, 0.967857819772039, 0.717562006979789, -0.647241057683712, -0.919986121958522, -0.280789138041876, 0.374734463829789, -2.43012549474856, -0.429807257460639, -1.18646237497343, -0.47346028574637, -0.6794019812925, -0.420453559904537, 0.138149797277496, 0.805014988239958]),
    ('NAdam', {'lr': 0.05, 'maximize': True},
     [0.12247281292059, 0.299002569205868, 0.965956981773967, 0.323538138341849, -0.238432979581401, 0.535885746767804, 1.49409232530314, 0.530634787178954, -0.290500107727151, -1.58343005842265, -0.565302107009454, -0.0566682686184902, -1.94745019964734, 0.0803836243281285, -1.65204612487198, -1.09786572333471, -0.15500709637066, 0.00481828026060218, 0.807810499588365, 1.42223243182978]),
    ('RAdam', {'lr': 0.05},
     [0.120508381785973, -0.135834859582863, 0.634676404677664, 0.0811338865585412, -0.558137229061895, 0.341000899400974, 1.28910717380613, 0.949552331583643, -0.707719708630017, -1.21816260403068, -0.603511247554137, 0.0692503889640527, -2.33371535336747, -0.259513173301484, -1.22534965962459, -0.601663649628166, -0.699751681213811, -0.365517384851269, 0.277310972949789, 0.842479852325988]),
    ('RAdam', {'lr': 0.05, 'weight_decay': 0.1},
     [0.117365066999812, -0.124306154689457, 0.61882902632872, 0.078972170814659, -0.544389856716569, 0.332316880748248, 1.25676199342365, 0.923962494659837, -0.684161062110064, -1.18731646281341, -0.587965476512073, 0.0679905520017173, -2.26670336422799, -0.253173173159963, -1.19151564916638, -0.584672070876121, -0.684641330900627, -0.356177787484608, 0.268194126733755, 0.819351154995837]),
    ('RAdam', {'lr': 0.05, 'weight_decay': 0.1, 'decoupled_weight_decay': True},
     [0.115577805844008, -0.130551512243486, 0.609519937598326, 0.0778294037987826, -0.53633580488369, 0.327392458461076, 1.2381788890714, 0.912308419507947, -0.679927412119019, -1.16994099458345, -0.579254560410338, 0.0669332837991366, -2.24231355124768, -0.249938048153511, -1.17657722123046, -0.576604752063499, -0.674284999373748, -0.351627770024291, 0.264784992907091, 0.808110411247177]),
    ('RAdam', {'lr': 0.05, 'betas': (0.9, 0.5), 'maximize': True},
     [0.126296680365048, -0.131248878300727, 0.641261593069192, 0.128802288420084, -0.508697652446121, 0.37855677223668, 1.31872523845796, 0.877723442042722, -0.685651557498939, -1.34232679764003, -0.619012419475247, 0.016755338569363, -2.31657724048118, -0.114279494488807, -1.34767059570729, -1.04709704954385, -0.0532548791735542, -0.177117230229767, 0.744950989997842, 1.52557368032683]),
]

LBFGS_EXPECTED = [
    (None, {'max_iter': 5}, 3, [-0.682816581834813, 0.329680653589559], [12.5, 5.8323670866977, 5.6454508389336], 15, 15),
    (None, {'lr': 0.5, 'history_size': 3, 'max_iter': 7}, 4, [-0.0797758077866006, -0.0404942339395473], [12.5, 5.88023998846963, 5.79631979986206, 3.41710428487714], 28, 28),
    ('strong_wolfe', {'max_iter': 5}, 3, [-0.741182959696463, 0.512356777959665], [12.5, 5.85189841490233, 5.20491002285352], 18, 13),
    ('strong_wolfe', {'lr': 0.5, 'history_size': 3, 'max_iter': 7}, 4, [0.0894370022962716, -0.00168241715268235], [12.5, 5.80277560608163, 3.69776362993867, 1.85393703758075], 32, 25),
    ('strong_wolfe', {}, 3, [0.99999799431964, 0.999997343892164], [12.5, 1.30709831505005, 1.88404813783778e-07], 53, 41),
]


def _mlp_params(dtype=yg.float64):
    return [nn.Parameter(yg.tensor(a, dtype=dtype)) for a in (W1, B1, W2)]


def _mlp_loss(params, dtype=yg.float64):
    x, y = yg.tensor(X, dtype=dtype), yg.tensor(Y, dtype=dtype)
    return ((yg.tanh(x @ params[0].T + params[1]) @ params[2].T - y) ** 2).mean()


def _train(name, kwargs, steps=8, dtype=yg.float64):
    params = _mlp_params(dtype)
    opt = getattr(optim, name)(params, **kwargs)
    for _ in range(steps):
        opt.zero_grad()
        _mlp_loss(params, dtype).backward()
        opt.step()
    return params, opt


@pytest.mark.parametrize("name,kwargs,expected", MLP_EXPECTED,
                         ids=[f"{n}-{i}" for i, (n, _, _) in enumerate(MLP_EXPECTED)])
def test_matches_torch_float64(name, kwargs, expected):
    params, _ = _train(name, kwargs)
    got = np.concatenate([p.detach().numpy().ravel() for p in params])
    np.testing.assert_allclose(got, expected, rtol=1e-12, atol=1e-13)


@pytest.mark.parametrize("name,kwargs,expected", MLP_EXPECTED[::3], ids=lambda v: str(v)[:20])
def test_matches_torch_float32(name, kwargs, expected):
    params, _ = _train(name, kwargs, dtype=yg.float32)
    assert all(p.dtype == yg.float32 for p in params)
    got = np.concatenate([p.detach().numpy().ravel() for p in params])
    np.testing.assert_allclose(got, expected, rtol=2e-5, atol=2e-5)


STATE_NAMES = {"Adadelta": {"step", "square_avg", "acc_delta"}, "Adamax": {"step", "exp_avg", "exp_inf"},
               "NAdam": {"step", "mu_product", "exp_avg", "exp_avg_sq"}, "RAdam": {"step", "exp_avg", "exp_avg_sq"}}


@pytest.mark.parametrize("name", sorted(STATE_NAMES))
def test_state_and_state_dict_round_trip(name):
    params, opt = _train(name, dict(lr=0.05), steps=3)
    state = opt.state[params[0]]
    assert set(state) == STATE_NAMES[name]
    assert state["step"].item() == 3.0 and state["step"].dtype == yg.float32
    saved = opt.state_dict()
    assert set(saved["state"]) == {0, 1, 2} and saved["param_groups"][0]["params"] == [0, 1, 2]
    # a fresh optimizer loaded with the saved state continues exactly like the original
    clone = [nn.Parameter(p.detach().clone()) for p in params]
    opt2 = getattr(optim, name)(clone, lr=0.05)
    opt2.load_state_dict(saved)
    for o, ps in ((opt, params), (opt2, clone)):
        o.zero_grad()
        _mlp_loss(ps).backward()
        o.step()
    # (NAdam's float32 mu_product is cast to the parameters' float64 on loading, as in torch: not bitwise)
    for a, b in zip(params, clone):
        np.testing.assert_allclose(a.detach().numpy(), b.detach().numpy(), rtol=1e-9, atol=0)


def test_param_group_keys_and_defaults():
    p = [nn.Parameter(yg.zeros(2))]
    assert optim.Adadelta(p).defaults["lr"] == 1.0 and optim.Adadelta(p).defaults["rho"] == 0.9
    assert optim.Adamax(p).defaults["lr"] == 2e-3
    nadam = optim.NAdam(p).param_groups[0]
    assert nadam["momentum_decay"] == 4e-3 and nadam["decoupled_weight_decay"] is False
    assert optim.RAdam(p).param_groups[0]["decoupled_weight_decay"] is False
    lbfgs = optim.LBFGS(p, max_iter=8).param_groups[0]
    assert lbfgs["max_eval"] == 10 and lbfgs["history_size"] == 100 and lbfgs["line_search_fn"] is None


@pytest.mark.parametrize("make,message", [
    (lambda p: optim.Adadelta(p, rho=1.5), "Invalid rho value"),
    (lambda p: optim.Adamax(p, betas=(1.0, 0.9)), "Invalid beta parameter at index 0"),
    (lambda p: optim.NAdam(p, momentum_decay=-1), "Invalid momentum_decay value"),
    (lambda p: optim.RAdam(p, lr=-1), "Invalid learning rate"),
    (lambda p: optim.LBFGS([{"params": p[:1]}, {"params": p[1:]}]), "doesn't support per-parameter options"),
])
def test_invalid_arguments(make, message):
    with pytest.raises(ValueError, match=message):
        make([nn.Parameter(yg.zeros(2)), nn.Parameter(yg.zeros(2))])


def _rosenbrock(p):
    return (1 - p[0]) ** 2 + 100 * (p[1] - p[0] ** 2) ** 2


@pytest.mark.parametrize("line_search,kwargs,steps,expected_p,expected_losses,func_evals,n_iter", LBFGS_EXPECTED)
def test_lbfgs_matches_torch(line_search, kwargs, steps, expected_p, expected_losses, func_evals, n_iter):
    p = nn.Parameter(yg.tensor([-1.5, 2.0], dtype=yg.float64))
    opt = optim.LBFGS([p], line_search_fn=line_search, **kwargs)

    def closure():
        opt.zero_grad()
        loss = _rosenbrock(p)
        loss.backward()
        return loss

    losses = [float(opt.step(closure).detach()) for _ in range(steps)]
    np.testing.assert_allclose(p.detach().numpy(), expected_p, rtol=1e-9, atol=1e-11)
    np.testing.assert_allclose(losses, expected_losses, rtol=1e-9, atol=1e-12)
    state = opt.state[p]
    assert (state["func_evals"], state["n_iter"]) == (func_evals, n_iter)


def test_lbfgs_trains_an_mlp_and_returns_first_loss():
    params = _mlp_params()
    opt = optim.LBFGS(params, line_search_fn="strong_wolfe")
    calls = []

    def closure():
        opt.zero_grad()
        loss = _mlp_loss(params)
        loss.backward()
        calls.append(loss.item())
        return loss

    first = opt.step(closure)
    assert first.item() == calls[0]  # step returns the loss of the closure's first call
    assert len(calls) <= 25 and calls[-1] < 0.5 * calls[0]
    assert params[0].grad_fn is None and params[0].is_leaf


def test_lbfgs_stops_at_an_optimum_and_rejects_unknown_line_search():
    p = nn.Parameter(yg.tensor([1.0, 1.0], dtype=yg.float64))  # the Rosenbrock minimum: zero gradient
    opt = optim.LBFGS([p])

    def closure():
        opt.zero_grad()
        loss = _rosenbrock(p)
        loss.backward()
        return loss

    opt.step(closure)
    assert opt.state[p]["func_evals"] == 1 and opt.state[p]["n_iter"] == 0
    q = nn.Parameter(yg.tensor([0.0, 0.0], dtype=yg.float64))
    bad = optim.LBFGS([q], line_search_fn="backtracking")

    def closure_q():
        bad.zero_grad()
        loss = _rosenbrock(q)
        loss.backward()
        return loss

    with pytest.raises(RuntimeError, match="only 'strong_wolfe' is supported"):
        bad.step(closure_q)

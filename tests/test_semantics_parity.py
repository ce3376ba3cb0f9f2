"""torch parity of training API: containers, forward hooks, RMSprop/Adagrad, lr schedulers, grad clipping,
inference_mode, optimizer reprs. Expected values were produced by torch 2.13 (CPU) on the same programs."""
import numpy as np
import pytest

import yamlgrad as yg
from yamlgrad import nn


def _run(make_opt, steps=3):
    w = nn.Parameter(yg.tensor([1.0, -2.0, 0.5]))
    opt = make_opt([w])
    for _ in range(steps):
        opt.zero_grad()
        loss = (w ** 2 * yg.tensor([1.0, 3.0, -2.0])).sum() + w.sum()
        loss.backward()
        opt.step()
    return w.detach().tolist(), {k: v.tolist() for k, v in opt.state[w].items()}


OPT_CASES = [
    (lambda p: yg.optim.RMSprop(p, lr=0.01), [0.7768514752388, -1.7757550477981567, 0.7525728344917297],
     {"step": 3.0, "square_avg": [0.23674975335597992, 3.25404691696167, 0.05899728834629059]}),
    (lambda p: yg.optim.RMSprop(p, lr=0.01, alpha=0.9, centered=True, momentum=0.9, weight_decay=0.1),
     [0.8399776220321655, -1.8397282361984253, 0.6673522591590881],
     {"step": 3.0, "square_avg": [2.453861713409424, 32.40660095214844, 0.34764090180397034],
      "momentum_buffer": [7.147631645202637, -7.1670451164245605, -7.705448627471924],
      "grad_avg": [0.8152053356170654, -2.962853193283081, -0.3043661415576935]}),
    (lambda p: yg.optim.RMSprop(p, lr=0.01, maximize=True, eps=1e-3),
     [1.2334367036819458, -2.2329978942871094, 0.3172931671142578],
     {"step": 3.0, "square_avg": [0.30144909024238586, 3.966491460800171, 0.014997614547610283]}),
    (lambda p: yg.optim.Adagrad(p, lr=0.1), [0.7773244976997375, -1.776227355003357, 0.7521871328353882],
     {"step": 3.0, "sum": [23.934425354003906, 328.9159851074219, 5.937327861785889]}),
    (lambda p: yg.optim.Adagrad(p, lr=0.1, lr_decay=0.5, weight_decay=0.1, initial_accumulator_value=0.2,
                                maximize=True),
     [1.1770670413970947, -2.178103446960449, 0.3554498851299286],
     {"step": 3.0, "sum": [28.254247665405273, 382.8614196777344, 2.04028058052063]}),
]


@pytest.mark.parametrize("case", range(len(OPT_CASES)))
def test_rmsprop_adagrad_match_torch(case):
    make_opt, weights, state = OPT_CASES[case]
    got_w, got_state = _run(make_opt)
    np.testing.assert_allclose(got_w, weights, rtol=1e-6)
    assert sorted(got_state) == sorted(state)
    for key, value in state.items():
        np.testing.assert_allclose(got_state[key], value, rtol=1e-6)


def _lrs(make_sched, n=8):
    opt = yg.optim.SGD([nn.Parameter(yg.ones(1))], lr=0.1)
    sched = make_sched(opt)
    out = [sched.get_last_lr()[0]]
    for _ in range(n):
        opt.step()
        sched.step()
        out.append(sched.get_last_lr()[0])
    return out


S = yg.optim.lr_scheduler
SCHED_CASES = [
    (lambda o: S.StepLR(o, 2, 0.5), [0.1, 0.1, 0.05, 0.05, 0.025, 0.025, 0.0125, 0.0125, 0.00625]),
    (lambda o: S.MultiStepLR(o, [1, 3, 3], 0.3), [0.1, 0.03, 0.03] + [0.0026999999999999997] * 6),
    (lambda o: S.ExponentialLR(o, 0.9), [0.1, 0.09000000000000001, 0.08100000000000002, 0.07290000000000002,
                                         0.06561000000000002, 0.05904900000000002, 0.05314410000000002,
                                         0.04782969000000002, 0.043046721000000024]),
    (lambda o: S.CosineAnnealingLR(o, 3, 0.001), [0.1, 0.07525000000000001, 0.025750000000000016, 0.001,
                                                  0.025749999999999995, 0.07525000000000005, 0.10000000000000006,
                                                  0.07525000000000007, 0.025750000000000054]),
    (lambda o: S.LinearLR(o, 0.25, total_iters=3), [0.025, 0.05, 0.07500000000000001] + [0.1] * 6),
    (lambda o: S.LambdaLR(o, lambda e: 0.5 ** e), [0.1 * 0.5 ** i for i in range(9)]),
]


@pytest.mark.parametrize("case", range(len(SCHED_CASES)))
def test_lr_schedulers_match_torch_exactly(case):
    make_sched, expected = SCHED_CASES[case]
    assert _lrs(make_sched) == expected


def test_optimizer_repr_lists_torch_group_keys_and_initial_lr():
    opt = yg.optim.SGD([nn.Parameter(yg.ones(1))], lr=0.1)
    S.StepLR(opt, 2)
    assert str(opt) == ("SGD (\nParameter Group 0\n    dampening: 0\n    differentiable: False\n    foreach: None\n"
                        "    fused: None\n    initial_lr: 0.1\n    lr: 0.1\n    maximize: False\n    momentum: 0\n"
                        "    nesterov: False\n    weight_decay: 0\n)")
    assert str(yg.optim.Adagrad([nn.Parameter(yg.ones(1))])) == (
        "Adagrad (\nParameter Group 0\n    differentiable: False\n    eps: 1e-10\n    foreach: None\n"
        "    fused: None\n    initial_accumulator_value: 0\n    lr: 0.01\n    lr_decay: 0\n    maximize: False\n"
        "    weight_decay: 0\n)")
    assert str(yg.optim.AdamW([nn.Parameter(yg.ones(1))])) == (
        "AdamW (\nParameter Group 0\n    amsgrad: False\n    betas: (0.9, 0.999)\n    capturable: False\n"
        "    decoupled_weight_decay: True\n    differentiable: False\n    eps: 1e-08\n    foreach: None\n"
        "    fused: None\n    lr: 0.001\n    maximize: False\n    weight_decay: 0.01\n)")


def test_module_list_dict_and_parameter_containers():
    ml = nn.ModuleList([nn.Linear(2, 2) for _ in range(3)] + [nn.ReLU(), nn.Linear(2, 1)])
    assert repr(ml) == ("ModuleList(\n  (0-2): 3 x Linear(in_features=2, out_features=2, bias=True)\n  (3): ReLU()\n"
                        "  (4): Linear(in_features=2, out_features=1, bias=True)\n)")
    assert len(ml) == 5 and type(ml[1:3]).__name__ == "ModuleList" and len(ml[1:3]) == 2
    ml.append(nn.Tanh())
    ml.insert(0, nn.Sigmoid())
    del ml[2]
    assert [type(m).__name__ for m in ml] == ["Sigmoid", "Linear", "Linear", "ReLU", "Linear", "Tanh"]
    assert list(ml._modules) == [str(i) for i in range(6)]
    assert repr(nn.ModuleList()) == "ModuleList()"
    with pytest.raises(IndexError, match="index 6 is out of range"):
        ml[6]
    md = nn.ModuleDict({"b": nn.Linear(1, 1), "a": nn.ReLU()})
    assert list(md.keys()) == ["b", "a"] and "a" in md and len(md) == 2
    assert repr(md) == "ModuleDict(\n  (b): Linear(in_features=1, out_features=1, bias=True)\n  (a): ReLU()\n)"
    pl = nn.ParameterList([nn.Parameter(yg.ones(2, 3)), yg.zeros(3)])
    assert type(pl[1]).__name__ == "Parameter" and [n for n, _ in pl.named_parameters()] == ["0", "1"]
    pd = nn.ParameterDict({"w": nn.Parameter(yg.ones(2)), "a": yg.zeros(1)})
    assert list(pd.keys()) == ["a", "w"]  # a plain dict's keys are sorted, as in torch

    class M(nn.Module):
        def __init__(self):
            super().__init__()
            self.layers = nn.ModuleList([nn.Linear(2, 2), nn.Linear(2, 2)])
            self.heads = nn.ModuleDict({"x": nn.Linear(2, 1)})
            self.ps = nn.ParameterList([nn.Parameter(yg.ones(2))])

    assert list(M().state_dict().keys()) == ["layers.0.weight", "layers.0.bias", "layers.1.weight", "layers.1.bias",
                                             "heads.x.weight", "heads.x.bias", "ps.0"]


def test_forward_hooks_and_pre_hooks():
    lin = nn.Linear(2, 1)
    with yg.no_grad():
        lin.weight.fill_(0.5)
        lin.bias.fill_(0.0)
    seen = []
    h1 = lin.register_forward_hook(lambda mod, args, out: seen.append(tuple(out.shape)))
    h2 = lin.register_forward_pre_hook(lambda mod, args: (args[0] * 2,))
    h3 = lin.register_forward_hook(lambda mod, args, out: out + 1)
    assert lin(yg.ones(1, 2)).tolist() == [[3.0]] and seen == [(1, 1)]
    for h in (h1, h2, h3):
        h.remove()
    assert lin(yg.ones(1, 2)).tolist() == [[1.0]] and seen == [(1, 1)]


def test_relu_inplace_repr():
    assert repr(nn.ReLU(inplace=True)) == "ReLU(inplace=True)" and repr(nn.ReLU()) == "ReLU()"


def test_clip_grad_and_parameter_vectors():
    p = [nn.Parameter(yg.tensor([3.0, 4.0])), nn.Parameter(yg.tensor([1.0, 0.0]))]
    p[0].grad, p[1].grad = yg.tensor([3.0, 4.0]), yg.tensor([0.0, 12.0])
    total = nn.utils.clip_grad_norm_(p, 1.0)
    assert total.item() == 13.0
    assert p[0].grad.tolist() == [0.23076921701431274, 0.307692289352417]
    assert p[1].grad.tolist() == [0.0, 0.923076868057251]
    assert nn.utils.clip_grad_norm_(p, 0.5, norm_type=float("inf")).item() == 0.923076868057251
    nn.utils.clip_grad_value_(p, 0.1)
    assert p[1].grad.tolist()[1] == pytest.approx(0.1)
    assert nn.utils.parameters_to_vector(p).shape == (4,)
    nn.utils.vector_to_parameters(yg.arange(4.0), p)
    assert p[0].tolist() == [0.0, 1.0] and p[1].tolist() == [2.0, 3.0]


def test_inference_mode_and_small_top_level_api():
    with yg.inference_mode():
        y = yg.ones(2, requires_grad=True) * 2
        assert yg.is_inference_mode_enabled() and not yg.is_grad_enabled()
    assert not y.requires_grad and yg.is_grad_enabled() and not yg.is_inference_mode_enabled()

    @yg.inference_mode()
    def f():
        return yg.is_grad_enabled()
    assert f() is False
    assert yg.cuda.is_available() is False and yg.get_default_dtype() == yg.float32
    assert yg.is_tensor(yg.ones(1)) and not yg.is_tensor(1.0)

"""yamlgrad.nn: Parameter, Module, Linear/Sequential/activations, losses and nn.functional.

Values and gradients are checked against NumPy references written out here; gradients also with
gradcheck (finite differences, float64).
"""
import copy
import math
import pickle
from collections import OrderedDict

import numpy as np
import pytest

import yamlgrad as yg
import yamlgrad.nn.functional as F
from yamlgrad import nn
from yamlgrad.autograd import gradcheck
from yamlgrad.core.tensor import Tensor


def _rng(seed=0):
    return np.random.default_rng(seed)


def _t64(array, requires_grad=True):
    return yg.tensor(np.asarray(array, dtype=np.float64), requires_grad=requires_grad)


def _np_log_softmax(x, axis):
    shifted = x - x.max(axis=axis, keepdims=True)
    return shifted - np.log(np.exp(shifted).sum(axis=axis, keepdims=True))


def _np_sigmoid(x):
    return np.exp(-np.logaddexp(0, -x))


def _reduce(loss, reduction):
    return {"mean": loss.mean(), "sum": loss.sum(), "none": loss}[reduction]


# ---- Parameter -------------------------------------------------------------------------------------
def test_parameter_is_a_leaf_tensor_requiring_grad_that_shares_data():
    t = yg.tensor([1.0, 2.0])
    p = nn.Parameter(t)
    assert isinstance(p, Tensor) and isinstance(p, nn.Parameter)
    assert p.is_leaf and p.requires_grad and p.grad_fn is None
    t[0] = 5.0  # torch: a Parameter shares its tensor's storage
    assert p.tolist() == [5.0, 2.0]
    assert not nn.Parameter(yg.tensor([1.0]), requires_grad=False).requires_grad
    assert type(p * 2) is Tensor and (p * 2).grad_fn is not None  # ops give plain tensors
    assert vars(nn.Parameter(yg.tensor([1.0]))) == {}  # rarely-set state has class defaults


def test_parameter_repr_copy_and_pickle():
    p = nn.Parameter(yg.tensor([1.5, -2.0]))
    assert repr(p) == "Parameter containing:\ntensor([ 1.5000, -2.0000], requires_grad=True)"
    for clone in (copy.deepcopy(p), pickle.loads(pickle.dumps(p))):
        assert type(clone) is nn.Parameter and clone.requires_grad and clone.tolist() == [1.5, -2.0]
        assert clone._data is not p._data


def test_parameter_gets_gradients():
    p = nn.Parameter(yg.tensor([1.0, -3.0]))
    (p * p).sum().backward()
    assert p.grad.tolist() == [2.0, -6.0]


# ---- Module ----------------------------------------------------------------------------------------
class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.scale = nn.Parameter(yg.tensor(2.0))
        self.body = nn.Sequential(nn.Linear(2, 3), nn.Tanh())
        self.head = nn.Linear(3, 1, bias=False)
        self.register_buffer("offset", yg.tensor([0.5]))
        self.plain = yg.tensor([9.0])  # a plain Tensor attribute is not registered

    def forward(self, x):
        return self.head(self.body(x)) * self.scale + self.offset


def test_module_registers_parameters_buffers_and_children_in_order():
    yg.manual_seed(0)
    net = Net()
    names = [n for n, _ in net.named_parameters()]
    assert names == ["scale", "body.0.weight", "body.0.bias", "head.weight"]
    assert [p.shape for p in net.parameters()] == [(), (3, 2), (3,), (1, 3)]
    assert all(isinstance(p, nn.Parameter) for p in net.parameters())
    assert [n for n, _ in net.named_children()] == ["body", "head"]
    assert list(net.children()) == [net.body, net.head]
    assert [type(m).__name__ for m in net.modules()] == ["Net", "Sequential", "Linear", "Tanh", "Linear"]
    assert [n for n, _ in net.named_modules()] == ["", "body", "body.0", "body.1", "head"]
    assert [n for n, _ in net.named_buffers()] == ["offset"]
    assert [n for n, _ in net.named_parameters(recurse=False)] == ["scale"]
    assert "plain" not in dict(net.named_parameters()) and "plain" not in net.state_dict()
    out = net(yg.ones(4, 2))
    assert out.shape == (4, 1) and out.grad_fn is not None


def test_shared_parameters_and_modules_are_listed_once():
    lin = nn.Linear(2, 2)
    seq = nn.Sequential(lin, nn.ReLU(), lin)
    assert len(list(seq.parameters())) == 2
    assert [n for n, _ in seq.named_parameters()] == ["0.weight", "0.bias"]
    assert len(list(seq.modules())) == 3  # seq, lin, relu


def test_setattr_reassignment_and_deletion():
    m = nn.Linear(2, 2)
    with pytest.raises(TypeError, match="cannot assign .* as parameter 'weight'"):
        m.weight = yg.zeros(2, 2)  # a plain tensor cannot replace a parameter
    m.bias = None
    assert m.bias is None and [n for n, _ in m.named_parameters()] == ["weight"]
    m.extra = nn.Parameter(yg.zeros(1))
    assert [n for n, _ in m.named_parameters()] == ["weight", "extra"]
    with pytest.raises(TypeError, match="cannot assign 'ReLU' as parameter 'extra'"):
        m.extra = nn.ReLU()  # as in torch: a parameter name only takes a Parameter or None
    m.sub = nn.ReLU()
    assert list(m.children()) == [m.sub]
    m.sub = nn.Parameter(yg.zeros(1))  # a Parameter may replace a child module: it moves registries
    assert list(m.children()) == [] and [n for n, _ in m.named_parameters()] == ["weight", "extra", "sub"]
    del m.extra
    assert [n for n, _ in m.named_parameters()] == ["weight", "sub"]
    with pytest.raises(AttributeError, match="'Linear' object has no attribute 'missing'"):
        m.missing

    class Early(nn.Module):
        def __init__(self):
            self.w = nn.Parameter(yg.zeros(1))

    with pytest.raises(AttributeError, match="before Module.__init__"):
        Early()


def test_call_runs_forward_and_base_forward_raises():
    with pytest.raises(NotImplementedError, match=r"Module \[Module\] is missing the required \"forward\""):
        nn.Module()(1)


def test_train_eval_propagate_to_children():
    net = Net()
    assert net.training and net.body[0].training
    assert net.eval() is net
    assert not any(m.training for m in net.modules())
    net.train()
    assert all(m.training for m in net.modules())
    net.body.train(False)
    assert net.training and not net.body.training and not net.body[1].training and net.head.training


def test_module_zero_grad_sets_to_none_by_default():
    net = Net()
    net(yg.ones(3, 2)).sum().backward()
    assert all(p.grad is not None for p in net.parameters())
    net.zero_grad(set_to_none=False)
    assert all(p.grad is not None and not p.grad.numpy().any() for p in net.parameters())
    net.zero_grad()
    assert all(p.grad is None for p in net.parameters())


def test_module_double_converts_parameters_in_place():
    m = nn.Linear(2, 2)
    w = m.weight
    m.double()
    assert m.weight is w and w.dtype == yg.float64 and m.bias.dtype == yg.float64 and w.requires_grad


# ---- state_dict -----------------------------------------------------------------------------------
def test_state_dict_keys_values_and_round_trip():
    yg.manual_seed(1)
    a = Net()
    sd = a.state_dict()
    assert list(sd) == ["scale", "offset", "body.0.weight", "body.0.bias", "head.weight"]
    assert all(type(v) is Tensor and not v.requires_grad and v.is_leaf for v in sd.values())
    assert sd["body.0.weight"]._data is a.body[0].weight._data  # detached, sharing data (like torch)
    assert isinstance(a.state_dict(keep_vars=True)["head.weight"], nn.Parameter)

    yg.manual_seed(2)
    b = Net()
    weight, version = b.body[0].weight, b.body[0].weight._version_count
    x = yg.randn(5, 2)
    assert not np.allclose(a(x).detach().numpy(), b(x).detach().numpy())
    result = b.load_state_dict(sd)
    assert result.missing_keys == [] and result.unexpected_keys == []
    assert b.body[0].weight is weight and weight._data is not sd["body.0.weight"]._data  # copied in place
    assert weight._version_count == version + 1 and weight.is_leaf and weight.requires_grad
    for key, value in b.state_dict().items():
        np.testing.assert_array_equal(value.numpy(), sd[key].numpy())
    np.testing.assert_array_equal(a(x).detach().numpy(), b(x).detach().numpy())


def test_load_state_dict_errors_are_torch_like():
    m = nn.Linear(2, 3)
    sd = m.state_dict()
    del sd["bias"]
    sd["foo"] = yg.zeros(1)
    with pytest.raises(RuntimeError) as info:
        m.load_state_dict(sd)
    assert str(info.value) == ('Error(s) in loading state_dict for Linear:\n\tMissing key(s) in state_dict: "bias". '
                               '\n\tUnexpected key(s) in state_dict: "foo". ')
    keys = m.load_state_dict(sd, strict=False)
    assert keys.missing_keys == ["bias"] and keys.unexpected_keys == ["foo"]
    with pytest.raises(RuntimeError, match=r"size mismatch for weight: copying a param with shape \(3, 3\) from "
                                           r"checkpoint, the shape in current model is \(3, 2\)\."):
        m.load_state_dict({"weight": yg.zeros(3, 3), "bias": yg.zeros(3)})
    with pytest.raises(RuntimeError, match='While copying the parameter named "bias", expected yamlgrad.Tensor'):
        m.load_state_dict({"weight": yg.zeros(3, 2), "bias": [0.0, 0.0, 0.0]})


def test_deepcopy_and_pickle_of_a_module_give_independent_parameters():
    m = nn.Sequential(nn.Linear(2, 3), nn.ReLU())
    for clone in (copy.deepcopy(m), pickle.loads(pickle.dumps(m))):
        assert repr(clone) == repr(m) and isinstance(clone[0].weight, nn.Parameter)
        assert clone[0].weight is not m[0].weight
        np.testing.assert_array_equal(clone[0].weight.detach().numpy(), m[0].weight.detach().numpy())
        with yg.no_grad():
            clone[0].weight[0, 0] = 100.0
        assert m[0].weight[0, 0].item() != 100.0


def test_load_state_dict_does_not_record_a_graph():
    m = nn.Linear(2, 1)
    src = yg.ones(1, 2, requires_grad=True) * 3  # a non-leaf value
    m.load_state_dict({"weight": src, "bias": yg.zeros(1)})
    assert m.weight.is_leaf and m.weight.grad_fn is None and m.weight.tolist() == [[3.0, 3.0]]


# ---- repr -----------------------------------------------------------------------------------------
def test_repr_matches_torch_layout():
    seq = nn.Sequential(nn.Linear(2, 3), nn.ReLU())
    assert repr(seq) == "Sequential(\n  (0): Linear(in_features=2, out_features=3, bias=True)\n  (1): ReLU()\n)"
    assert repr(nn.Linear(4, 5, bias=False)) == "Linear(in_features=4, out_features=5, bias=False)"
    assert repr(Net()) == ("Net(\n"
                           "  (body): Sequential(\n"
                           "    (0): Linear(in_features=2, out_features=3, bias=True)\n"
                           "    (1): Tanh()\n"
                           "  )\n"
                           "  (head): Linear(in_features=3, out_features=1, bias=False)\n"
                           ")")
    assert repr(nn.Sigmoid()) == "Sigmoid()" and repr(nn.MSELoss()) == "MSELoss()"
    assert repr(nn.Softmax(dim=1)) == "Softmax(dim=1)"


# ---- Linear ---------------------------------------------------------------------------------------
def test_linear_init_bounds_shapes_and_generator():
    yg.manual_seed(3)
    m = nn.Linear(16, 8)
    assert m.weight.shape == (8, 16) and m.bias.shape == (8,)
    assert m.weight.dtype == yg.float32 and m.bias.dtype == yg.float32
    bound = 1 / math.sqrt(16)
    for p in (m.weight, m.bias):
        assert np.abs(p.detach().numpy()).max() <= bound
    assert np.abs(m.weight.detach().numpy()).max() > 0.8 * bound  # spread over the whole interval
    # weight then bias, drawn from the global generator seeded by yg.manual_seed
    rng = np.random.default_rng(3)
    np.testing.assert_array_equal(m.weight.detach().numpy(), rng.uniform(-bound, bound, (8, 16)).astype(np.float32))
    np.testing.assert_array_equal(m.bias.detach().numpy(), rng.uniform(-bound, bound, (8,)).astype(np.float32))


def test_linear_init_is_deterministic_under_manual_seed():
    yg.manual_seed(42)
    a = nn.Linear(3, 4)
    yg.manual_seed(42)
    b = nn.Linear(3, 4)
    c = nn.Linear(3, 4)  # the generator moved on
    np.testing.assert_array_equal(a.weight.detach().numpy(), b.weight.detach().numpy())
    np.testing.assert_array_equal(a.bias.detach().numpy(), b.bias.detach().numpy())
    assert not np.array_equal(a.weight.detach().numpy(), c.weight.detach().numpy())


def test_linear_forward_and_gradients_match_numpy():
    yg.manual_seed(0)
    m = nn.Linear(3, 2)
    x_np = _rng(1).standard_normal((4, 3)).astype(np.float32)
    g_np = _rng(2).standard_normal((4, 2)).astype(np.float32)
    x = yg.tensor(x_np, requires_grad=True)
    w, b = m.weight.detach().numpy(), m.bias.detach().numpy()
    out = m(x)
    np.testing.assert_allclose(out.detach().numpy(), x_np @ w.T + b, rtol=1e-6)
    out.backward(yg.tensor(g_np))
    np.testing.assert_allclose(m.weight.grad.numpy(), g_np.T @ x_np, rtol=1e-5)
    np.testing.assert_allclose(m.bias.grad.numpy(), g_np.sum(0), rtol=1e-5)
    np.testing.assert_allclose(x.grad.numpy(), g_np @ w, rtol=1e-5)
    assert nn.Linear(3, 2, bias=False)(x).shape == (4, 2)
    assert m(yg.ones(3)).shape == (2,)  # unbatched input


def test_linear_gradcheck_float64():
    m = nn.Linear(3, 2).double()
    x = _t64(_rng(3).standard_normal((4, 3)))
    assert gradcheck(lambda x, w, b: F.linear(x, w, b), (x, m.weight, m.bias))
    assert gradcheck(lambda x, w: F.linear(x, w), (x, m.weight))


# ---- Sequential and activations -------------------------------------------------------------------
def test_sequential_indexing_len_iteration_and_append():
    l1, act, l2 = nn.Linear(2, 4), nn.ReLU(), nn.Linear(4, 1)
    seq = nn.Sequential(l1, act, l2)
    assert len(seq) == 3 and seq[0] is l1 and seq[-1] is l2 and list(seq) == [l1, act, l2]
    head = seq[:2]
    assert isinstance(head, nn.Sequential) and list(head) == [l1, act]
    with pytest.raises(IndexError):
        seq[3]
    x = yg.randn(5, 2)
    np.testing.assert_array_equal(seq(x).detach().numpy(), l2(act(l1(x))).detach().numpy())
    seq.append(nn.Sigmoid())
    assert len(seq) == 4 and [n for n, _ in seq.named_children()] == ["0", "1", "2", "3"]
    named = nn.Sequential(OrderedDict([("fc", l1), ("act", act)]))
    assert [n for n, _ in named.named_parameters()] == ["fc.weight", "fc.bias"] and named[1] is act


@pytest.mark.parametrize("name, module, reference", [
    ("relu", nn.ReLU(), lambda x: np.maximum(x, 0)),
    ("tanh", nn.Tanh(), np.tanh),
    ("sigmoid", nn.Sigmoid(), _np_sigmoid),
])
def test_activations_match_numpy_and_gradcheck(name, module, reference):
    x_np = _rng(4).standard_normal((3, 4))
    func = getattr(F, name)
    np.testing.assert_allclose(func(_t64(x_np)).detach().numpy(), reference(x_np), rtol=1e-12)
    np.testing.assert_allclose(module(_t64(x_np)).detach().numpy(), reference(x_np), rtol=1e-12)
    assert gradcheck(func, (_t64(x_np),))


def test_relu_gradient_is_zero_at_and_below_zero():
    x = yg.tensor([-1.0, 0.0, 2.0], requires_grad=True)
    F.relu(x).sum().backward()
    assert x.grad.tolist() == [0.0, 0.0, 1.0]


@pytest.mark.parametrize("dim", [0, 1, -1])
def test_softmax_and_log_softmax_match_numpy(dim):
    x_np = _rng(5).standard_normal((3, 4)) * 4
    ref = _np_log_softmax(x_np, dim)
    np.testing.assert_allclose(F.log_softmax(_t64(x_np), dim).detach().numpy(), ref, rtol=1e-12, atol=1e-12)
    np.testing.assert_allclose(F.softmax(_t64(x_np), dim).detach().numpy(), np.exp(ref), rtol=1e-12)
    np.testing.assert_allclose(nn.LogSoftmax(dim)(_t64(x_np)).detach().numpy(), ref, rtol=1e-12, atol=1e-12)
    assert gradcheck(lambda x: F.softmax(x, dim), (_t64(x_np),))
    assert gradcheck(lambda x: F.log_softmax(x, dim), (_t64(x_np),))


def test_softmax_without_dim_warns_and_picks_torchs_default():
    x = yg.randn(2, 3)
    with pytest.warns(UserWarning, match="Implicit dimension choice for softmax"):
        out = F.softmax(x)
    np.testing.assert_allclose(out.sum(1).numpy(), [1.0, 1.0], rtol=1e-6)


# ---- losses: reductions -----------------------------------------------------------------------------
def test_invalid_reduction_is_rejected():
    x = yg.zeros(2)
    with pytest.raises(ValueError, match="elementwise is not a valid value for reduction"):
        F.mse_loss(x, x, reduction="elementwise")
    loss = nn.CrossEntropyLoss(reduction="avg")  # torch accepts it here and refuses it when computing
    with pytest.raises(ValueError, match="avg is not a valid value for reduction"):
        loss(yg.zeros(2, 3), yg.tensor([0, 1]))


# ---- mse_loss -----------------------------------------------------------------------------------------
@pytest.mark.parametrize("reduction", ["mean", "sum", "none"])
def test_mse_loss_values_gradients_and_gradcheck(reduction):
    rng = _rng(6)
    x_np, y_np = rng.standard_normal((3, 4)), rng.standard_normal((3, 4))
    x, y = _t64(x_np), _t64(y_np)
    loss = F.mse_loss(x, y, reduction=reduction)
    np.testing.assert_allclose(loss.detach().numpy(), _reduce((x_np - y_np) ** 2, reduction), rtol=1e-12)
    loss.sum().backward()
    scale = 1 / x_np.size if reduction == "mean" else 1.0
    np.testing.assert_allclose(x.grad.numpy(), 2 * (x_np - y_np) * scale, rtol=1e-12)
    np.testing.assert_allclose(y.grad.numpy(), -2 * (x_np - y_np) * scale, rtol=1e-12)
    assert gradcheck(lambda a, b: F.mse_loss(a, b, reduction=reduction), (_t64(x_np), _t64(y_np)))
    np.testing.assert_allclose(nn.MSELoss(reduction=reduction)(x, y).detach().numpy(), loss.detach().numpy())


def test_mse_loss_warns_on_broadcasting():
    with pytest.warns(UserWarning, match="different to the input size"):
        F.mse_loss(yg.zeros(3, 1), yg.zeros(3))


# ---- cross_entropy / nll_loss -------------------------------------------------------------------------
def _np_cross_entropy(x, t, weight=None, ignore_index=-100, label_smoothing=0.0):
    """Per-sample losses and the mean's denominator, for (N, C) logits and integer targets."""
    n, c = x.shape
    logp = _np_log_softmax(x, 1)
    w = np.ones(c) if weight is None else weight
    valid = t != ignore_index
    safe = np.where(valid, t, 0)
    wt = w[safe] * valid
    nll = -logp[np.arange(n), safe] * wt
    smooth = -(logp * w).sum(1) * valid
    loss = (1 - label_smoothing) * nll + label_smoothing / c * smooth
    return loss, wt.sum()


@pytest.mark.parametrize("reduction", ["mean", "sum", "none"])
def test_cross_entropy_values_and_gradients(reduction):
    rng = _rng(7)
    x_np, t_np = rng.standard_normal((5, 4)) * 2, np.array([0, 3, 1, 1, 2])
    x = _t64(x_np)
    loss = F.cross_entropy(x, yg.tensor(t_np), reduction=reduction)
    per_sample, _ = _np_cross_entropy(x_np, t_np)
    np.testing.assert_allclose(loss.detach().numpy(), _reduce(per_sample, reduction), rtol=1e-12)
    loss.sum().backward()
    grad = np.exp(_np_log_softmax(x_np, 1)) - np.eye(4)[t_np]  # softmax - one_hot
    np.testing.assert_allclose(x.grad.numpy(), grad / (5 if reduction == "mean" else 1), rtol=1e-10, atol=1e-14)
    assert gradcheck(lambda a: F.cross_entropy(a, yg.tensor(t_np), reduction=reduction), (_t64(x_np),))
    module = nn.CrossEntropyLoss(reduction=reduction)
    np.testing.assert_allclose(module(x, yg.tensor(t_np)).detach().numpy(), loss.detach().numpy())


def test_cross_entropy_unbatched_and_k_dimensional():
    rng = _rng(8)
    x_np = rng.standard_normal(5)
    loss = F.cross_entropy(_t64(x_np), yg.tensor(3))
    assert loss.shape == () and np.isclose(loss.item(), -_np_log_softmax(x_np, 0)[3], rtol=1e-12)
    assert gradcheck(lambda a: F.cross_entropy(a, yg.tensor(3)), (_t64(x_np),))
    x_np, t_np = rng.standard_normal((2, 3, 4)), rng.integers(0, 3, (2, 4))  # (N, C, d1)
    per = -np.take_along_axis(_np_log_softmax(x_np, 1), t_np[:, None, :], 1)[:, 0, :]
    out = F.cross_entropy(_t64(x_np), yg.tensor(t_np), reduction="none")
    assert out.shape == (2, 4)
    np.testing.assert_allclose(out.detach().numpy(), per, rtol=1e-12)
    assert gradcheck(lambda a: F.cross_entropy(a, yg.tensor(t_np)), (_t64(x_np),))


def test_cross_entropy_with_weight_ignore_index_and_label_smoothing():
    rng = _rng(9)
    x_np, t_np = rng.standard_normal((6, 3)), np.array([0, 2, -100, 1, 2, 0])
    w_np = np.array([0.5, 2.0, 1.5])
    for ls in (0.0, 0.2):
        per, denom = _np_cross_entropy(x_np, t_np, w_np, label_smoothing=ls)
        kwargs = dict(weight=yg.tensor(w_np), label_smoothing=ls)
        got = F.cross_entropy(_t64(x_np), yg.tensor(t_np), reduction="none", **kwargs)
        np.testing.assert_allclose(got.detach().numpy(), per, rtol=1e-12)
        assert got[2].item() == 0.0  # ignored target
        mean = F.cross_entropy(_t64(x_np), yg.tensor(t_np), **kwargs)
        np.testing.assert_allclose(mean.item(), per.sum() / denom, rtol=1e-12)  # weighted mean
        assert gradcheck(lambda a: F.cross_entropy(a, yg.tensor(t_np), **kwargs), (_t64(x_np),))
    # ignore_index is configurable; a weight given to the module becomes a buffer
    module = nn.CrossEntropyLoss(weight=yg.tensor(w_np), ignore_index=2)
    assert "weight" in module.state_dict()
    per, denom = _np_cross_entropy(x_np, np.where(t_np == -100, 1, t_np), w_np, ignore_index=2)
    np.testing.assert_allclose(module(_t64(x_np), yg.tensor(np.where(t_np == -100, 1, t_np))).item(),
                               per.sum() / denom, rtol=1e-12)


def test_cross_entropy_with_probability_targets():
    rng = _rng(10)
    x_np, p_np = rng.standard_normal((4, 3)), rng.dirichlet(np.ones(3), 4)
    expected = -(p_np * _np_log_softmax(x_np, 1)).sum(1)
    np.testing.assert_allclose(F.cross_entropy(_t64(x_np), _t64(p_np, False)).item(), expected.mean(), rtol=1e-12)
    assert gradcheck(lambda a, p: F.cross_entropy(a, p), (_t64(x_np), _t64(p_np)))


def test_nll_loss_values_gradcheck_and_errors():
    rng = _rng(11)
    logp_np, t_np = _np_log_softmax(rng.standard_normal((4, 5)), 1), np.array([4, 0, 0, 2])
    for reduction in ("mean", "sum", "none"):
        got = F.nll_loss(_t64(logp_np), yg.tensor(t_np), reduction=reduction)
        np.testing.assert_allclose(got.detach().numpy(), _reduce(-logp_np[np.arange(4), t_np], reduction), rtol=1e-12)
    x = _t64(logp_np)
    F.nll_loss(x, yg.tensor(t_np), reduction="sum").backward()
    np.testing.assert_array_equal(x.grad.numpy(), -np.eye(5)[t_np] * [[1], [1], [1], [1]])  # repeated target 0
    assert gradcheck(lambda a: F.nll_loss(a, yg.tensor(t_np)), (_t64(logp_np),))
    assert nn.NLLLoss()(_t64(logp_np), yg.tensor(t_np)).item() == pytest.approx(-logp_np[np.arange(4), t_np].mean())
    with pytest.raises(IndexError, match="Target 5 is out of bounds"):
        F.nll_loss(x, yg.tensor([0, 1, 5, 2]))
    with pytest.raises(RuntimeError, match="expected scalar type Long"):
        F.nll_loss(x, yg.tensor([0.0, 1.0, 2.0, 3.0]))
    with pytest.raises(ValueError, match=r"Expected input batch_size \(4\) to match target batch_size \(3\)"):
        F.nll_loss(x, yg.tensor([0, 1, 2]))


# ---- binary cross entropy -------------------------------------------------------------------------------
@pytest.mark.parametrize("reduction", ["mean", "sum", "none"])
def test_binary_cross_entropy_values_and_gradients(reduction):
    rng = _rng(12)
    p_np, y_np, w_np = rng.uniform(0.05, 0.95, (3, 4)), rng.uniform(0, 1, (3, 4)), rng.uniform(0.5, 2, 4)
    p = _t64(p_np)
    loss = F.binary_cross_entropy(p, _t64(y_np, False), weight=yg.tensor(w_np), reduction=reduction)
    ref = -w_np * (y_np * np.log(p_np) + (1 - y_np) * np.log1p(-p_np))
    np.testing.assert_allclose(loss.detach().numpy(), _reduce(ref, reduction), rtol=1e-12)
    loss.sum().backward()
    grad = w_np * (p_np - y_np) / (p_np * (1 - p_np)) / (p_np.size if reduction == "mean" else 1)
    np.testing.assert_allclose(p.grad.numpy(), grad, rtol=1e-10)
    assert gradcheck(lambda a, b: F.binary_cross_entropy(a, b, reduction=reduction), (_t64(p_np), _t64(y_np)))
    module = nn.BCELoss(weight=yg.tensor(w_np), reduction=reduction)
    np.testing.assert_allclose(module(p, _t64(y_np, False)).detach().numpy(), loss.detach().numpy())


def test_binary_cross_entropy_clamps_logs_and_keeps_gradients_finite():
    p = yg.tensor([0.0, 1.0, 1e-30, 0.5], requires_grad=True)
    y = yg.tensor([1.0, 0.0, 0.0, 1.0])
    loss = F.binary_cross_entropy(p, y, reduction="none")
    np.testing.assert_allclose(loss.detach().numpy(), [100.0, 100.0, 1e-30, math.log(2)], rtol=1e-6)
    loss.sum().backward()
    assert np.all(np.isfinite(p.grad.numpy()))
    np.testing.assert_allclose(p.grad.numpy(), [0.0, 0.0, 1.0, -2.0], rtol=1e-6)
    with pytest.raises(RuntimeError, match="all elements of input should be between 0 and 1"):
        F.binary_cross_entropy(yg.tensor([1.5]), yg.tensor([1.0]))
    with pytest.raises(ValueError, match="Please ensure they have the same size"):
        F.binary_cross_entropy(yg.tensor([[0.5]]), yg.tensor([1.0]))


@pytest.mark.parametrize("reduction", ["mean", "sum", "none"])
def test_bce_with_logits_values_and_gradients(reduction):
    rng = _rng(13)
    x_np, y_np = rng.standard_normal((3, 4)) * 3, rng.uniform(0, 1, (3, 4))
    x_np[0, 0] = 0.0  # the kink of max(x, 0) and |x|: the total is smooth, its gradient is sigmoid(0) - y
    x = _t64(x_np)
    loss = F.binary_cross_entropy_with_logits(x, _t64(y_np, False), reduction=reduction)
    ref = np.logaddexp(0, x_np) - x_np * y_np
    np.testing.assert_allclose(loss.detach().numpy(), _reduce(ref, reduction), rtol=1e-12)
    loss.sum().backward()
    grad = (_np_sigmoid(x_np) - y_np) / (x_np.size if reduction == "mean" else 1)
    np.testing.assert_allclose(x.grad.numpy(), grad, rtol=1e-10, atol=1e-15)
    assert gradcheck(lambda a, b: F.binary_cross_entropy_with_logits(a, b, reduction=reduction),
                     (_t64(x_np), _t64(y_np)))
    module = nn.BCEWithLogitsLoss(reduction=reduction)
    np.testing.assert_allclose(module(x, _t64(y_np, False)).detach().numpy(), loss.detach().numpy())


def test_bce_with_logits_is_stable_and_accurate_for_large_logits():
    x_np = np.array([-800.0, -40.0, -20.0, 20.0, 40.0, 800.0])
    y_np = np.array([0.0, 0.0, 1.0, 0.0, 1.0, 0.3])
    x = _t64(x_np)
    loss = F.binary_cross_entropy_with_logits(x, _t64(y_np, False), reduction="none")
    reference = np.maximum(x_np, 0) - x_np * y_np + np.log1p(np.exp(-np.abs(x_np)))  # with NumPy's log1p
    np.testing.assert_allclose(loss.detach().numpy(), reference, rtol=1e-12)
    assert loss[1].item() > 0 and loss[4].item() > 0  # log(1 + e^-40) ~ 4.2e-18: not rounded to 0
    loss.sum().backward()
    np.testing.assert_allclose(x.grad.numpy(), _np_sigmoid(x_np) - y_np, rtol=1e-10, atol=1e-300)
    x32 = yg.tensor([-40.0, 30.0], requires_grad=True)  # float32 too
    out = F.binary_cross_entropy_with_logits(x32, yg.tensor([0.0, 1.0]), reduction="none")
    np.testing.assert_allclose(out.detach().numpy(), np.logaddexp(0, [-40.0, -30.0]), rtol=1e-6)


def test_bce_with_logits_weight_and_pos_weight():
    rng = _rng(14)
    x_np, y_np = rng.standard_normal((4, 3)) * 2, rng.uniform(0, 1, (4, 3))
    w_np, pw_np = rng.uniform(0.5, 2, 3), np.array([0.5, 1.0, 3.0])
    got = F.binary_cross_entropy_with_logits(_t64(x_np), _t64(y_np, False), weight=yg.tensor(w_np),
                                             pos_weight=yg.tensor(pw_np), reduction="none")
    log_sig = -np.logaddexp(0, -x_np)  # log(sigmoid(x))
    ref = -w_np * (pw_np * y_np * log_sig + (1 - y_np) * (log_sig - x_np))
    np.testing.assert_allclose(got.detach().numpy(), ref, rtol=1e-12)
    assert gradcheck(lambda a, b: F.binary_cross_entropy_with_logits(a, b, weight=yg.tensor(w_np),
                                                                     pos_weight=yg.tensor(pw_np)),
                     (_t64(x_np), _t64(y_np)))
    module = nn.BCEWithLogitsLoss(pos_weight=yg.tensor(pw_np))
    assert list(module.state_dict()) == ["pos_weight"]  # weight=None is not saved
    with pytest.raises(ValueError, match=r"Target size \(\(3,\)\) must be the same as input size \(\(4, 3\)\)"):
        F.binary_cross_entropy_with_logits(_t64(x_np), yg.zeros(3))


def test_log1p_composition_is_accurate_with_a_finite_gradient():
    import yamlgrad as yg
    _log1p = yg.log1p  # the losses' log1p is the registry op now
    z_np = np.array([0.0, 1e-20, 1e-12, 1e-6, 0.3, 1.0])
    z = _t64(z_np)
    out = _log1p(z)
    np.testing.assert_allclose(out.detach().numpy(), np.log1p(z_np), rtol=1e-15)
    out.sum().backward()
    np.testing.assert_allclose(z.grad.numpy(), 1 / (1 + z_np), rtol=1e-9)
    assert gradcheck(_log1p, (_t64([0.1, 0.5, 2.0]),))


def test_relu_inplace_rebases_history_like_torch():
    import yamlgrad as yg
    x = yg.tensor([-1.0, 2.0], requires_grad=True)
    h = x * 3
    out = yg.nn.ReLU(inplace=True)(h)
    assert out is h and h.grad_fn.name() == "ReluBackward0"
    out.sum().backward()
    assert x.grad.tolist() == [0.0, 3.0]

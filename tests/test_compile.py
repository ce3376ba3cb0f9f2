"""yamlgrad.compile: training equivalence, guards and retracing, graph breaks, the compiled node's
place in the autograd graph, generated source. Op-by-op equivalence is tests/test_compile_ops.py."""
from __future__ import annotations

import copy
import os
import warnings

import numpy as np
import pytest

import yamlgrad as yg
from yamlgrad import nn, optim
from yamlgrad.compile import CompileError, CompileWarning


def leaf(*shape, seed=0):
    return yg.tensor(np.random.default_rng(seed).standard_normal(shape), requires_grad=True)


def spirals(n=60):
    rng = np.random.default_rng(0)
    t = np.sqrt(rng.uniform(0, 1, n)) * 3 * np.pi
    arm = np.stack([t * np.cos(t), t * np.sin(t)], axis=1) / (3 * np.pi)
    X = np.concatenate([arm, -arm]) + 0.02 * rng.standard_normal((2 * n, 2))
    y = np.concatenate([np.zeros(n, dtype=np.int64), np.ones(n, dtype=np.int64)])
    return yg.tensor(X.astype(np.float32)), yg.tensor(y)


def _train(model, opt, step_model, X, y, steps):
    loss_fn = nn.CrossEntropyLoss()
    losses = []
    for _ in range(steps):
        opt.zero_grad()
        loss = loss_fn(step_model(X), y)
        loss.backward()
        opt.step()
        losses.append(float(loss))
    return losses


@pytest.mark.parametrize("make_opt", [lambda p: optim.Adam(p, lr=0.01),
                                      lambda p: optim.SGD(p, lr=0.1, momentum=0.9)])
def test_100_training_steps_match_eager(make_opt):
    X, y = spirals()
    yg.manual_seed(0)
    eager = nn.Sequential(nn.Linear(2, 32), nn.Tanh(), nn.Linear(32, 32), nn.Tanh(), nn.Linear(32, 2))
    twin = copy.deepcopy(eager)
    compiled = yg.compile(twin)
    a = _train(eager, opt := make_opt(eager.parameters()), eager, X, y, 100)
    b = _train(twin, make_opt(twin.parameters()), compiled, X, y, 100)
    assert a[-1] < a[0]  # it trains
    np.testing.assert_allclose(a, b, rtol=1e-6, atol=1e-6)
    for p, q in zip(eager.parameters(), twin.parameters()):
        np.testing.assert_allclose(p.detach().numpy(), q.detach().numpy(), rtol=1e-6, atol=1e-6)
    assert compiled._compiled.stats["traces"] == 1 and compiled._compiled.stats["hits"] == 99
    del opt


def test_one_node_in_the_graph_and_hooks_and_accumulation():
    x, w = leaf(3, 4), leaf(4, 2, seed=1)
    seen = []
    x.register_hook(lambda g: seen.append(g.shape))
    f = yg.compile(lambda x, w: (x @ w).tanh().sum())
    out = f(x, w)
    assert type(out.grad_fn).__name__ == "CompiledFunctionBackward"
    assert {type(fn).__name__ for fn, _ in out.grad_fn.next_functions} == {"AccumulateGrad"}
    out.backward()
    out2 = f(x, w)
    out2.backward()  # .grad accumulates over two calls
    gx, gw = x.grad.numpy().copy(), w.grad.numpy().copy()
    x.grad = w.grad = None
    for _ in range(2):
        (x @ w).tanh().sum().backward()
    np.testing.assert_allclose(gx, x.grad.numpy(), rtol=1e-12)
    np.testing.assert_allclose(gw, w.grad.numpy(), rtol=1e-12)
    assert seen == [(3, 4)] * 4


def test_decorator_forms_and_torch_keywords():
    @yg.compile
    def f(x):
        return x * 2

    @yg.compile(fullgraph=True, dynamic=False, mode="reduce-overhead", backend="inductor")
    def g(x):
        return x + 1

    x = leaf(3)
    np.testing.assert_array_equal(f(x).detach().numpy(), x.detach().numpy() * 2)
    np.testing.assert_array_equal(g(x).detach().numpy(), x.detach().numpy() + 1)
    assert yg.compile(f.fn, disable=True) is f.fn
    with pytest.raises(ValueError, match="unknown backend"):
        yg.compile(f.fn, backend="tvm")


def test_guards_retrace_on_shape_dtype_requires_grad_and_closed_over_scalars():
    scale = 2.0

    def fn(x):
        return x * scale

    f = yg.compile(fn)
    f(leaf(3))
    f(leaf(3, seed=5))
    assert f.stats == {"traces": 1, "hits": 1, "eager_calls": 0}
    f(leaf(4))                                 # new shape
    f(yg.tensor(np.ones(3, dtype=np.float32)))  # new dtype, no grad
    assert f.stats["traces"] == 3
    scale = 3.0  # noqa: F841  (read through the closure)
    x = leaf(3)
    np.testing.assert_allclose(f(x).detach().numpy(), x.detach().numpy() * 3.0)
    assert f.stats["traces"] == 4
    with yg.no_grad():
        assert f(x).grad_fn is None
    assert f.stats["traces"] == 5


def test_retrace_limit_warns_then_runs_eagerly():
    f = yg.compile(lambda x: x.sin())
    for n in range(1, 9):
        f(leaf(n))
    with pytest.warns(CompileWarning, match="retrace limit"):
        out = f(leaf(9))
    assert type(out.grad_fn).__name__ == "SinBackward0"  # eager
    assert f.stats["traces"] == 8


def test_item_is_a_graph_break_naming_the_line():
    def fn(x):
        s = x.sum()
        if s.item() > 0:  # data-dependent Python
            return x * 2
        return x * 3

    x = leaf(4)
    with pytest.warns(CompileWarning, match=r"graph break: data-dependent .*test_compile\.py:\d+"):
        out = yg.compile(fn)(x)
    ref = fn(x)
    np.testing.assert_array_equal(out.detach().numpy(), ref.detach().numpy())  # ran eagerly
    with pytest.raises(CompileError, match=r"cannot be compiled: graph break: .*test_compile\.py:\d+"):
        yg.compile(fn, fullgraph=True)(x)


def test_random_ops_and_inplace_writes_are_graph_breaks():
    with pytest.raises(CompileError, match="random op"):
        yg.compile(lambda x: x + yg.randn(3), fullgraph=True)(leaf(3))
    with pytest.raises(CompileError, match="dropout|random op"):
        yg.compile(lambda x: nn.functional.dropout(x, 0.5, training=True), fullgraph=True)(leaf(3))

    def write(x):
        y = x * 1
        y.add_(1)
        return y
    with pytest.raises(CompileError, match="in-place"):
        yg.compile(write, fullgraph=True)(leaf(3))


def test_no_grad_region_and_detach_inside():
    def fn(x, w):
        with yg.no_grad():
            scale = (w * w).sum()
        return (x * scale + x.detach() * w).sum()

    x, w = leaf(3), leaf(3, seed=2)
    f = yg.compile(fn, fullgraph=True)
    f(x, w).backward()
    gx, gw = x.grad.numpy().copy(), w.grad.numpy().copy()
    x.grad = w.grad = None
    fn(x, w).backward()
    np.testing.assert_allclose(gx, x.grad.numpy())
    np.testing.assert_allclose(gw, w.grad.numpy())
    # changed values flow through: nothing was frozen at trace time
    w2 = leaf(3, seed=7)
    np.testing.assert_allclose(f(x, w2).detach().numpy(), fn(x, w2).detach().numpy())


def test_saved_values_are_freed_and_version_checked():
    x, w = leaf(3), leaf(3, seed=1)
    f = yg.compile(lambda x, w: (x * w).sum())
    out = f(x, w)
    out.backward()
    with pytest.raises(RuntimeError, match="backward through the graph a second time"):
        out.backward()
    out = f(x, w)
    with yg.no_grad():
        w.add_(1.0)
    with pytest.raises(RuntimeError, match="modified by an inplace operation"):
        out.backward()


def test_create_graph_is_refused():
    x = leaf(3)
    out = yg.compile(lambda x: (x * x).sum())(x)
    with pytest.raises(RuntimeError, match="create_graph=True through a compiled function"):
        yg.autograd.grad(out, x, create_graph=True)


def test_multiple_outputs_and_structures():
    def fn(x, w):
        h = x * w
        return {"sum": h.sum(), "parts": (h.exp(), 3)}

    x, w = leaf(2, 3), leaf(3, seed=1)
    out = yg.compile(fn)(x, w)
    assert out["parts"][1] == 3
    assert out["sum"].grad_fn is out["parts"][0].grad_fn
    (out["sum"] + out["parts"][0].sum()).backward()
    gx, gw = x.grad.numpy().copy(), w.grad.numpy().copy()
    x.grad = w.grad = None
    ref = fn(x, w)
    (ref["sum"] + ref["parts"][0].sum()).backward()
    np.testing.assert_allclose(gx, x.grad.numpy())
    np.testing.assert_allclose(gw, w.grad.numpy())  # broadcast (3,) reduced from (2, 3)


def test_source_and_dump(tmp_path, monkeypatch):
    monkeypatch.setenv("YAMLGRAD_COMPILE_DUMP", str(tmp_path))
    f = yg.compile(lambda x: (x.tanh() * 2).sum())
    f(leaf(3))
    src = f.source()
    assert "def forward(" in src and "def backward(" in src and "np.tanh" in src
    files = list(tmp_path.iterdir())
    assert len(files) == 1 and "def forward(" in files[0].read_text()


def test_module_compile_keeps_the_module_api():
    yg.manual_seed(0)
    model = nn.Sequential(nn.Linear(4, 3), nn.ReLU(), nn.Linear(3, 2))
    cm = yg.compile(model)
    assert cm._orig_mod is model and len(list(cm.parameters())) == 4
    x = yg.tensor(np.ones((5, 4), dtype=np.float32))
    cm(x).sum().backward()
    assert all(p.grad is not None for p in model.parameters())
    cm.eval()  # training flags are guarded: a new trace
    cm(x)
    assert cm._compiled.stats["traces"] == 2

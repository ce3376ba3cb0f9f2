"""Checkpointing (same gradients, less memory held) and the DOT picture of a graph."""
import re
import shutil
import tracemalloc

import numpy as np
import pytest

import yamlgrad as yg
from yamlgrad.utils.checkpoint import checkpoint


def _stack(weights):
    def run(h):
        for w in weights:
            h = (h @ w).tanh()
        return h
    return run


def test_checkpoint_gives_the_same_gradients_including_closed_over_parameters():
    rng = np.random.default_rng(0)
    weights = [yg.tensor(rng.standard_normal((4, 4)) * 0.5, requires_grad=True) for _ in range(3)]
    x = yg.tensor(rng.standard_normal((2, 4)), requires_grad=True)
    run = _stack(weights)
    (checkpoint(run, x, use_reentrant=False) ** 2).sum().backward()
    with_ckpt = [t.grad.numpy().copy() for t in [x, *weights]]
    for t in [x, *weights]:
        t.grad = None
    (run(x) ** 2).sum().backward()
    for a, t in zip(with_ckpt, [x, *weights]):
        np.testing.assert_allclose(a, t.grad.numpy(), rtol=1e-12)


def test_checkpoint_refuses_double_backward_clearly():
    x = yg.tensor(0.3, dtype=yg.float64, requires_grad=True)
    y = checkpoint(lambda t: t.sin() * t, x, use_reentrant=True)
    with pytest.raises(RuntimeError, match="checkpoint: create_graph=True"):
        yg.autograd.grad(y, x, create_graph=True)


def test_checkpoint_holds_measurably_less_memory_between_forward_and_backward():
    rng = np.random.default_rng(1)
    weights = [yg.tensor(rng.standard_normal((128, 128)) * 0.1, requires_grad=True) for _ in range(24)]
    x = yg.tensor(rng.standard_normal((64, 128)), requires_grad=True)
    run = _stack(weights)

    def held(fn):
        tracemalloc.start()
        before = tracemalloc.get_traced_memory()[0]
        out = fn(x)
        after = tracemalloc.get_traced_memory()[0]
        tracemalloc.stop()
        out.sum().backward()
        return after - before

    plain = held(run)
    ckpt = held(lambda t: checkpoint(run, t, use_reentrant=True))
    assert plain > 24 * 64 * 128 * 8  # at least one saved activation per layer
    assert ckpt < plain / 8, (plain, ckpt)


def test_to_dot_lists_nodes_saved_shapes_leaves_and_edges():
    x = yg.tensor(np.ones((2, 3)), requires_grad=True)
    w = yg.tensor(np.ones((3, 4)), requires_grad=True)
    dot = yg.viz.to_dot((x @ w).relu().sum(), params={"x": x, "w": w})
    assert dot.startswith("digraph") and dot.rstrip().endswith("}")
    labels = dict(re.findall(r"^\s*(n\d+) \[label=\"([^\"]*)\"", dot, re.M))
    assert sorted(l.split("\\n")[0] for l in labels.values()) == [
        "MmBackward0", "ReluBackward0", "SumBackward0", "w", "x"]  # matrix @ matrix is mm, as in torch
    matmul = next(k for k, v in labels.items() if v.startswith("MmBackward0"))
    assert "self: (2, 3)" in labels[matmul] and "mat2: (3, 4)" in labels[matmul]
    edges = re.findall(r"^\s*(n\d+|output) -> (n\d+|output);", dot, re.M)
    assert len(edges) == 5
    leaf_x = next(k for k, v in labels.items() if v.startswith("x"))
    assert (leaf_x, matmul) in edges


def test_render_says_clearly_when_dot_is_missing(tmp_path, monkeypatch):
    y = yg.tensor([1.0], requires_grad=True) * 2
    monkeypatch.setattr(shutil, "which", lambda name: None)
    with pytest.raises(RuntimeError, match="Graphviz's `dot` program was not found"):
        yg.viz.render(y, tmp_path / "g.svg")

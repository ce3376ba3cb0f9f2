"""yamlgrad.compile on every registry op: the compiled function of each of an op's test samples (the
samples its generated gradcheck tests run) gives the eager values and, for random cotangents, the
eager gradients (the formulas are the registry's, specialized into generated code, so any drift is a
compiler bug)."""
from __future__ import annotations

import numpy as np
import pytest

import yamlgrad as yg
from yamlgrad import testing
from yamlgrad.autogen.samples import OPS

NAMES = sorted(OPS)
SAMPLES = [(name, i) for name in NAMES for i in range(len(OPS[name]["samples"]))]


def _close(a, b) -> bool:
    return a.shape == b.shape and a.dtype == b.dtype and np.allclose(a, b, rtol=1e-7, atol=1e-9, equal_nan=True)


@pytest.mark.parametrize("name, index", SAMPLES)
def test_compiled_op_matches_eager(name, index):
    case = testing.Case(name, index)
    compiled = yg.compile(case, fullgraph=True)  # fullgraph: a refusal would raise, not fall back
    got = case.outputs(compiled(*case.inputs))
    want = case.outputs(case(*case.inputs))
    assert len(got) == len(want)
    for g, w in zip(got, want):
        assert _close(g._data, w._data), name
    if not case.inputs or not any(w.requires_grad for w in want):
        return
    assert all(g.grad_fn is None or type(g.grad_fn).__name__ == "CompiledFunctionBackward" for g in got)
    rng = np.random.default_rng(0)
    cots = [yg.tensor(rng.standard_normal(w.shape).astype(w.dtype)) for w in want]
    keep = [i for i, w in enumerate(want) if w.requires_grad]
    gg = yg.autograd.grad([got[i] for i in keep], case.inputs, [cots[i] for i in keep], allow_unused=True)
    gw = yg.autograd.grad([want[i] for i in keep], case.inputs, [cots[i] for i in keep], allow_unused=True)
    for a, b in zip(gg, gw):
        assert (a is None) == (b is None), name
        if a is not None:
            assert _close(a._data, b._data), name


def test_every_op_compiles():
    """All registry ops compile (none is refused): the count the docs quote."""
    refused = []
    for name in NAMES:
        case = testing.Case(name, 0)
        try:
            yg.compile(case, fullgraph=True)(*case.inputs)
        except yg.compile.CompileError:
            refused.append(name)
    assert refused == [] and len(NAMES) >= 200

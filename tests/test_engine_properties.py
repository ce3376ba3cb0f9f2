"""Properties of the engine over random graphs of registry ops (hypothesis, derandomized).

A random program is a DAG over 1-3 float64 leaves with mutually broadcastable shapes (0-d tensors and
size-0 dimensions included): unary ops (exp, sin, tanh, neg, sigmoid, abs of a value kept away from 0),
binary ops with broadcasting (add, sub, mul, div by a denominator kept >= 1, maximum of values kept
apart), reductions (sum / mean over random dims, keepdim or not), reshape and transpose. Every value
the program makes feeds the scalar loss, so every op is differentiated.

* reverse mode agrees with central finite differences of a NumPy re-implementation of the program,
  and the forward agrees with that re-implementation;
* k backward passes with retain_graph accumulate exactly g + g + ... (k times) in `.grad`;
* forward and backward are deterministic: a rebuilt graph gives bit-identical values and gradients.

Plus fixed edge cases: inf/nan propagate as NumPy's do, empty tensors give empty gradients, and mixed
float32/float64 inputs follow NumPy 2's promotion while each gradient keeps its input's dtype.
"""
from __future__ import annotations

import warnings

import numpy as np
import pytest
import scipy.special
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import mutually_broadcastable_shapes

import yamlgrad as yg

SETTINGS = settings(derandomize=True, database=None, deadline=None, print_blob=False,
                    suppress_health_check=list(HealthCheck),
                    phases=(Phase.explicit, Phase.reuse, Phase.generate, Phase.shrink))

UNARY = ("exp", "sin", "tanh", "neg", "sigmoid", "absoff")
BINARY = ("add", "sub", "mul", "div", "maximum")
MARGIN = 1e-2  # kinks (abs at 0, maximum at a tie) stay this far from every value, far beyond the FD step


# ---- one program, two interpreters -----------------------------------------------------------------------

def np_sigmoid(x):
    return 1.0 / (1.0 + np.exp(-x))


def apply_np(op, args, params):
    a = args[0]
    if op == "exp":
        return np.exp(a)
    if op == "sin":
        return np.sin(a)
    if op == "tanh":
        return np.tanh(a)
    if op == "neg":
        return np.negative(a)
    if op == "sigmoid":
        return np_sigmoid(a)
    if op == "absoff":
        return np.abs(a + params)
    b = args[1] if len(args) > 1 else None
    if op == "add":
        return a + b
    if op == "sub":
        return a - b
    if op == "mul":
        return a * b
    if op == "div":
        return a / (b * b + 1.0)
    if op == "maximum":
        return np.maximum(a, b)
    if op in ("sum", "mean"):
        dim, keepdim = params
        fn = np.sum if op == "sum" else np.mean
        return np.asarray(fn(a, axis=dim, keepdims=keepdim))
    if op == "reshape":
        return a.reshape(params)
    if op == "transpose":
        return np.swapaxes(a, *params)
    raise AssertionError(op)


def apply_yg(op, args, params):
    a = args[0]
    if op == "exp":
        return a.exp()
    if op == "sin":
        return a.sin()
    if op == "tanh":
        return a.tanh()
    if op == "neg":
        return -a
    if op == "sigmoid":
        return a.sigmoid()
    if op == "absoff":
        return (a + params).abs()
    b = args[1] if len(args) > 1 else None
    if op == "add":
        return a + b
    if op == "sub":
        return a - b
    if op == "mul":
        return a * b
    if op == "div":
        return a / (b * b + 1.0)
    if op == "maximum":
        return yg.maximum(a, b)
    if op in ("sum", "mean"):
        dim, keepdim = params
        return getattr(a, op)(dim=dim, keepdim=keepdim) if dim is not None or keepdim else getattr(a, op)()
    if op == "reshape":
        return a.reshape(params)
    if op == "transpose":
        return a.transpose(*params)
    raise AssertionError(op)


def run(program, inputs, apply):
    """Values of the program (inputs first); the loss sums every value, inputs included, weighted by
    fixed arrays, so every leaf and every op takes part in the gradient."""
    steps = program["steps"]
    values = list(inputs)
    for op, operands, params in steps:
        values.append(apply(op, [values[i] for i in operands], params))
    return values


def loss_np(program, inputs):
    values = run(program, inputs, apply_np)
    return sum(float(np.sum(v * w)) for v, w in zip(values, program["weights"]))


def loss_yg(program, leaves):
    values = run(program, leaves, apply_yg)
    total = None
    for v, w in zip(values, program["weights"]):
        term = (v * yg.tensor(w)).sum()
        total = term if total is None else total + term
    return total, values


# ---- random programs ----------------------------------------------------------------------------------------

def _dims(draw, ndim):
    if ndim == 0:
        return None
    choice = draw(st.sampled_from(["none", "int", "tuple"]))
    if choice == "none":
        return None
    if choice == "int":
        return draw(st.integers(-ndim, ndim - 1))
    dims = draw(st.lists(st.integers(0, ndim - 1), min_size=1, max_size=ndim, unique=True))
    return tuple(dims)


@st.composite
def programs(draw):
    n_inputs = draw(st.integers(1, 3))
    shapes = draw(mutually_broadcastable_shapes(num_shapes=n_inputs, min_dims=0, max_dims=3, min_side=0,
                                                max_side=3)).input_shapes
    rng = np.random.default_rng(draw(st.integers(0, 2 ** 32 - 1)))
    inputs = [rng.uniform(-1.5, 1.5, size=s) for s in shapes]
    values = list(inputs)
    steps = []
    for _ in range(draw(st.integers(1, 7))):
        kind = draw(st.sampled_from(["unary", "unary", "binary", "binary", "reduce", "reshape", "transpose"]))
        i = draw(st.integers(0, len(values) - 1))
        x = values[i]
        if kind == "binary":
            partners = [j for j, v in enumerate(values) if _broadcastable(v.shape, x.shape)]
            j = draw(st.sampled_from(partners))  # always contains i itself
            op = draw(st.sampled_from(BINARY))
            if op == "maximum":
                a, b = np.broadcast_arrays(x, values[j])
                if a.size and np.min(np.abs(a - b)) < MARGIN:
                    op = "add"
            step = (op, (i, j), None)
        elif kind == "reduce":
            dim = _dims(draw, x.ndim)
            keepdim = draw(st.booleans())
            op = draw(st.sampled_from(["sum", "mean"]))
            reduced = x.shape if dim is None else [x.shape[d] for d in ((dim,) if isinstance(dim, int) else dim)]
            if op == "mean" and int(np.prod(reduced)) == 0:
                op = "sum"  # a mean over nothing is nan (as in NumPy and torch): not a gradient test
            step = (op, (i,), (dim, keepdim))
        elif kind == "reshape":
            candidates = [(-1,), x.shape + (1,), (1,) + x.shape, tuple(reversed(x.shape)),
                          tuple(d for d in x.shape if d != 1)]
            step = ("reshape", (i,), draw(st.sampled_from(candidates)))
        elif kind == "transpose" and x.ndim >= 2:
            d0 = draw(st.integers(-x.ndim, x.ndim - 1))
            d1 = draw(st.integers(-x.ndim, x.ndim - 1))
            step = ("transpose", (i,), (d0, d1))
        else:
            op = draw(st.sampled_from(UNARY))
            params = None
            if op == "absoff":
                params = draw(st.sampled_from([0.5, -0.7, 1.3, 2.0]))
                if x.size and np.min(np.abs(x + params)) < MARGIN:
                    op, params = "tanh", None
            if op == "exp" and x.size and np.max(x) > 3:
                op = "tanh"
            step = (op, (i,), params)
        with np.errstate(all="raise"):
            out = apply_np(step[0], [values[k] for k in step[1]], step[2])
        if out.size and np.max(np.abs(out)) > 1e3:
            step = ("tanh", (i,), None)
            out = np.tanh(x)
        steps.append(step)
        values.append(np.asarray(out))
    weights = [rng.uniform(-1, 1, size=v.shape) for v in values]
    return {"inputs": inputs, "steps": steps, "weights": weights}


def _broadcastable(a, b) -> bool:
    try:
        np.broadcast_shapes(a, b)
        return True
    except ValueError:
        return False


def leaves_of(program):
    return [yg.tensor(x.copy(), requires_grad=True) for x in program["inputs"]]


def finite_differences(program, h=1e-6):
    inputs = [x.copy() for x in program["inputs"]]
    grads = []
    for x in inputs:
        g = np.zeros_like(x)
        flat, gflat = x.reshape(-1), g.reshape(-1)
        for j in range(flat.size):
            keep = flat[j]
            flat[j] = keep + h
            up = loss_np(program, inputs)
            flat[j] = keep - h
            down = loss_np(program, inputs)
            flat[j] = keep
            gflat[j] = (up - down) / (2 * h)
        grads.append(g)
    return grads


# ---- properties -----------------------------------------------------------------------------------------

COUNTS = {"programs": 0, "ops": 0, "with_0d_input": 0, "with_empty_input": 0}


@settings(SETTINGS, max_examples=150)
@given(program=programs())
def test_gradients_match_finite_differences(program):
    COUNTS["programs"] += 1
    COUNTS["ops"] += len(program["steps"])
    COUNTS["with_0d_input"] += any(x.ndim == 0 for x in program["inputs"])
    COUNTS["with_empty_input"] += any(x.size == 0 for x in program["inputs"])
    leaves = leaves_of(program)
    loss, values = loss_yg(program, leaves)
    reference = run(program, program["inputs"], apply_np)
    for got, want in zip(values, reference):
        assert got.shape == want.shape and got.dtype == np.float64, (got.shape, want.shape, got.dtype)
        np.testing.assert_allclose(got.detach().numpy(), want, rtol=1e-12, atol=1e-12)
    loss.backward()
    for leaf, fd in zip(leaves, finite_differences(program)):
        grad = leaf.grad
        assert grad is not None, "a leaf got no gradient although every value feeds the loss"
        assert grad.shape == leaf.shape and grad.dtype == np.float64
        np.testing.assert_allclose(grad.numpy(), fd, rtol=1e-5, atol=1e-6,
                                   err_msg=f"steps: {program['steps']}")


@SETTINGS
@given(program=programs(), k=st.integers(2, 4))
def test_k_backward_passes_accumulate_k_times_the_gradient(program, k):
    leaves = leaves_of(program)
    loss, _ = loss_yg(program, leaves)
    single = [g.numpy().copy() for g in yg.autograd.grad(loss, leaves, retain_graph=True)]
    for _ in range(k):
        loss.backward(retain_graph=True)
    for leaf, g in zip(leaves, single):
        expected = g.copy()
        for _ in range(k - 1):
            expected = expected + g
        assert leaf.grad.numpy().tobytes() == expected.tobytes(), (k, leaf.grad.numpy(), expected)
        np.testing.assert_allclose(leaf.grad.numpy(), k * g, rtol=1e-14, atol=0)


@SETTINGS
@given(program=programs())
def test_forward_and_backward_are_bit_identical_on_a_rerun(program):
    results = []
    for _ in range(2):
        leaves = leaves_of(program)
        loss, values = loss_yg(program, leaves)
        loss.backward()
        results.append(([v.detach().numpy().tobytes() for v in values], loss.item(),
                        [leaf.grad.numpy().tobytes() for leaf in leaves]))
    assert results[0] == results[1]


def test_random_programs_were_run():
    if COUNTS["programs"]:
        print(f"\nengine properties: {COUNTS['programs']} random programs, {COUNTS['ops']} ops, "
              f"{COUNTS['with_0d_input']} with a 0-d input, {COUNTS['with_empty_input']} with an empty input")
        assert COUNTS["programs"] >= 100 and COUNTS["with_0d_input"] >= 5 and COUNTS["with_empty_input"] >= 5


# ---- edge values ----------------------------------------------------------------------------------------

EDGE = np.array([np.inf, -np.inf, np.nan, 0.0, -0.0, 1.0, -2.5, 1e308, -1e308, 5e-324, 710.0, -745.0])
EDGE_UNARY = {
    "exp": (lambda t: t.exp(), np.exp),
    "sin": (lambda t: t.sin(), np.sin),
    "tanh": (lambda t: t.tanh(), np.tanh),
    "neg": (lambda t: -t, np.negative),
    "sigmoid": (lambda t: t.sigmoid(), scipy.special.expit),
    "abs": (lambda t: t.abs(), np.abs),
    "sum": (lambda t: t.sum(), np.sum),
    "mean": (lambda t: t.mean(), np.mean),
}
EDGE_BINARY = {
    "add": (lambda a, b: a + b, np.add),
    "sub": (lambda a, b: a - b, np.subtract),
    "mul": (lambda a, b: a * b, np.multiply),
    "div": (lambda a, b: a / b, np.divide),
    "maximum": (yg.maximum, np.maximum),
}


def assert_same_special_values(got, want, what):
    got, want = np.asarray(got), np.asarray(want)
    assert got.shape == want.shape and got.dtype == want.dtype, (what, got.dtype, want.dtype)
    np.testing.assert_array_equal(np.isnan(got), np.isnan(want), err_msg=f"{what}: nan positions")
    np.testing.assert_array_equal(np.isposinf(got), np.isposinf(want), err_msg=f"{what}: +inf positions")
    np.testing.assert_array_equal(np.isneginf(got), np.isneginf(want), err_msg=f"{what}: -inf positions")
    finite = np.isfinite(want)
    np.testing.assert_allclose(got[finite], want[finite], rtol=1e-12, atol=1e-300, err_msg=what)


@pytest.mark.parametrize("name", sorted(EDGE_UNARY))
def test_inf_and_nan_propagate_as_in_numpy_unary(name):
    fn, ref = EDGE_UNARY[name]
    with np.errstate(all="ignore"), warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)
        got = fn(yg.tensor(EDGE.copy(), requires_grad=True)).detach().numpy()
        want = ref(EDGE.copy())
    assert_same_special_values(got, want, name)


@pytest.mark.parametrize("name", sorted(EDGE_BINARY))
def test_inf_and_nan_propagate_as_in_numpy_binary(name):
    fn, ref = EDGE_BINARY[name]
    a, b = np.meshgrid(EDGE, EDGE)  # every pair of edge values
    with np.errstate(all="ignore"), warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)
        got = fn(yg.tensor(a.copy(), requires_grad=True), yg.tensor(b.copy(), requires_grad=True))
        want = ref(a, b)
    assert_same_special_values(got.detach().numpy(), want, name)


# ---- empty tensors --------------------------------------------------------------------------------------

EMPTY_CASES = {
    "exp": lambda x, y: x.exp(), "sin": lambda x, y: x.sin(), "tanh": lambda x, y: x.tanh(),
    "neg": lambda x, y: -x, "sigmoid": lambda x, y: x.sigmoid(), "abs": lambda x, y: (x + 0.5).abs(),
    "add": lambda x, y: x + y, "sub": lambda x, y: x - y, "mul": lambda x, y: x * y,
    "div": lambda x, y: x / (y * y + 1.0), "maximum": lambda x, y: yg.maximum(x, y),
    "sum_dim0": lambda x, y: x.sum(dim=0), "sum_keepdim": lambda x, y: x.sum(dim=-1, keepdim=True),
    "mean_nonempty_dim": lambda x, y: x.mean(dim=0) if x.shape[0] else x.sum(dim=0),
    "reshape": lambda x, y: x.reshape((-1,)), "transpose": lambda x, y: x.transpose(0, -1),
}


@pytest.mark.parametrize("shape", [(0,), (2, 0), (0, 3), (3, 0, 2)], ids=str)
@pytest.mark.parametrize("name", sorted(EMPTY_CASES))
def test_empty_tensors_give_empty_gradients(name, shape):
    x = yg.tensor(np.zeros(shape), requires_grad=True)
    y = yg.tensor(np.ones(shape[-1:]), requires_grad=True)  # broadcasts against x
    out = EMPTY_CASES[name](x, y)
    out.sum().backward()
    assert x.grad is not None and x.grad.shape == shape and x.grad.dtype == np.float64 and x.grad.numel() == 0
    if y.grad is not None:
        assert y.grad.shape == y.shape and y.grad.dtype == np.float64
        np.testing.assert_array_equal(y.grad.numpy(), np.zeros(y.shape))


def test_empty_loss_backward():
    x = yg.tensor(np.zeros((0, 4)), requires_grad=True)
    loss = (x * 2.0).sum()
    assert loss.shape == () and loss.item() == 0.0
    loss.backward()
    assert x.grad.shape == (0, 4)


# ---- dtype promotion --------------------------------------------------------------------------------------

def _leaf(data):
    return yg.tensor(np.asarray(data).copy(), requires_grad=True)


MIXED = [
    ("f32_vec+f64_vec", np.float32, (3,), np.float64, (3,)),
    ("f64_vec+f32_vec", np.float64, (3,), np.float32, (3,)),
    ("f32_mat+f64_row", np.float32, (2, 3), np.float64, (3,)),
    ("f32_vec+f64_0d", np.float32, (3,), np.float64, ()),
    ("f64_0d+f32_mat", np.float64, (), np.float32, (2, 3)),
    ("f32_0d+f32_vec", np.float32, (), np.float32, (3,)),
]


@pytest.mark.parametrize("op", sorted(EDGE_BINARY))
@pytest.mark.parametrize("case", MIXED, ids=[c[0] for c in MIXED])
def test_mixed_precision_follows_numpy_promotion_and_keeps_grad_dtypes(op, case):
    _, da, sa, db, sb = case
    rng = np.random.default_rng(0)
    a_np = rng.uniform(0.5, 2.0, sa).astype(da)
    b_np = rng.uniform(0.5, 2.0, sb).astype(db)
    fn, ref = EDGE_BINARY[op]
    a, b = _leaf(a_np), _leaf(b_np)
    out = fn(a, b)
    want = ref(a_np, b_np)
    assert out.dtype == np.result_type(a_np, b_np) == np.asarray(want).dtype, (op, out.dtype, want.dtype)
    np.testing.assert_allclose(out.detach().numpy(), want, rtol=1e-6)
    out.sum().backward()
    assert a.grad.dtype == da and a.grad.shape == sa, (a.grad.dtype, a.grad.shape)
    assert b.grad.dtype == db and b.grad.shape == sb, (b.grad.dtype, b.grad.shape)


@pytest.mark.parametrize("scalar", [2.0, 3, True], ids=["float", "int", "bool"])
@pytest.mark.parametrize("dtype", [np.float32, np.float64])
def test_python_scalars_do_not_promote(dtype, scalar):
    """NumPy 2 (NEP 50): Python scalars are weak; float32 stays float32."""
    x = _leaf(np.array([1.0, 2.0], dtype=dtype))
    for out, want in ((x * scalar, np.array([1.0, 2.0], dtype=dtype) * scalar),
                      (scalar + x, scalar + np.array([1.0, 2.0], dtype=dtype)),
                      (x / scalar, np.array([1.0, 2.0], dtype=dtype) / scalar)):
        assert out.dtype == want.dtype == dtype
    (x * scalar).sum().backward()
    assert x.grad.dtype == dtype


def test_mixed_precision_chain_keeps_each_leaf_dtype():
    a = _leaf(np.array([0.1, 0.2, 0.3], dtype=np.float32))
    b = _leaf(np.array([[1.0], [2.0]], dtype=np.float64))
    c = _leaf(np.float32(0.5))
    y = ((a * b).tanh() + c.exp()).sum(dim=0).sigmoid().mean()
    assert y.dtype == np.float64
    y.backward()
    assert (a.grad.dtype, b.grad.dtype, c.grad.dtype) == (np.float32, np.float64, np.float32)
    assert (a.grad.shape, b.grad.shape, c.grad.shape) == ((3,), (2, 1), ())

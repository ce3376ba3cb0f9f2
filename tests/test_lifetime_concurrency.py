"""Object lifetimes and threads.

* After a backward without retain_graph every saved slot of every node that ran is released, and the
  arrays they held die as soon as nothing else holds them.
* Graphs are freed by reference counting alone (`gc.disable()`): once the output goes out of scope,
  weak references to every node and intermediate tensor die, with hooks, custom Functions, retain_grad
  and views in the graph. Reference cycles a user builds through a hook are at least collectable.
* Dropped views and training loops leave no bookkeeping behind (tracemalloc).
* A 1,000,000-node chain back-propagates (in a subprocess, so a crash is a failure and not the end of
  the test run); bytes per node are measured with tracemalloc and printed.
* Grad mode is per thread; 8 threads training independent models get bit-identical parameters to a
  serial run; two threads back-propagating through one shared graph lose no gradient update.
"""
from __future__ import annotations

import gc
import subprocess
import sys
import textwrap
import threading
import tracemalloc
import weakref
from contextlib import contextmanager

import numpy as np
import pytest

import yamlgrad as yg
from yamlgrad.autograd import Function


@contextmanager
def gc_disabled():
    was = gc.isenabled()
    gc.collect()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def graph_nodes(*roots):
    """Every node reachable from the roots' grad_fns (AccumulateGrad included)."""
    seen, stack = {}, [t.grad_fn for t in roots if t.grad_fn is not None]
    while stack:
        node = stack.pop()
        if id(node) in seen:
            continue
        seen[id(node)] = node
        stack.extend(fn for fn, _ in node.next_functions if fn is not None)
    return list(seen.values())


def saved_slots(node) -> dict:
    slots = {slot: getattr(node, slot, None) for slot in getattr(node, "saved_tensor_slots", ())}
    if hasattr(node, "_saved"):  # custom Functions
        slots["_saved"] = node._saved
    return slots


def saved_arrays(node) -> list:
    arrays = []
    for value in saved_slots(node).values():
        for item in (value if isinstance(value, (list, tuple)) and value and isinstance(value[0], tuple) else [value]):
            if isinstance(item, tuple) and item:
                first = item[0]
                arrays.append(first._data if isinstance(first, yg.Tensor) else first)
    return [a for a in arrays if isinstance(a, np.ndarray)]


class Square(Function):
    """Saves its input."""

    @staticmethod
    def forward(ctx, x):
        ctx.save_for_backward(x)
        return x * x

    @staticmethod
    def backward(ctx, g):
        (x,) = ctx.saved_tensors
        return 2 * x * g


class Exp(Function):
    """Saves its output (torch's documentation example)."""

    @staticmethod
    def forward(ctx, x):
        result = x.exp()
        ctx.save_for_backward(result)
        return result

    @staticmethod
    def backward(ctx, g):
        (result,) = ctx.saved_tensors
        return g * result


def build(x, kind: str):
    """A small graph over leaf x with the feature `kind`; returns (loss, intermediates)."""
    a = x.exp()                 # saves its result
    b = a.sin()                 # saves a (a Tensor)
    c = b * x                   # saves b and x
    d = (c / (a + 1.0)).tanh()  # saves c, a + 1 and its result
    mids = [a, b, c, d]
    if kind == "hooks":
        d.register_hook(lambda g: g * 1.0)
        b.register_hook(lambda g: None)
        x.register_hook(lambda g: g)
    elif kind == "function":
        e = Exp.apply(Square.apply(d))
        mids.append(e)
        d = e
    elif kind == "retain_grad":
        b.retain_grad()
        d.retain_grad()
    elif kind == "views":
        v = d.reshape((-1,))[1:].t() if d.ndim == 1 else d.transpose(0, 1)[0]
        w = v.view(v.shape).unsqueeze(0).expand((2,) + tuple(v.shape))
        mids += [v, w]
        d = w
    return (d * d).sum().sigmoid(), mids


KINDS = ["plain", "hooks", "function", "retain_grad", "views"]


@pytest.mark.parametrize("kind", KINDS)
def test_backward_releases_every_saved_array(kind):
    with gc_disabled():
        x = yg.tensor(np.linspace(0.1, 0.9, 6).reshape(2, 3), requires_grad=True)
        loss, mids = build(x, kind)
        nodes = graph_nodes(loss)
        holders = [n for n in nodes if saved_slots(n)]
        assert holders, "the graph saves nothing?"
        kept = (x._data, loss._data)  # the leaf and the output: the caller holds these
        arrays = [weakref.ref(a) for n in holders for a in saved_arrays(n) if not any(a is k for k in kept)]
        assert arrays
        loss.backward()
        for node in holders:
            live = {slot: value for slot, value in saved_slots(node).items() if value is not None}
            assert not live, f"{node.name()} still holds {sorted(live)} after backward"
        del mids, holders, kept
        alive = [r for r in arrays if r() is not None]
        assert not alive, f"{len(alive)} of {len(arrays)} saved arrays outlived backward ({kind})"
        assert x.grad is not None
        del loss, nodes


@pytest.mark.parametrize("backward", [False, True], ids=["unused", "after_backward"])
@pytest.mark.parametrize("kind", KINDS)
def test_graph_is_freed_by_reference_counting_alone(kind, backward):
    with gc_disabled():
        x = yg.tensor(np.linspace(0.1, 0.9, 6).reshape(2, 3), requires_grad=True)
        loss, mids = build(x, kind)
        if backward:
            loss.backward()
        nodes = [weakref.ref(n) for n in graph_nodes(loss)]
        tensors = [weakref.ref(t) for t in mids] + [weakref.ref(loss)]
        arrays = [weakref.ref(t._data) for t in mids]
        assert len(nodes) >= 6
        del loss, mids
        alive_nodes = [r().name() for r in nodes if r() is not None and type(r()).__name__ != "AccumulateGrad"]
        alive_tensors = sum(r() is not None for r in tensors)
        alive_arrays = sum(r() is not None for r in arrays)
        assert not alive_nodes and not alive_tensors and not alive_arrays, (
            f"{kind}: still alive with gc disabled: nodes {alive_nodes}, {alive_tensors} tensors, "
            f"{alive_arrays} arrays")
        # the leaf's AccumulateGrad goes with the graph too (the leaf only holds it weakly)
        assert all(r() is None for r in nodes), "AccumulateGrad outlived the graph"
        assert (x.grad is not None) == backward


def test_a_hook_that_refers_to_its_own_tensor_is_collectable():
    """`y.register_hook(lambda g: g * y.detach())` makes a cycle (y -> grad_fn -> hook -> y), as in torch;
    the cycle collector must be able to free it (torch's is: its hooks live on the node)."""
    x = yg.tensor([1.0, 2.0], requires_grad=True)

    def make():
        y = x * 2
        y.register_hook(lambda g: g * y.detach())
        out = y.sum()
        out.backward()
        return weakref.ref(y), weakref.ref(y.grad_fn)

    ref_y, ref_node = make()
    gc.collect()
    assert ref_y() is None and ref_node() is None, (
        "the hook's closure is kept alive by a module-level table (yamlgrad.hooks.NODE_HOOKS holds the hooks "
        "strongly, keyed weakly by the node the closure keeps alive): the tensor and its graph never die")


def retained_bytes(fn, warmup: int, repeat: int) -> int:
    """Memory still allocated after running fn `repeat` more times (beyond a warm-up)."""
    for _ in range(warmup):
        fn()
    gc.collect()
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        for _ in range(repeat):
            fn()
        gc.collect()
        return tracemalloc.get_traced_memory()[0] - before
    finally:
        tracemalloc.stop()


def test_dropped_views_leave_nothing_behind():
    x = yg.tensor(np.arange(12.0).reshape(3, 4), requires_grad=True)

    def views():
        (x[1:].sum() + x.t()[0:3, 0:3].sum() + x.reshape((4, 3)).t().sum() + x.view((12,))[::2].sum())

    grown = retained_bytes(views, warmup=200, repeat=5000)
    assert grown < 64 * 1024, (f"5000 short-lived views of a live leaf left {grown} bytes behind "
                               f"({grown / 5000:.0f} bytes per iteration)")


def test_a_training_loop_does_not_grow():
    yg.manual_seed(0)
    model = yg.nn.Linear(4, 3, dtype=yg.float64)
    opt = yg.optim.SGD(model.parameters(), lr=0.01)
    X = yg.tensor(np.random.default_rng(0).normal(size=(16, 4)))
    Y = yg.tensor(np.random.default_rng(1).normal(size=(16, 3)))

    def step():
        loss = yg.nn.functional.mse_loss(model(X), Y)
        opt.zero_grad()
        loss.backward()
        opt.step()

    grown = retained_bytes(step, warmup=50, repeat=1500)
    assert grown < 32 * 1024, f"1500 training steps left {grown} bytes behind ({grown / 1500:.0f} per step)"


# ---- a very long chain ---------------------------------------------------------------------------------------

CHAIN_SCRIPT = textwrap.dedent("""
    import gc, resource, sys, time, tracemalloc, weakref
    import numpy as np
    import yamlgrad as yg

    gc.disable()  # the chain must be freed by reference counting alone

    def chain(n, x):
        y = x
        for _ in range(n):
            y = -y
        return y

    # bytes per node, with tracemalloc, on a sample of the same chain; a short chain first loads the
    # modules yamlgrad imports on first use (backward nodes, kernels), which are not the graph's memory
    warm = yg.tensor(np.float64(0.5), requires_grad=True)
    chain(10, warm).backward()
    sample = 20_000
    x = yg.tensor(np.float64(0.5), requires_grad=True)
    tracemalloc.start()
    base = tracemalloc.get_traced_memory()[0]
    y = chain(sample, x)
    built = tracemalloc.get_traced_memory()[0] - base
    y.backward()
    after_backward = tracemalloc.get_traced_memory()[0] - base
    del y
    freed = tracemalloc.get_traced_memory()[0] - base
    tracemalloc.stop()
    # what stays after the drop is a constant: the interpreter's free lists (tuples etc.) keep some blocks
    print(f"bytes per node: {built / sample:.1f} built, {after_backward / sample:.1f} after backward; "
          f"{freed} bytes in all still allocated after the output is dropped")

    # the same for a chain whose nodes save their input (sin): backward releases what they saved
    small = 10_000
    x = yg.tensor(np.float64(0.5), requires_grad=True)
    tracemalloc.start()
    base = tracemalloc.get_traced_memory()[0]
    y = x
    for _ in range(small):
        y = y.sin()
    built_sin = tracemalloc.get_traced_memory()[0] - base
    y.backward()
    released_sin = tracemalloc.get_traced_memory()[0] - base
    del y
    tracemalloc.stop()
    print(f"sin chain: {built_sin / small:.1f} bytes per node built, {released_sin / small:.1f} after backward")

    n = int(sys.argv[1])
    x = yg.tensor(np.float64(0.5), requires_grad=True)
    rss0 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    t0 = time.perf_counter()
    y = chain(n, x)
    first = weakref.ref(y.grad_fn)
    node = y.grad_fn
    while node.next_functions[0][0] is not None and type(node.next_functions[0][0]).__name__ != "AccumulateGrad":
        node = node.next_functions[0][0]
    deepest = weakref.ref(node)
    del node
    t1 = time.perf_counter()
    y.backward()
    t2 = time.perf_counter()
    assert x.grad.item() == (1.0 if n % 2 == 0 else -1.0), x.grad
    rss1 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    del y
    t3 = time.perf_counter()
    assert first() is None and deepest() is None, "the chain outlived its output"
    print(f"chain of {n} nodes: build {t1 - t0:.1f} s, backward {t2 - t1:.1f} s, free {t3 - t2:.1f} s, "
          f"peak RSS growth {(rss1 - rss0) * 1024 / n:.0f} bytes per node")
    print("OK")
""")


def test_a_million_node_chain_backpropagates():
    proc = subprocess.run([sys.executable, "-c", CHAIN_SCRIPT, "1000000"], capture_output=True, text=True,
                          timeout=600)
    print("\n" + proc.stdout.strip())
    assert proc.returncode == 0, f"exit status {proc.returncode}\n{proc.stdout}\n{proc.stderr[-3000:]}"
    assert proc.stdout.strip().endswith("OK")
    per_node = float(proc.stdout.split("bytes per node: ")[1].split()[0])
    assert per_node < 4096, per_node
    freed = int(proc.stdout.split("after backward; ")[1].split()[0])
    assert freed < 1024 * 1024, f"{freed} bytes still allocated after the output was dropped"


# ---- threads ---------------------------------------------------------------------------------------------------

def test_grad_mode_is_per_thread():
    x = yg.tensor([1.0, 2.0], requires_grad=True)
    seen = {}
    ready, done = threading.Event(), threading.Event()

    def other():
        seen["default"] = yg.is_grad_enabled()
        seen["records"] = (x * 2).requires_grad
        yg.set_grad_enabled(False)  # switches this thread only
        ready.set()
        done.wait(10)
        seen["still_off"] = not yg.is_grad_enabled() and not (x * 2).requires_grad

    with yg.no_grad():
        t = threading.Thread(target=other)
        t.start()
        assert ready.wait(10)
        assert not yg.is_grad_enabled() and not (x * 2).requires_grad
    assert yg.is_grad_enabled() and (x * 2).requires_grad, "the other thread's set_grad_enabled(False) leaked here"
    done.set()
    t.join(10)
    assert seen == {"default": True, "records": True, "still_off": True}


def test_grad_mode_switching_in_many_threads_does_not_interfere():
    x = yg.tensor(np.ones(3), requires_grad=True)
    errors = []
    barrier = threading.Barrier(4)

    def worker(mode: bool):
        try:
            barrier.wait(10)
            for i in range(1500):
                with yg.set_grad_enabled(mode):
                    if (x * 2.0).requires_grad is not mode:
                        errors.append((mode, i))
                        return
                    with yg.no_grad():
                        if (x + 1.0).requires_grad:
                            errors.append(("nested", mode, i))
                            return
                    if yg.is_grad_enabled() is not mode:
                        errors.append(("restored", mode, i))
                        return
        except Exception as exc:  # noqa: BLE001
            errors.append(repr(exc))

    threads = [threading.Thread(target=worker, args=(i % 2 == 0,)) for i in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert not errors, errors[:5]


def train(seed: int, steps: int = 150, start: threading.Barrier | None = None):
    rng = np.random.default_rng(seed)
    model = yg.nn.Linear(5, 3, dtype=yg.float64)
    model.weight.data = yg.tensor(rng.normal(size=(3, 5)))
    model.bias.data = yg.tensor(rng.normal(size=3))
    opt = yg.optim.SGD(model.parameters(), lr=0.05, momentum=0.9)
    X = yg.tensor(rng.normal(size=(32, 5)))
    Y = yg.tensor(rng.normal(size=(32, 3)))
    if start is not None:
        start.wait(30)
    for _ in range(steps):
        loss = yg.nn.functional.mse_loss(model(X).tanh(), Y)
        opt.zero_grad()
        loss.backward()
        opt.step()
    return [p.detach().numpy().copy() for p in model.parameters()], loss.item()


def test_eight_threads_train_like_a_serial_run():
    seeds = list(range(8))
    serial = [train(s) for s in seeds]
    results, errors = [None] * 8, []
    start = threading.Barrier(8)

    def worker(i):
        try:
            results[i] = train(seeds[i], start=start)
        except Exception as exc:  # noqa: BLE001
            errors.append(repr(exc))

    threads = [threading.Thread(target=worker, args=(i,)) for i in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(300)
    assert not errors, errors
    for i, ((params, loss), (want, want_loss)) in enumerate(zip(results, serial)):
        assert loss == want_loss, (i, loss, want_loss)
        for p, w in zip(params, want):
            assert p.tobytes() == w.tobytes(), f"model {i}: threaded parameters differ from the serial run"


@pytest.mark.parametrize("size", [3, 100_000])
def test_two_threads_backward_through_one_graph_lose_no_update(size):
    """torch documents concurrent backward on a shared graph with retain_graph=True as safe, with leaf
    gradients accumulated correctly. Integer-valued gradients make the expected total exact."""
    iterations = 2000 if size == 3 else 500
    x = yg.tensor(np.zeros(size), requires_grad=True)
    c = yg.tensor(np.arange(size, dtype=np.float64) % 7 + 1.0)
    y = (x * c + x).sum()  # dy/dx = c + 1, integer-valued
    errors = []
    start = threading.Barrier(2)

    def worker():
        try:
            start.wait(30)
            for _ in range(iterations):
                y.backward(retain_graph=True)
        except Exception as exc:  # noqa: BLE001
            errors.append(repr(exc))

    threads = [threading.Thread(target=worker) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(300)
    assert not errors, errors
    expected = 2 * iterations * (c.numpy() + 1.0)
    got = x.grad.numpy()
    lost = expected - got
    assert np.array_equal(got, expected), (
        f"{int(np.count_nonzero(lost))} of {size} gradient entries lost updates "
        f"(up to {lost.max() / (c.numpy().max() + 1):.0f} backward passes' worth)")

"""nn.utils.rnn (PackedSequence, pack/pad/unpack) and RNN, LSTM, GRU on packed batches.

Every expected value is computed here without torch: hand-worked batch sizes and permutations, round
trips, the gradient of packing (ones where a step is kept, zeros on padding), finite differences
(gradcheck), and the defining property of a packed batch through a recurrent layer: each sequence
gives the same outputs, final states and gradients as running it alone at its own length.
"""
import numpy as np
import pytest

import yamlgrad as yg
from yamlgrad import nn
from yamlgrad.nn.utils.rnn import (
    PackedSequence,
    invert_permutation,
    pack_padded_sequence,
    pack_sequence,
    pad_packed_sequence,
    pad_sequence,
    unpack_sequence,
    unpad_sequence,
)


def arr(x):
    return x.detach().numpy()


def padded_batch(rng, lengths, features=3, batch_first=False, steps=None):
    """A random padded batch whose padding holds garbage (packing must never read it)."""
    steps = max(lengths) if steps is None else steps
    shape = (len(lengths), steps, features) if batch_first else (steps, len(lengths), features)
    return rng.standard_normal(shape)


def sequence_of(x, b, n, batch_first):
    return x[b, :n] if batch_first else x[:n, b]


# ---- the functions ------------------------------------------------------------------------------------

def test_exported_as_torch_does():
    import yamlgrad.nn.utils.rnn as module
    assert yg.nn.utils.rnn is module
    assert set(module.__all__) == {"PackedSequence", "invert_permutation", "pack_padded_sequence",
                                   "pad_packed_sequence", "pad_sequence", "unpad_sequence", "pack_sequence",
                                   "unpack_sequence"}


def test_packed_layout_sorted():
    # lengths 3, 2, 1: step 0 holds all three sequences, step 1 the first two, step 2 the first
    x = np.arange(9.0).reshape(3, 3, 1)  # x[t, b] = 3t + b
    packed = pack_padded_sequence(yg.tensor(x), [3, 2, 1])
    assert isinstance(packed, tuple) and packed._fields == ("data", "batch_sizes", "sorted_indices",
                                                            "unsorted_indices")
    assert arr(packed.data).ravel().tolist() == [0, 1, 2, 3, 4, 6]
    assert packed.batch_sizes.tolist() == [3, 2, 1] and packed.batch_sizes.dtype == yg.int64
    assert packed.sorted_indices is None and packed.unsorted_indices is None
    data, batch_sizes, _, _ = packed
    assert data is packed.data and batch_sizes is packed.batch_sizes


def test_packed_layout_unsorted():
    lengths = [2, 5, 1, 4]
    packed = pack_padded_sequence(yg.tensor(padded_batch(np.random.default_rng(0), lengths)), lengths,
                                  enforce_sorted=False)
    assert packed.batch_sizes.tolist() == [4, 3, 2, 2, 1]
    assert packed.sorted_indices.tolist() == [1, 3, 0, 2]
    assert packed.unsorted_indices.tolist() == [2, 0, 3, 1]
    assert invert_permutation(packed.sorted_indices).tolist() == packed.unsorted_indices.tolist()
    assert invert_permutation(None) is None
    # equal lengths keep the caller's order
    tied = pack_padded_sequence(yg.zeros(2, 4, 1), [2, 1, 2, 1], enforce_sorted=False)
    assert tied.sorted_indices.tolist() == [0, 2, 1, 3]


@pytest.mark.parametrize("batch_first", [False, True])
@pytest.mark.parametrize("lengths,enforce_sorted", [([5, 3, 3, 1], True), ([2, 5, 1, 4], False), ([4], True)])
def test_pack_pad_round_trip(batch_first, lengths, enforce_sorted):
    rng = np.random.default_rng(1)
    x = padded_batch(rng, lengths, batch_first=batch_first, steps=6)  # one step more than the longest
    packed = pack_padded_sequence(yg.tensor(x), yg.tensor(lengths), batch_first, enforce_sorted)
    assert packed.data.shape == (sum(lengths), 3)
    for total_length in (None, 8):
        padded, out_lengths = pad_packed_sequence(packed, batch_first, padding_value=-7.0,
                                                  total_length=total_length)
        steps = max(lengths) if total_length is None else total_length
        assert tuple(padded.shape) == ((len(lengths), steps, 3) if batch_first else (steps, len(lengths), 3))
        assert out_lengths.tolist() == lengths and out_lengths.dtype == yg.int64
        got = arr(padded)
        for b, n in enumerate(lengths):
            assert np.array_equal(sequence_of(got, b, n, batch_first), sequence_of(x, b, n, batch_first))
            tail = got[b, n:] if batch_first else got[n:, b]
            assert tail.shape[0] == steps - n and np.all(tail == -7.0)
    for b, (seq, n) in enumerate(zip(unpack_sequence(packed), lengths)):
        assert np.array_equal(arr(seq), sequence_of(x, b, n, batch_first))
    padded, out_lengths = pad_packed_sequence(packed, batch_first)
    for b, seq in enumerate(unpad_sequence(padded, out_lengths, batch_first)):
        assert np.array_equal(arr(seq), sequence_of(x, b, lengths[b], batch_first))


def test_pack_padded_gradient_reaches_only_the_kept_steps():
    lengths = [2, 4, 1]
    x = yg.tensor(padded_batch(np.random.default_rng(2), lengths, batch_first=True), requires_grad=True)
    packed = pack_padded_sequence(x, lengths, batch_first=True, enforce_sorted=False)
    padded, _ = pad_packed_sequence(packed, batch_first=True, padding_value=3.0)
    (padded * padded).sum().backward()
    expected = 2 * arr(x) * (np.arange(4)[None, :] < np.array(lengths)[:, None])[..., None]
    assert np.allclose(arr(x.grad), expected)


@pytest.mark.parametrize("batch_first", [False, True])
@pytest.mark.parametrize("padding_side", ["right", "left"])
def test_pad_sequence(batch_first, padding_side):
    rng = np.random.default_rng(3)
    seqs = [rng.standard_normal((n, 2)) for n in (3, 5, 1)]
    leaves = [yg.tensor(s, requires_grad=True) for s in seqs]
    out = pad_sequence(leaves, batch_first, padding_value=9.0, padding_side=padding_side)
    assert tuple(out.shape) == ((3, 5, 2) if batch_first else (5, 3, 2))
    got = arr(out) if batch_first else arr(out).transpose(1, 0, 2)
    for b, s in enumerate(seqs):
        n = len(s)
        kept, pad = (got[b, :n], got[b, n:]) if padding_side == "right" else (got[b, 5 - n:], got[b, :5 - n])
        assert np.array_equal(kept, s) and np.all(pad == 9.0)
    out.sum().backward()
    assert all(np.all(arr(leaf.grad) == 1.0) for leaf in leaves)


def test_pad_sequence_takes_the_first_dtype_and_broadcasts():
    out = pad_sequence([yg.ones(2, 3, dtype=yg.float64), yg.ones(3, 1, dtype=yg.float32)])
    assert out.dtype == yg.float64 and tuple(out.shape) == (3, 2, 3)
    assert arr(out)[:, 1].tolist() == [[1.0] * 3] * 3
    # a tensor is a sequence of its rows
    rows = yg.tensor(np.arange(6.0).reshape(2, 3))
    assert arr(pad_sequence(rows)).tolist() == [[0.0, 3.0], [1.0, 4.0], [2.0, 5.0]]


def test_pack_sequence():
    seqs = [yg.tensor(np.arange(n, dtype=np.float64) + 10 * n) for n in (2, 3, 1)]
    packed = pack_sequence(seqs, enforce_sorted=False)
    assert packed.batch_sizes.tolist() == [3, 2, 1]
    assert arr(packed.data).tolist() == [30, 20, 10, 31, 21, 32]
    assert [arr(s).tolist() for s in unpack_sequence(packed)] == [arr(s).tolist() for s in seqs]
    with pytest.raises(RuntimeError, match="sorted in decreasing order"):
        pack_sequence(seqs)


def test_packed_sequence_conversions():
    packed = pack_sequence([yg.ones(3, 2), yg.ones(1, 2)])
    double = packed.double()
    assert isinstance(double, PackedSequence) and double.data.dtype == yg.float64
    assert double.batch_sizes is packed.batch_sizes
    assert packed.to(yg.float32) is packed and packed.float() is packed and packed.cpu() is packed
    assert packed.long().data.dtype == yg.int64 and not packed.is_cuda
    # the older (data, batch_sizes) pair form, and unsorted_indices derived from sorted_indices
    pair = PackedSequence((packed.data, packed.batch_sizes))
    assert pair.data is packed.data and pair.sorted_indices is None
    assert PackedSequence(packed.data, [2, 1, 1], yg.tensor([1, 0])).unsorted_indices.tolist() == [1, 0]


def test_errors():
    x = yg.zeros(3, 2, 1)
    with pytest.raises(RuntimeError, match="must be sorted in decreasing order when `enforce_sorted` is True"):
        pack_padded_sequence(x, [2, 3])
    with pytest.raises(RuntimeError, match="has to be greater than 0"):
        pack_padded_sequence(x, [3, 0], enforce_sorted=False)
    with pytest.raises(RuntimeError, match=r"Expected `len\(lengths\)` to be equal to batch_size"):
        pack_padded_sequence(x, [3, 2], batch_first=True)
    with pytest.raises(RuntimeError, match="at most the padded length 3"):
        pack_padded_sequence(x, [4, 3])
    with pytest.raises(RuntimeError, match="1D CPU int64 tensor"):
        pack_padded_sequence(x, [[3, 2]])
    with pytest.raises(RuntimeError, match="Cannot pack empty tensors"):
        pack_padded_sequence(yg.zeros(0, 2), [1, 1])
    with pytest.raises(ValueError, match="total_length=2 and max sequence length being 3"):
        pad_packed_sequence(pack_padded_sequence(x, [3, 1]), total_length=2)
    with pytest.raises(RuntimeError, match="received an empty list of sequences"):
        pad_sequence([])
    with pytest.raises(RuntimeError, match="padding_side to be one of left or right"):
        pad_sequence([yg.zeros(2)], padding_side="center")
    with pytest.raises(RuntimeError, match="must match the size of tensor b"):
        pad_sequence([yg.zeros(2, 3), yg.zeros(2, 2)])
    with pytest.raises(RuntimeError, match="exceeds dimension size"):
        nn.GRU(1, 2)(PackedSequence(yg.zeros(4, 1), yg.tensor([3, 2])))
    with pytest.raises(RuntimeError, match="input must have 2 dimensions, got 3"):
        nn.GRU(1, 2)(PackedSequence(yg.zeros(3, 1, 1), yg.tensor([1, 1, 1])))
    packed = pack_padded_sequence(x, [3, 1])
    with pytest.raises(RuntimeError, match=r"Expected hidden size \(1, 2, 4\), got \[1, 3, 4\]"):
        nn.GRU(1, 4)(packed, yg.zeros(1, 3, 4))
    with pytest.raises(RuntimeError, match=r"Expected hidden\[1\] size \(1, 2, 4\), got \[2, 4\]"):
        nn.LSTM(1, 4)(packed, (yg.zeros(1, 2, 4), yg.zeros(2, 4)))


# ---- recurrent layers on packed batches ---------------------------------------------------------------

def seeded(name, rng, input_size=3, **kw):
    module = getattr(nn, name)(input_size, 4, dtype=yg.float64, **kw)
    with yg.no_grad():
        for p in module.parameters():
            p.copy_(yg.tensor(rng.uniform(-0.7, 0.7, tuple(p.shape))))
    return module


def states_of(name, result):
    """The final states of a module's result, as a list of tensors."""
    return list(result[1]) if name == "LSTM" else [result[1]]


LAYERS = [
    ("LSTM", dict(num_layers=2, bidirectional=True)),
    ("LSTM", dict(proj_size=2, batch_first=True, bidirectional=True)),
    ("GRU", dict(num_layers=2, batch_first=True)),
    ("RNN", dict(nonlinearity="relu", bidirectional=True)),
]


@pytest.mark.parametrize("name,kw", LAYERS)
@pytest.mark.parametrize("give_hx", [False, True])
def test_packed_batch_equals_each_sequence_alone(name, kw, give_hx):
    """Outputs, final states and every gradient of a packed (unsorted) batch are those of running each
    sequence on its own at its own length, with its own initial state."""
    rng = np.random.default_rng(4)
    module = seeded(name, rng, **kw)
    batch_first = kw.get("batch_first", False)
    lengths = [2, 5, 1, 4, 4]
    x = yg.tensor(padded_batch(rng, lengths, batch_first=batch_first), requires_grad=True)
    layers = (2 if kw.get("bidirectional") else 1) * kw.get("num_layers", 1)
    shapes = [(layers, len(lengths), kw.get("proj_size") or 4)]
    if name == "LSTM":
        shapes.append((layers, len(lengths), 4))
    hx = [yg.tensor(rng.standard_normal(s), requires_grad=True) for s in shapes] if give_hx else None
    hx_arg = None if hx is None else (tuple(hx) if name == "LSTM" else hx[0])

    packed = pack_padded_sequence(x, lengths, batch_first, enforce_sorted=False)
    result = module(packed, hx_arg)
    out = result[0]
    assert isinstance(out, PackedSequence)
    assert out.batch_sizes is packed.batch_sizes and out.sorted_indices is packed.sorted_indices
    padded, _ = pad_packed_sequence(out, batch_first)
    finals = states_of(name, result)
    weights = [rng.standard_normal(tuple(t.shape)) for t in [padded, *finals]]
    loss = (padded * yg.tensor(weights[0])).sum()
    for f, w in zip(finals, weights[1:]):
        loss = loss + (f * yg.tensor(w)).sum()
    loss.backward()
    grads = [arr(x.grad)] + [arr(p.grad) for p in module.parameters()] + [arr(h.grad) for h in hx or []]
    got_out, got_finals = arr(padded), [arr(f) for f in finals]

    x.grad = None
    for h in hx or []:
        h.grad = None
    module.zero_grad()
    alone_loss = 0
    for b, n in enumerate(lengths):
        seq = x[b:b + 1, :n] if batch_first else x[:n, b:b + 1]
        state = None if hx is None else tuple(h[:, b:b + 1] for h in hx)
        r = module(seq, None if state is None else (state if name == "LSTM" else state[0]))
        o = r[0][0] if batch_first else r[0][:, 0]
        assert np.allclose(arr(o), sequence_of(got_out, b, n, batch_first), atol=1e-12)
        assert np.all(sequence_of(got_out, b, max(lengths), batch_first)[n:] == 0.0)  # padding
        w_out = sequence_of(weights[0], b, n, batch_first)
        alone_loss = alone_loss + (o * yg.tensor(w_out)).sum()
        for f, got, w in zip(states_of(name, r), got_finals, weights[1:]):
            assert np.allclose(arr(f)[:, 0], got[:, b], atol=1e-12)
            alone_loss = alone_loss + (f[:, 0] * yg.tensor(w[:, b])).sum()
    assert np.isclose(float(alone_loss.detach()), float(loss.detach()), atol=1e-10)
    alone_loss.backward()
    alone = [arr(x.grad)] + [arr(p.grad) for p in module.parameters()] + [arr(h.grad) for h in hx or []]
    for g, a in zip(grads, alone):
        assert np.allclose(g, a, atol=1e-10)


def test_sorted_packed_batch_with_equal_lengths_equals_the_padded_run():
    rng = np.random.default_rng(5)
    module = seeded("GRU", rng, bidirectional=True)
    x = yg.tensor(rng.standard_normal((4, 3, 3)))
    out, h_n = module(pack_padded_sequence(x, [4, 4, 4]))
    ref_out, ref_h = module(x)
    assert np.allclose(arr(out.data), arr(ref_out).reshape(12, 8), atol=1e-12)
    assert np.allclose(arr(h_n), arr(ref_h), atol=1e-12)


def test_gradcheck_pack_lstm_pad():
    rng = np.random.default_rng(6)
    module = seeded("LSTM", rng, input_size=2, bidirectional=True)
    x = yg.tensor(rng.standard_normal((3, 3, 2)), requires_grad=True)
    h0 = yg.tensor(rng.standard_normal((2, 3, 4)), requires_grad=True)
    c0 = yg.tensor(rng.standard_normal((2, 3, 4)), requires_grad=True)

    def run(x, h0, c0):
        out, (h_n, c_n) = module(pack_padded_sequence(x, [1, 3, 2], enforce_sorted=False), (h0, c0))
        padded, _ = pad_packed_sequence(out, total_length=4)
        return padded, h_n, c_n

    assert yg.autograd.gradcheck(run, (x, h0, c0))

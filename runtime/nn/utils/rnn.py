"""Packed variable-length batches for the recurrent layers (torch.nn.utils.rnn names, arguments and results).

A PackedSequence stores a batch of sequences time step by time step: `data` holds, for every step t, the
rows of the batch_sizes[t] sequences still running at t, longest sequence first. Sequences of a batch
are therefore sorted by decreasing length; `sorted_indices` records that order when the caller's batch
was not already sorted, and `unsorted_indices` undoes it.

Packing and padding are each one indexing op (with a padding row appended to the data), so gradients
flow back to the padded input and to the packed data through the registry's index backward.
"""
from __future__ import annotations

import operator
from collections import namedtuple

import numpy as np

import yamlgrad.namespace as yg
from yamlgrad.core.tensor import Tensor

__all__ = ["PackedSequence", "invert_permutation", "pack_padded_sequence", "pad_packed_sequence", "pad_sequence",
           "unpad_sequence", "pack_sequence", "unpack_sequence"]


def _int_array(values) -> np.ndarray:
    """An int64 NumPy copy of a list, array or tensor of sizes (float entries truncate, as torch's cast)."""
    if isinstance(values, Tensor):
        values = values.detach().numpy()
    return np.asarray(values).astype(np.int64)


def invert_permutation(permutation):
    """The permutation that undoes `permutation` (None stays None)."""
    if permutation is None:
        return None
    order = _int_array(permutation)
    inverse = np.empty_like(order)
    inverse[order] = np.arange(order.size, dtype=np.int64)
    return yg.tensor(inverse)


class PackedSequence(namedtuple("PackedSequence_", ["data", "batch_sizes", "sorted_indices", "unsorted_indices"])):
    """A packed batch: `data` (sum(batch_sizes), *), `batch_sizes` (int64, one per time step) and the sort
    permutation and its inverse (None when the batch was packed already sorted). Built by
    pack_padded_sequence / pack_sequence rather than by hand."""

    __slots__ = ()

    def __new__(cls, data, batch_sizes=None, sorted_indices=None, unsorted_indices=None):
        if batch_sizes is None:
            # the older two-field form PackedSequence((data, batch_sizes)), still accepted by torch
            if not (isinstance(data, (list, tuple)) and len(data) == 2):
                raise AssertionError("Expected data to be a list or tuple of length 2")
            data, batch_sizes = data
        if not isinstance(batch_sizes, Tensor):
            batch_sizes = yg.tensor(_int_array(batch_sizes))
        if unsorted_indices is None:
            unsorted_indices = invert_permutation(sorted_indices)
        return super().__new__(cls, data, batch_sizes, sorted_indices, unsorted_indices)

    # dtype conversions act on `data` only: batch_sizes and the permutations stay int64
    def to(self, *args, **kwargs) -> PackedSequence:
        data = self.data.to(*args, **kwargs)
        return self if data is self.data else self._replace(data=data)

    def cpu(self, *args, **kwargs) -> PackedSequence:
        return self.to(*args, device="cpu", **kwargs)

    def cuda(self, *args, **kwargs) -> PackedSequence:
        # fails as in a CPU-only torch: there is no GPU
        return self._replace(data=self.data.cuda(*args, **kwargs))

    def double(self) -> PackedSequence:
        return self.to(dtype=yg.float64)

    def float(self) -> PackedSequence:
        return self.to(dtype=yg.float32)

    def half(self) -> PackedSequence:
        return self.to(dtype=yg.float16)

    def long(self) -> PackedSequence:
        return self.to(dtype=yg.int64)

    def int(self) -> PackedSequence:
        return self.to(dtype=yg.int32)

    def short(self) -> PackedSequence:
        return self.to(dtype=yg.int16)

    def char(self) -> PackedSequence:
        return self.to(dtype=yg.int8)

    def byte(self) -> PackedSequence:
        return self.to(dtype=yg.uint8)

    @property
    def is_cuda(self) -> bool:
        return self.data.is_cuda


def _steps(batch_sizes, rows: int) -> list[tuple[int, int]]:
    """(offset into data, batch size) of each time step, checking that `data` holds all of them."""
    steps, offset = [], 0
    for size in _int_array(batch_sizes).tolist():
        if offset + size > rows:
            raise RuntimeError(f"start ({offset}) + length ({size}) exceeds dimension size ({rows}).")
        steps.append((offset, size))
        offset += size
    return steps


def pack_padded_sequence(input, lengths, batch_first: bool = False, enforce_sorted: bool = True) -> PackedSequence:
    """Pack a padded batch (T, B, *) — (B, T, *) with batch_first — whose sequence b has lengths[b] steps.
    With enforce_sorted the lengths must already decrease; otherwise the batch is sorted here and the
    permutation kept in the result."""
    lengths = _int_array(lengths)
    if input.numel() == 0:
        raise RuntimeError("Cannot pack empty tensors.")
    if lengths.ndim != 1:
        raise RuntimeError(f"'lengths' argument should be a 1D CPU int64 tensor, but got {lengths.ndim}D cpu Long "
                           "tensor")
    batch_dim, time_dim = (0, 1) if batch_first else (1, 0)
    batch, steps = input.shape[batch_dim], input.shape[time_dim]
    if lengths.size != batch:
        raise RuntimeError(f"Expected `len(lengths)` to be equal to batch_size, but got {lengths.size} "
                           f"(batch_size={batch})")
    if enforce_sorted:
        if np.any(lengths[1:] > lengths[:-1]):
            raise RuntimeError("`lengths` array must be sorted in decreasing order when `enforce_sorted` is True. "
                               "You can pass `enforce_sorted=False` to pack_padded_sequence and/or pack_sequence to "
                               "sidestep this requirement if you do not need ONNX exportability.")
        order, sorted_indices = np.arange(batch), None
    else:
        # a stable sort: ties keep the caller's order
        order = np.argsort(-lengths, kind="stable")
        sorted_indices = yg.tensor(order)
    lengths = lengths[order]
    if lengths[-1] <= 0:
        raise RuntimeError("Length of all samples has to be greater than 0, but found an element in 'lengths' "
                           "that is <= 0")
    if lengths[0] > steps:
        # torch reads past the end of the input here; refuse instead
        raise RuntimeError(f"Length of all samples has to be at most the padded length {steps}, but found an "
                           f"element in 'lengths' that is {lengths[0]}")
    batch_sizes = (lengths[None, :] > np.arange(lengths[0])[:, None]).sum(1)
    time_index = np.repeat(np.arange(batch_sizes.size), batch_sizes)
    batch_index = order[np.concatenate([np.arange(size) for size in batch_sizes])]
    index = (batch_index, time_index) if batch_first else (time_index, batch_index)
    data = input[yg.tensor(index[0]), yg.tensor(index[1])]
    return PackedSequence(data, yg.tensor(batch_sizes), sorted_indices, None)


def pad_packed_sequence(sequence: PackedSequence, batch_first: bool = False, padding_value: float = 0.0,
                        total_length: int | None = None):
    """The inverse of pack_padded_sequence: (padded batch (T, B, *) or (B, T, *), lengths), in the batch order
    the sequence was packed from. Steps past a sequence's length hold padding_value; total_length pads the
    time dimension further (a DataParallel-style fixed length)."""
    data, batch_sizes, _, unsorted_indices = sequence
    steps = _steps(batch_sizes, data.shape[0])
    batch, longest = steps[0][1], len(steps)
    if total_length is not None:
        total_length = operator.index(total_length)
        if total_length < longest:
            raise ValueError("Expected total_length to be at least the length of the longest sequence in input, "
                             f"but got total_length={total_length} and max sequence length being {longest}")
        longest = total_length
    pad_row = data.shape[0]  # the padding row appended below
    index = np.full((longest, batch), pad_row, dtype=np.int64)
    for t, (offset, size) in enumerate(steps):
        index[t, :size] = np.arange(offset, offset + size)
    lengths = (index[:len(steps)] != pad_row).sum(0)
    if unsorted_indices is not None:
        order = _int_array(unsorted_indices)
        index, lengths = index[:, order], lengths[order]
    if batch_first:
        index = index.T
    padded = yg.cat([data, data.new_full((1, *data.shape[1:]), padding_value)])[yg.tensor(index)]
    return padded, yg.tensor(lengths)


def _broadcast_into(sequence, shape: tuple):
    """`sequence` broadcast to `shape`, with the errors torch's copy into the padded output gives."""
    own = tuple(sequence.shape)
    try:
        result = np.broadcast_shapes(shape, own)
    except ValueError:
        ndim = max(len(shape), len(own))
        a, b = (1,) * (ndim - len(shape)) + shape, (1,) * (ndim - len(own)) + own
        dim = max(d for d in range(ndim) if a[d] != b[d] and 1 not in (a[d], b[d]))
        raise RuntimeError(f"The size of tensor a ({a[dim]}) must match the size of tensor b ({b[dim]}) at "
                           f"non-singleton dimension {dim}") from None
    if result != shape:
        raise RuntimeError(f"output with shape {list(shape)} doesn't match the broadcast shape {list(result)}")
    return sequence.expand(*shape)


def pad_sequence(sequences, batch_first: bool = False, padding_value: float = 0.0, padding_side: str = "right"):
    """Stack sequences of lengths L_i (each (L_i, *)) into one (max L, B, *) tensor — (B, max L, *) with
    batch_first — filling the missing steps with padding_value after (padding_side='right') or before
    ('left') each sequence. The result has the first sequence's dtype and trailing shape."""
    if padding_side not in ("left", "right"):
        raise RuntimeError(f"Expected padding_side to be one of left or right, but got {padding_side}.")
    if isinstance(sequences, Tensor):
        sequences = sequences.unbind(0)
    sequences = list(sequences)
    if not sequences:
        raise RuntimeError("received an empty list of sequences")
    first = sequences[0]
    trailing = tuple(first.shape[1:])
    sizes = [len(s) for s in sequences]
    longest = max(sizes)
    parts = [_broadcast_into(s.to(first.dtype), (n, *trailing)) for s, n in zip(sequences, sizes)]
    pad_row = sum(sizes)
    index = np.full((len(sequences), longest), pad_row, dtype=np.int64)
    offset = 0
    for b, n in enumerate(sizes):
        start = 0 if padding_side == "right" else longest - n
        index[b, start:start + n] = np.arange(offset, offset + n)
        offset += n
    if not batch_first:
        index = index.T
    parts.append(first.new_full((1, *trailing), padding_value))
    return yg.cat(parts)[yg.tensor(index)]


def unpad_sequence(padded_sequences, lengths, batch_first: bool = False) -> list:
    """The list of sequences in a padded batch: sequence b is its first lengths[b] steps."""
    if not batch_first:
        padded_sequences = padded_sequences.transpose(0, 1)
    return [padded_sequences[b, :n] for b, n in enumerate(_int_array(lengths).tolist())]


def pack_sequence(sequences, enforce_sorted: bool = True) -> PackedSequence:
    """Pack a list of sequences (each (L_i, *)); with enforce_sorted they must come longest first."""
    lengths = [len(s) for s in sequences]
    return pack_padded_sequence(pad_sequence(sequences), lengths, enforce_sorted=enforce_sorted)


def unpack_sequence(packed_sequences: PackedSequence) -> list:
    """The list of sequences packed in a PackedSequence, in the order they were packed from."""
    padded, lengths = pad_packed_sequence(packed_sequences, batch_first=True)
    return unpad_sequence(padded, lengths, batch_first=True)

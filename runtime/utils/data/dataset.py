"""Datasets: the indexable (map-style) and iterable sources a DataLoader reads from."""
from __future__ import annotations

import bisect
import itertools

__all__ = ["Dataset", "IterableDataset", "TensorDataset", "ConcatDataset", "ChainDataset", "Subset"]


def _require(condition: bool, message: str) -> None:
    """torch reports these misuses with AssertionError; raised explicitly so `python -O` keeps the checks."""
    if not condition:
        raise AssertionError(message)


class Dataset:
    """A map-style dataset: `dataset[i]` returns sample i. Subclasses define __getitem__ and usually __len__.

    A subclass may also define `__getitems__(indices)` returning the list of samples of a whole batch,
    which the DataLoader then calls instead of one __getitem__ per index.
    """

    def __getitem__(self, index):
        raise NotImplementedError("Subclasses of Dataset should implement __getitem__.")

    def __add__(self, other: "Dataset") -> "ConcatDataset":
        return ConcatDataset([self, other])


class IterableDataset(Dataset):
    """A dataset that is a stream: subclasses define __iter__. The DataLoader never indexes it."""

    def __iter__(self):
        raise NotImplementedError("Subclasses of IterableDataset should implement __iter__.")

    def __add__(self, other: "IterableDataset") -> "ChainDataset":
        return ChainDataset([self, other])


class TensorDataset(Dataset):
    """Sample i is the tuple of row i of each tensor; all tensors share their first dimension."""

    def __init__(self, *tensors) -> None:
        _require(all(tensors[0].size(0) == t.size(0) for t in tensors), "Size mismatch between tensors")
        self.tensors = tensors

    def __getitem__(self, index):
        return tuple(t[index] for t in self.tensors)

    def __len__(self) -> int:
        return self.tensors[0].size(0)


class ConcatDataset(Dataset):
    """Map-style datasets one after the other; `cumulative_sizes[k]` is the end index of dataset k."""

    def __init__(self, datasets) -> None:
        self.datasets = list(datasets)
        _require(len(self.datasets) > 0, "datasets should not be an empty iterable")
        for d in self.datasets:
            _require(not isinstance(d, IterableDataset), "ConcatDataset does not support IterableDataset")
        self.cumulative_sizes = list(itertools.accumulate(len(d) for d in self.datasets))

    def __len__(self) -> int:
        return self.cumulative_sizes[-1]

    def __getitem__(self, idx):
        if idx < 0:
            if -idx > len(self):
                raise ValueError("absolute value of index should not exceed dataset length")
            idx += len(self)
        which = bisect.bisect_right(self.cumulative_sizes, idx)
        if which == len(self.datasets):
            raise IndexError(f"index {idx} is out of range for a ConcatDataset of length {len(self)}")
        start = self.cumulative_sizes[which - 1] if which else 0
        return self.datasets[which][idx - start]


class ChainDataset(IterableDataset):
    """Iterable datasets streamed one after the other."""

    def __init__(self, datasets) -> None:
        self.datasets = datasets

    def __iter__(self):
        for d in self.datasets:
            _require(isinstance(d, IterableDataset), "ChainDataset only supports IterableDataset")
            yield from d

    def __len__(self) -> int:
        total = 0
        for d in self.datasets:
            _require(isinstance(d, IterableDataset), "ChainDataset only supports IterableDataset")
            total += len(d)
        return total


class Subset(Dataset):
    """The samples of `dataset` at `indices`, in that order."""

    def __init__(self, dataset, indices) -> None:
        self.dataset = dataset
        self.indices = indices

    def __getitem__(self, idx):
        if isinstance(idx, list):
            return self.dataset[[self.indices[i] for i in idx]]
        return self.dataset[self.indices[idx]]

    def __getitems__(self, indices) -> list:
        # Forward batched reads when the wrapped dataset supports them.
        mapped = [self.indices[i] for i in indices]
        batched = getattr(self.dataset, "__getitems__", None)
        if callable(batched):
            return batched(mapped)
        return [self.dataset[i] for i in mapped]

    def __len__(self) -> int:
        return len(self.indices)

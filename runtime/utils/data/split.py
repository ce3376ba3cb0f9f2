"""random_split: disjoint random Subsets of a dataset with given sizes."""
from __future__ import annotations

import itertools
import math
import warnings

from yamlgrad.utils.data._random import randperm
from yamlgrad.utils.data.dataset import Subset

__all__ = ["random_split"]


def _lengths_from_fractions(fractions, total: int) -> list[int]:
    """Each split gets floor(total * fraction); the items left over go one each to the splits in order."""
    lengths = []
    for i, frac in enumerate(fractions):
        if frac < 0 or frac > 1:
            raise ValueError(f"Fraction at index {i} is not between 0 and 1")
        lengths.append(int(math.floor(total * frac)))
    for i in range(total - sum(lengths)):
        lengths[i % len(lengths)] += 1
    for i, n in enumerate(lengths):
        if n == 0:
            warnings.warn(f"Length of split at index {i} is 0. This might result in an empty dataset.", stacklevel=3)
    return lengths


def random_split(dataset, lengths, generator=None) -> list[Subset]:
    """Split `dataset` into non-overlapping Subsets of the given lengths, or of the given fractions of
    len(dataset) when `lengths` sums to 1. Indices are shuffled with `generator` (see `_random`)."""
    lengths = list(lengths)
    if math.isclose(sum(lengths), 1) and sum(lengths) <= 1:
        lengths = _lengths_from_fractions(lengths, len(dataset))
    if sum(lengths) != len(dataset):
        raise ValueError("Sum of input lengths does not equal the length of the input dataset!")
    order = randperm(sum(lengths), generator)
    return [Subset(dataset, order[end - n:end]) for end, n in zip(itertools.accumulate(lengths), lengths)]

"""Where the data utilities get their randomness from.

torch's samplers take an optional `torch.Generator`. A sampler turns whatever it was given into a NumPy
Generator once per epoch:

* nothing: a fresh NumPy Generator seeded from one draw of yamlgrad's global RNG, so that
  `yamlgrad.manual_seed(s)` makes shuffling reproducible (torch draws a seed from its default
  generator the same way);
* a `numpy.random.Generator`: used as is, so reseeding it reproduces the order;
* any other object: taken to be a generator that yamlgrad's random functions accept through their
  `generator=` keyword (a `yamlgrad.Generator`), and one seed is drawn from it with
  `randint(..., generator=...)`, so reseeding it reproduces the order and each pass advances it.
"""
from __future__ import annotations

import numpy as np

import yamlgrad.namespace as yg

_SEED_BOUND = 2 ** 63 - 1


def numpy_rng(generator=None) -> np.random.Generator:
    """A NumPy Generator for one pass of a sampler (see the module docstring)."""
    if generator is None:
        return np.random.default_rng(int(yg.randint(0, _SEED_BOUND, ()).item()))
    if isinstance(generator, np.random.Generator):
        return generator
    try:
        seed = yg.randint(0, _SEED_BOUND, (), generator=generator)
    except TypeError:
        raise TypeError(f"generator must be None, a numpy.random.Generator or a generator that yamlgrad's random "
                        f"functions accept, got {type(generator).__name__}") from None
    return np.random.default_rng(int(seed.item()))


def randperm(n: int, generator=None) -> list[int]:
    """A random order of range(n) as Python ints (what torch's samplers yield)."""
    return numpy_rng(generator).permutation(n).tolist()

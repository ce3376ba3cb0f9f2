"""Kernels with a fast path must give exactly what the plain NumPy call gives, bit for bit."""
from __future__ import annotations

import numpy as np
import pytest

from yamlgrad.numerics import kernels


def _special(dtype, shape, rng):
    x = rng.standard_normal(shape).astype(dtype)
    flat = x.reshape(-1)
    flat[:4] = [np.inf, -np.inf, np.nan, -0.0][: flat.size]
    return x


@pytest.mark.parametrize("dtype", [np.float16, np.float32, np.float64])
@pytest.mark.parametrize("cond_shape", [(4, 6), (6,), (), (2, 4, 6)])
@pytest.mark.parametrize("zero", [0.0, 0, -0.0, np.float64(0.0), 1.5])
def test_where_with_a_zero_matches_numpy_bitwise(dtype, cond_shape, zero):
    rng = np.random.default_rng(0)
    x = _special(dtype, (4, 6), rng)
    condition = rng.standard_normal(cond_shape) > 0
    for a, b in [(x, zero), (zero, x)]:
        expected = np.where(condition, a, b)
        got = kernels.where(condition, a, b)
        assert got.dtype == expected.dtype and got.shape == expected.shape
        assert np.ascontiguousarray(got).tobytes() == np.ascontiguousarray(expected).tobytes()


def test_where_fast_path_on_strided_input():
    rng = np.random.default_rng(1)
    x = _special(np.float32, (6, 8), rng)[:, ::2].T  # non-contiguous
    condition = rng.standard_normal(x.shape) > 0
    for a, b in [(x, 0.0), (0.0, x)]:
        assert np.ascontiguousarray(kernels.where(condition, a, b)).tobytes() == \
            np.ascontiguousarray(np.where(condition, a, b)).tobytes()

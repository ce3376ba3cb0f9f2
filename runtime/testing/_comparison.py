"""torch.testing.assert_close (and the deprecated assert_allclose) for yamlgrad tensors, NumPy arrays,
Python and NumPy numbers, None, and sequences and mappings of them, with torch's default tolerances
per dtype and torch's failure messages."""
from __future__ import annotations

import collections.abc
import math
import warnings
from typing import NoReturn

import numpy as np

from yamlgrad.api import factories
from yamlgrad.api.composed import promote_types
from yamlgrad.core.size import Size
from yamlgrad.core.tensor import Tensor, make

__all__ = ["assert_close", "assert_allclose"]

# (rtol, atol) by dtype name; every other dtype (integers, bool) is compared for equality
DTYPE_PRECISIONS = {"float16": (1e-3, 1e-5), "float32": (1.3e-6, 1e-5), "float64": (1e-7, 1e-7),
                    "complex64": (1.3e-6, 1e-5), "complex128": (1e-7, 1e-7)}
# assert_allclose's older table
_ALLCLOSE_PRECISIONS = {"float16": (1e-3, 1e-3), "float32": (1e-4, 1e-5), "float64": (1e-5, 1e-8)}
# the dtype torch gives a Python number of each type
_NUMBER_DTYPES = {bool: "bool", int: "int64", float: "float64", complex: "complex128"}


class _Mismatch(Exception):
    """A failed comparison: its message, the exception type assert_close raises with it, and where in the
    inputs it happened (the keys and indices down to the failing pair)."""

    def __init__(self, message: str, kind: type = AssertionError):
        super().__init__(message)
        self.message, self.kind, self.path = message, kind, ()


def _tolerances(dtypes, rtol, atol, table=DTYPE_PRECISIONS) -> tuple[float, float]:
    if rtol is not None:
        return rtol, atol
    pairs = [table.get(np.dtype(d).name, (0.0, 0.0)) for d in dtypes]
    return max(p[0] for p in pairs), max(p[1] for p in pairs)


def _close(actual: np.ndarray, expected: np.ndarray, rtol: float, atol: float, equal_nan: bool) -> np.ndarray:
    """torch.isclose: equal values (infinities included), or finite ones within atol + rtol * |expected|."""
    if rtol == 0 and atol == 0 and actual.dtype.kind not in "fc":
        return actual == expected
    a, e = actual.astype(np.complex128 if actual.dtype.kind == "c" else np.float64), \
        expected.astype(np.complex128 if expected.dtype.kind == "c" else np.float64)
    with np.errstate(invalid="ignore", over="ignore"):
        close = (a == e) | (np.isfinite(a) & np.isfinite(e) & (np.abs(a - e) <= atol + rtol * np.abs(e)))
    if equal_nan:
        close |= np.isnan(a) & np.isnan(e)
    return close


def _allowed(tol: float, equality: bool) -> str:
    return "" if equality else f" (up to {tol} allowed)"


def _scalar_mismatch(actual, expected, rtol: float, atol: float) -> NoReturn:
    equality = rtol == 0 and atol == 0
    diff = abs(actual - expected)
    relative = diff / abs(expected) if expected != 0 else (float("nan") if diff != diff else float("inf"))
    raise _Mismatch(f"Scalars are not {'equal' if equality else 'close'}!\n\nExpected {expected} but got {actual}.\n"
                    f"Absolute difference: {diff}{_allowed(atol, equality)}\n"
                    f"Relative difference: {relative}{_allowed(rtol, equality)}")


def _tensor_mismatch(actual: np.ndarray, expected: np.ndarray, close: np.ndarray, rtol: float,
                     atol: float) -> NoReturn:
    """torch's report: how many elements differ, and where the absolute and relative differences are
    largest (integers and bools are differenced as int64, their ratios in float32, as torch does)."""
    equality = rtol == 0 and atol == 0
    a, e = actual.reshape(-1), expected.reshape(-1)
    if a.dtype.kind not in "fc":
        a, e = a.astype(np.int64), e.astype(np.int64)
    matched = close.reshape(-1)
    with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
        diff = np.abs(a - e)
        diff[matched] = 0
        relative = diff / np.abs(e)
        if relative.dtype.kind == "f" and a.dtype.kind not in "fc":
            relative = relative.astype(np.float32)
        relative[matched] = 0
    mismatches, total = int((~matched).sum()), matched.size
    i, j = int(np.argmax(diff)), int(np.argmax(relative))

    def at(flat: int) -> tuple:
        return tuple(int(k) for k in np.unravel_index(flat, close.shape))

    raise _Mismatch(f"Tensor-likes are not {'equal' if equality else 'close'}!\n\n"
                    f"Mismatched elements: {mismatches} / {total} ({mismatches / total:.1%})\n"
                    f"Greatest absolute difference: {diff[i].item()} at index {at(i)}{_allowed(atol, equality)}\n"
                    f"Greatest relative difference: {relative[j].item()} at index {at(j)}{_allowed(rtol, equality)}")


def _dtype_name(dtype) -> str:
    return f"yamlgrad.{np.dtype(dtype).name}"


def _compare_tensors(actual: Tensor, expected: Tensor, options: dict) -> None:
    if tuple(actual.shape) != tuple(expected.shape):
        raise _Mismatch(f"The values for attribute 'shape' do not match: {Size(actual.shape)} != "
                        f"{Size(expected.shape)}.")
    if options["check_dtype"] and actual.dtype != expected.dtype:
        raise _Mismatch(f"The values for attribute 'dtype' do not match: {_dtype_name(actual.dtype)} "
                        f"!= {_dtype_name(expected.dtype)}.")
    if options["check_stride"] and actual.stride() != expected.stride():
        raise _Mismatch(f"The values for attribute 'stride()' do not match: {actual.stride()} != "
                        f"{expected.stride()}.")
    rtol, atol = _tolerances((actual.dtype, expected.dtype), options["rtol"], options["atol"])
    a, e = actual._data, expected._data
    if a.dtype != e.dtype:
        common = promote_types(a.dtype, e.dtype)
        a, e = a.astype(common), e.astype(common)
    close = _close(a, e, rtol, atol, options["equal_nan"])
    if close.all():
        return
    if a.ndim == 0:
        _scalar_mismatch(a.item(), e.item(), rtol, atol)
    _tensor_mismatch(a, e, close, rtol, atol)


def _number(x):
    """A Python or NumPy number as a Python number (None for anything else)."""
    if isinstance(x, np.generic) and isinstance(x, (np.number, np.bool_)):
        x = x.item()
    return x if type(x) in _NUMBER_DTYPES else None


def _compare_numbers(actual, expected, options: dict) -> None:
    if isinstance(actual, bool) and isinstance(expected, bool):
        if actual is not expected:
            raise _Mismatch(f"Booleans mismatch: {actual} is not {expected}")
        return
    if options["check_dtype"] and type(actual) is not type(expected):
        raise _Mismatch(f"The (d)types do not match: {type(actual)} != {type(expected)}.")
    rtol, atol = _tolerances([_NUMBER_DTYPES[type(actual)], _NUMBER_DTYPES[type(expected)]], options["rtol"],
                             options["atol"])
    if actual == expected or (options["equal_nan"] and actual != actual and expected != expected):
        return
    finite = all(math.isfinite(abs(v)) for v in (actual, expected))
    if not (finite and abs(actual - expected) <= atol + rtol * abs(expected)):
        _scalar_mismatch(actual, expected, rtol, atol)


def _unsupported(actual, expected) -> NoReturn:
    raise _Mismatch(f"No comparison pair was able to handle inputs of type {type(actual)} and {type(expected)}.",
                    TypeError)


def _is_sequence(x) -> bool:
    return isinstance(x, collections.abc.Sequence) and not isinstance(x, (str, bytes))


def _compare(actual, expected, options: dict, path: tuple) -> None:
    try:
        _compare_one(actual, expected, options, path)
    except _Mismatch as mismatch:
        if not mismatch.path and path:
            mismatch.path = path
        raise


def _compare_one(actual, expected, options: dict, path: tuple) -> None:
    if actual is None or expected is None:
        if actual is not expected:
            raise _Mismatch(f"None mismatch: {actual} is not {expected}")
        return
    if _is_sequence(actual) and _is_sequence(expected):
        if len(actual) != len(expected):
            raise _Mismatch(f"The length of the sequences mismatch: {len(actual)} != {len(expected)}")
        for i, (a, e) in enumerate(zip(actual, expected)):
            _compare(a, e, options, path + (i,))
        return
    if isinstance(actual, collections.abc.Mapping) and isinstance(expected, collections.abc.Mapping):
        if set(actual) != set(expected):
            missing = [k for k in expected if k not in actual]
            extra = [k for k in actual if k not in expected]
            raise _Mismatch(f"The keys of the mappings do not match:\nMissing keys in the actual mapping: "
                            f"{sorted(missing, key=repr)}\nAdditional keys in the actual mapping: "
                            f"{sorted(extra, key=repr)}")
        for key in actual:
            _compare(actual[key], expected[key], options, path + (key,))
        return
    tensors = isinstance(actual, Tensor) and isinstance(expected, Tensor)
    arrays = isinstance(actual, np.ndarray) and isinstance(expected, np.ndarray)
    if tensors or arrays:
        if not options["allow_subclasses"] and type(actual) is not type(expected):
            _unsupported(actual, expected)
        if arrays:
            actual, expected = make(np.asarray(actual)), make(np.asarray(expected))
        _compare_tensors(actual, expected, options)
        return
    a, e = _number(actual), _number(expected)
    if a is None or e is None:
        _unsupported(actual, expected)
    if isinstance(a, bool) != isinstance(e, bool):
        raise _Mismatch(f"The (d)types do not match: {type(a)} != {type(e)}.")
    _compare_numbers(a, e, options)


def assert_close(actual, expected, *, allow_subclasses: bool = True, rtol: float | None = None,
                 atol: float | None = None, equal_nan: bool = False, check_device: bool = True,
                 check_dtype: bool = True, check_layout: bool = True, check_stride: bool = False, msg=None) -> None:
    """Raise AssertionError unless `actual` and `expected` are close: tensors (or arrays) of the same shape
    and, with check_dtype, dtype, whose elements satisfy |actual - expected| <= atol + rtol * |expected|
    (equal infinities count as close; NaNs only with equal_nan), or equal numbers, or sequences and mappings
    of such, compared item by item. Without rtol and atol, both come from the dtypes (float32: 1.3e-6 and
    1e-5, float64: 1e-7 and 1e-7, float16: 1e-3 and 1e-5; integers and bools must be equal). `msg`, a
    string or a function of the default message, replaces the message. Inputs of types that cannot be
    compared raise TypeError. Every tensor is on the CPU with a strided layout, so check_device and
    check_layout always pass."""
    __tracebackhide__ = True  # pytest shows the caller's line
    if (rtol is None) != (atol is None):
        raise ValueError(f"Both 'rtol' and 'atol' must be either specified or omitted, but got no "
                         f"{'atol' if atol is None else 'rtol'}.")
    options = {"allow_subclasses": allow_subclasses, "rtol": rtol, "atol": atol, "equal_nan": equal_nan,
               "check_dtype": check_dtype, "check_stride": check_stride}
    try:
        _compare(actual, expected, options, ())
    except _Mismatch as mismatch:
        message = mismatch.message
        if mismatch.path:
            message += "\n\nThe failure occurred for item " + "".join(f"[{key!r}]" for key in mismatch.path)
        if mismatch.kind is AssertionError and msg is not None:
            message = msg(message) if callable(msg) else msg
        raise mismatch.kind(message) from None


def assert_allclose(actual, expected, rtol: float | None = None, atol: float | None = None, equal_nan: bool = True,
                    msg: str = "") -> None:
    """torch's deprecated predecessor of assert_close: non-tensors become tensors (expected in actual's dtype),
    dtypes need not match, NaNs are equal by default, and the default tolerances are looser."""
    __tracebackhide__ = True
    warnings.warn("`torch.testing.assert_allclose()` is deprecated since 1.12 and will be removed in a future "
                  "release. Please use `torch.testing.assert_close()` instead. You can find detailed upgrade "
                  "instructions in https://github.com/pytorch/pytorch/issues/61844.", FutureWarning, stacklevel=2)
    if not isinstance(actual, Tensor):
        actual = factories.tensor(actual)
    if not isinstance(expected, Tensor):
        expected = factories.tensor(expected, dtype=actual.dtype)
    if rtol is None and atol is None:
        rtol, atol = _tolerances((actual.dtype, expected.dtype), None, None, _ALLCLOSE_PRECISIONS)
    assert_close(actual, expected, rtol=rtol, atol=atol, equal_nan=equal_nan, check_dtype=False, msg=msg or None)

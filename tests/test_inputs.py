"""What tensor(), as_tensor(), from_numpy() accept, share and refuse, as torch 2.13.0 does; float16
reductions over more elements than float16 can count; complex inputs."""
import warnings

import numpy as np
import pytest

import yamlgrad as yg
import yamlgrad.nn.functional as F

SUPPORTED = ("float64, float32, float16, complex64, complex128, int64, int32, int16, int8, uint64, uint32, "
             "uint16, uint8, and bool.")


def test_matrix_input_becomes_a_plain_array():
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", PendingDeprecationWarning)
        m = np.matrix([[1.0, 2.0], [3.0, 4.0]])
    x = yg.tensor(m, requires_grad=True)
    assert type(x.detach().numpy()) is np.ndarray and x.dtype == yg.float64
    # with a kept np.matrix, `*` in the backward of mul would be a matrix product
    (x * x).sum().backward()
    assert x.grad.tolist() == [[2.0, 4.0], [6.0, 8.0]]
    assert type(yg.as_tensor(m).numpy()) is np.ndarray and type(yg.from_numpy(m).numpy()) is np.ndarray


def test_masked_array_gives_its_data_as_torch():
    a = np.ma.masked_array([1.0, 2.0, 3.0], mask=[0, 1, 0])
    for make in (yg.tensor, yg.as_tensor, yg.from_numpy):
        x = make(a)
        assert type(x.numpy()) is np.ndarray and x.tolist() == [1.0, 2.0, 3.0]


@pytest.mark.parametrize("data,kind", [
    (np.array([1, "a"], dtype=object), "object_"), (np.array([1, 2], dtype=object), "object_"),
    (np.array(["2020-01-01"], dtype="datetime64[D]"), "datetime64"),
    (np.array([1], dtype="timedelta64[s]"), "timedelta64"), (np.array(["ab"]), "str_"),
    (np.array([1.0], dtype=np.longdouble), "longdouble")])
def test_arrays_torch_cannot_hold_are_refused(data, kind):
    for make in (yg.tensor, yg.as_tensor, yg.from_numpy):
        with pytest.raises(TypeError) as info:
            make(data)
        assert str(info.value) == f"can't convert np.ndarray of type numpy.{kind}. The only supported types are: " \
                                  + SUPPORTED


def test_strings_and_none_refused_as_torch():
    with pytest.raises(TypeError, match=r"^new\(\): invalid data type 'str'$"):
        yg.tensor([1, "a"])
    with pytest.raises(TypeError, match=r"^new\(\): invalid data type 'str'$"):
        yg.tensor("a")
    with pytest.raises(ValueError, match="^too many dimensions 'str'$"):
        yg.tensor(["a"])
    with pytest.raises(RuntimeError, match="^Could not infer dtype of NoneType$"):
        yg.tensor([1, None])


def test_supported_unsigned_dtypes_kept():
    for dtype in (np.uint16, np.uint32, np.uint64):
        assert yg.tensor(np.array([1], dtype=dtype)).dtype == np.dtype(dtype)


def test_tensor_of_a_tensor_copies_with_torch_warning():
    src = yg.tensor([1.0, 2.0], requires_grad=True)
    with pytest.warns(UserWarning, match=r"sourceTensor.detach\(\).clone\(\)"):
        x = yg.tensor(src)
    assert not x.requires_grad and x.grad_fn is None
    x[0] = 5.0
    assert src.tolist() == [1.0, 2.0]


def test_tensor_copies_arrays():
    a = np.array([1.0, 2.0])
    x = yg.tensor(a)
    a[0] = 9.0
    assert x.tolist() == [1.0, 2.0]


def test_as_tensor_shares_when_the_dtype_allows():
    a = np.array([1.0, 2.0])
    shared, converted = yg.as_tensor(a), yg.as_tensor(a, dtype=yg.float32)
    a[0] = 9.0
    assert shared.tolist() == [9.0, 2.0] and shared.dtype == yg.float64
    assert converted.tolist() == [1.0, 2.0] and converted.dtype == yg.float32
    b = np.array([1.0, 2.0], dtype=np.float32)
    same = yg.as_tensor(b, dtype=yg.float32)
    b[1] = 7.0
    assert same.tolist() == [1.0, 7.0]
    t = yg.ones(2)
    assert yg.as_tensor(t) is t and yg.as_tensor(t, dtype=yg.float64).dtype == yg.float64
    assert yg.as_tensor([1.0, 2.0]).dtype == yg.float32


def test_from_numpy_shares_and_refuses_as_torch():
    a = np.array([1.0, 2.0, 3.0])
    x = yg.from_numpy(a)
    a[2] = -1.0
    assert x.tolist() == [1.0, 2.0, -1.0]
    assert yg.from_numpy(a[::2]).tolist() == [1.0, -1.0]  # positive strides are fine
    with pytest.raises(ValueError, match="negative strides are not currently supported"):
        yg.from_numpy(a[::-1])
    with pytest.raises(ValueError, match="byte order different from the native byte order"):
        yg.from_numpy(a.astype(">f8"))
    with pytest.raises(TypeError, match=r"^expected np.ndarray \(got list\)$"):
        yg.from_numpy([1.0])
    with pytest.raises(TypeError, match=r"^expected np.ndarray \(got numpy.float64\)$"):
        yg.from_numpy(np.float64(1.0))


# torch 2.13.0 float16, 70000 elements: mean of ones -> grad 1.4305e-05 each; mse_loss vs zeros -> 2.8551e-05
def test_float16_mean_gradient_over_more_than_65504_elements():
    h = yg.ones(70000, dtype=yg.float16, requires_grad=True)
    m = h.mean()
    m.backward()
    assert m.item() == 1.0
    np.testing.assert_allclose(h.grad.numpy().astype(np.float32), 1.4305e-05, rtol=1e-3)


def test_float16_mse_loss_gradient_over_more_than_65504_elements():
    h = yg.ones(70000, dtype=yg.float16, requires_grad=True)
    loss = F.mse_loss(h, yg.zeros(70000, dtype=yg.float16))
    loss.backward()
    assert loss.item() == 1.0
    # float16 keeps 11 significant bits: torch's 2.8551e-05 and 2 * float16(1/70000) are one step apart
    np.testing.assert_allclose(h.grad.numpy().astype(np.float32), 2.8551e-05, rtol=3e-3)


def test_complex_defaults_and_abs_precision():
    assert yg.tensor([1 + 2j]).dtype == np.complex64
    z = yg.tensor(np.array([3 + 4j, 1j], dtype=np.complex128))
    assert z.abs().dtype == yg.float64 and z.abs().tolist() == [5.0, 1.0]
    assert yg.abs(yg.tensor([3 + 4j])).dtype == yg.float32


def test_complex_requires_grad_refused():
    with pytest.raises(RuntimeError, match="does not differentiate complex tensors"):
        yg.tensor([1 + 2j], requires_grad=True)
    z = yg.tensor([1 + 2j])
    with pytest.raises(RuntimeError, match="does not differentiate complex tensors"):
        z.requires_grad_()
    assert not z.requires_grad


def test_python_floats_with_an_explicit_dtype_keep_every_digit():
    assert yg.tensor([0.1], dtype=yg.float64).item() == 0.1
    assert yg.as_tensor([0.1], dtype=yg.float64).item() == 0.1
    assert yg.tensor([0.1]).dtype == yg.float32


def test_float16_std_and_var_over_many_elements_accumulate_in_float32():
    # over 65,504 elements both the sum of squares and the count overflow float16; torch 2.13 gives
    # std 0.9995 and a gradient whose absolute values sum to 0.7988 for this input
    x = yg.tensor(np.random.default_rng(0).standard_normal(70000).astype(np.float16), requires_grad=True)
    s = x.std()
    s.backward()
    assert s.dtype == yg.float16 and abs(float(s) - 0.9995) < 1e-3
    assert np.isfinite(x.grad.numpy()).all() and abs(float(np.abs(x.grad.numpy()).sum()) - 0.7988) < 1e-3
    assert float(x.var()) == float(s) ** 2 or abs(float(x.var()) - float(s) ** 2) < 2e-3

"""torch.device, the CPU-only answers of yamlgrad.cuda / backends / accelerator / amp, torch.Size, the
legacy constructors and type names, 0-d formatting, DLPack, cholesky_solve and the dense-backed sparse
tensors. Expected values and messages are torch 2.13.0's (CPU build) for the same calls."""
import pickle
import warnings

import numpy as np
import pytest

import yamlgrad as yg
import yamlgrad.accelerator
import yamlgrad.amp
import yamlgrad.backends
import yamlgrad.cuda
import yamlgrad.nn as nn
import yamlgrad.sparse


# ---- torch.device ------------------------------------------------------------------------------------

def test_device_parses_type_and_index():
    d = yg.device("cuda:1")
    assert (d.type, d.index) == ("cuda", 1)
    assert yg.device("cpu").index is None
    assert yg.device("cpu", 0) == yg.device("cpu:0")
    assert yg.device(yg.device("cpu")) == yg.device("cpu")


def test_device_repr_str_eq_hash():
    assert repr(yg.device("cpu")) == "device(type='cpu')"
    assert repr(yg.device("cuda", 0)) == "device(type='cuda', index=0)"
    assert str(yg.device("cuda", 0)) == "cuda:0" and str(yg.device("cpu")) == "cpu"
    assert yg.device("cpu") != yg.device("cpu", 0)
    assert (yg.device("cpu") == "cpu") is False  # as torch: a device equals only a device
    assert len({yg.device("cpu"), yg.device("cpu"), yg.device("cuda:0")}) == 2
    assert pickle.loads(pickle.dumps(yg.device("cuda:2"))) == yg.device("cuda:2")


def test_tensor_device_is_the_cpu_device():
    x = yg.zeros(2)
    assert x.device == yg.device("cpu") and isinstance(x.device, yg.device)
    assert (x.is_cpu, x.is_cuda, x.is_xpu, x.is_mps, x.is_meta, x.is_sparse) == (True,) + (False,) * 5


@pytest.mark.parametrize("move", [lambda x: x.to("cuda"), lambda x: x.cuda(), lambda x: x.to(yg.device("cuda:0")),
                                  lambda x: yg.zeros(2, device="cuda"), lambda x: yg.tensor([1.0], device="cuda:0"),
                                  lambda x: x.type("torch.cuda.FloatTensor"), lambda x: yg.cuda.synchronize(),
                                  lambda x: yg.cuda.current_device()])
def test_cuda_fails_as_a_cpu_only_torch(move):
    with pytest.raises(AssertionError, match="^Torch not compiled with CUDA enabled$"):
        move(yg.zeros(2))


def test_other_devices_refused_with_a_runtime_error():
    with pytest.raises(RuntimeError, match="not linked with support for mps devices"):
        yg.zeros(2).to("mps")
    with pytest.raises(RuntimeError, match="device type at start of device string: foo"):
        yg.ones(2, device="foo")


@pytest.mark.parametrize("factory", [
    lambda d: yg.zeros(2, device=d), lambda d: yg.ones(2, device=d), lambda d: yg.empty(2, device=d),
    lambda d: yg.full((2,), 1.0, device=d), lambda d: yg.arange(3, device=d), lambda d: yg.linspace(0, 1, 3, device=d),
    lambda d: yg.eye(2, device=d), lambda d: yg.rand(2, device=d), lambda d: yg.randn(2, device=d),
    lambda d: yg.randint(3, (2,), device=d), lambda d: yg.tensor([1.0], device=d),
    lambda d: yg.zeros_like(yg.ones(2), device=d), lambda d: yg.randn_like(yg.ones(2), device=d),
    lambda d: yg.as_tensor([1.0], device=d), lambda d: yg.FloatTensor(2, device=d)])
def test_every_factory_takes_the_cpu_and_refuses_cuda(factory):
    for cpu in ("cpu", "cpu:0", yg.device("cpu")):
        assert factory(cpu).device == yg.device("cpu")
    with pytest.raises(AssertionError):
        factory("cuda")


def test_to_forms():
    x = yg.tensor([1.0, 2.0])
    assert x.to("cpu") is x and x.to(yg.device("cpu")) is x and x.cpu() is x
    y = x.to(yg.device("cpu"), yg.float64)
    assert y.dtype == yg.float64 and y.tolist() == [1.0, 2.0]
    assert x.to("cpu", yg.float64, non_blocking=True).dtype == yg.float64
    assert x.to(device="cpu", dtype=yg.float16).dtype == yg.float16
    assert x.to(yg.zeros(1, dtype=yg.int64)).dtype == yg.int64
    copied = x.to("cpu", copy=True)
    assert copied is not x and copied.tolist() == x.tolist()
    assert x.to(yg.float32, False, True) is not x  # positional non_blocking, copy
    with pytest.raises(TypeError, match="unexpected keyword argument 'blocking'"):
        x.to(blocking=True)


def test_module_to_device():
    layer = nn.Linear(2, 3)
    assert layer.to("cpu") is layer and layer.to(yg.device("cpu")) is layer
    assert layer.to("cpu", yg.float64).weight.dtype == yg.float64
    with pytest.raises(AssertionError):
        layer.to("cuda")


# ---- cuda, backends, accelerator, amp --------------------------------------------------------------

def test_cuda_queries():
    assert yg.cuda.is_available() is False and yg.cuda.device_count() == 0
    assert yg.cuda.manual_seed(0) is None and yg.cuda.manual_seed_all(0) is None
    assert yg.cuda.memory_allocated() == 0 and yg.cuda.empty_cache() is None


def test_backends_flags():
    cudnn = yg.backends.cudnn
    assert (cudnn.enabled, cudnn.benchmark, cudnn.deterministic, cudnn.is_available()) == (True, False, False, False)
    cudnn.benchmark = True
    try:
        assert yg.backends.cudnn.benchmark is True
    finally:
        cudnn.benchmark = False
    assert yg.backends.mps.is_available() is False and yg.backends.mps.is_built() is False
    assert yg.backends.cuda.matmul.allow_tf32 is False and yg.backends.cuda.is_built() is False
    assert yg.backends.mkldnn.is_available() is True and yg.backends.openmp.is_available() is True


def test_accelerator():
    assert yg.accelerator.is_available() is False
    assert yg.accelerator.current_accelerator() is None and yg.accelerator.device_count() == 0


def test_autocast_is_a_no_op_context_and_decorator():
    x = yg.ones(2, 2)
    with yg.autocast("cpu", dtype=yg.float16, enabled=False):
        assert (x @ x).dtype == yg.float32
    with yg.amp.autocast(device_type="cuda", enabled=False):
        assert (x @ x).dtype == yg.float32

    @yg.autocast("cpu")
    def f(a):
        return a * 2
    assert f(x).tolist() == [[2.0, 2.0], [2.0, 2.0]]
    with pytest.raises(RuntimeError, match="device type"):
        yg.autocast("gpu")


def test_grad_scaler_passes_through():
    w = nn.Parameter(yg.tensor([1.0, 2.0]))
    opt = yg.optim.SGD([w], lr=0.5)
    scaler = yg.amp.GradScaler(enabled=False)
    loss = (w * w).sum()
    assert scaler.scale(loss) is loss
    scaler.scale(loss).backward()
    scaler.unscale_(opt)
    scaler.step(opt)
    scaler.update()
    assert w.tolist() == [0.0, 0.0] and scaler.get_scale() == 1.0 and not scaler.is_enabled()
    with pytest.warns(UserWarning, match="CUDA is not available"):
        assert not yg.amp.GradScaler().is_enabled()


# ---- torch.Size -------------------------------------------------------------------------------------

def test_size():
    s = yg.zeros(2, 3).shape
    assert isinstance(s, yg.Size) and isinstance(s, tuple) and s == (2, 3)
    assert repr(s) == str(s) == "torch.Size([2, 3])" and repr(yg.Size([])) == "torch.Size([])"
    assert yg.zeros(2, 3).size() == s and isinstance(yg.zeros(2, 3).size(), yg.Size)
    assert yg.zeros(2, 3).size(1) == 3
    assert isinstance(s[1:], yg.Size) and s[1:] == (3,) and isinstance(s[0], int)
    assert isinstance(s + (4,), yg.Size) and s + (4,) == (2, 3, 4)
    assert isinstance((1,) + s, yg.Size)
    assert s.numel() == 6 and yg.Size([]).numel() == 1
    assert yg.Size([np.int64(2)]) == (2,)
    assert pickle.loads(pickle.dumps(s)) == s
    assert yg.zeros(s).shape == s


# ---- legacy constructors and type names --------------------------------------------------------------

@pytest.mark.parametrize("cls,dtype", [("FloatTensor", "float32"), ("DoubleTensor", "float64"),
                                       ("HalfTensor", "float16"), ("LongTensor", "int64"), ("IntTensor", "int32"),
                                       ("ShortTensor", "int16"), ("CharTensor", "int8"), ("ByteTensor", "uint8"),
                                       ("BoolTensor", "bool")])
def test_legacy_constructor(cls, dtype):
    kind = getattr(yg, cls)
    from_data = kind([1, 0])
    assert from_data.dtype == np.dtype(dtype) and from_data.tolist() == [1, 0]
    from_sizes = kind(2, 3)
    assert from_sizes.shape == (2, 3) and from_sizes.dtype == np.dtype(dtype)
    assert kind(yg.Size([4])).shape == (4,) and kind().shape == (0,)
    assert kind(np.array([1.0, 0.0])).dtype == np.dtype(dtype)
    assert isinstance(from_data, kind) and not issubclass(kind, yg.Tensor)
    assert from_data.type() == f"torch.{cls}"
    assert repr(kind) == f"<class 'torch.{cls}'>"


def test_legacy_constructor_values():
    assert yg.LongTensor([1.5, 2]).tolist() == [1, 2]
    assert yg.FloatTensor((2, 3)).tolist() == [2.0, 3.0]  # a tuple is data, a Size is sizes
    assert not isinstance(yg.zeros(2, dtype=yg.float64), yg.FloatTensor)


def test_tensor_class_builds_float32():
    assert yg.Tensor(2, 3).dtype == yg.float32 and yg.Tensor(2, 3).shape == (2, 3)
    assert yg.Tensor([1, 2]).dtype == yg.float32 and yg.Tensor([1, 2]).tolist() == [1.0, 2.0]
    assert yg.Tensor(np.array([1.0, 2.0])).dtype == yg.float32
    assert yg.Tensor().shape == (0,)
    assert yg.Tensor([-4.0]).double().dtype == yg.float64
    with pytest.raises(TypeError, match=r"data must be a sequence \(got float\)"):
        yg.Tensor(2.5)


def test_tensor_type():
    x = yg.zeros(2)
    assert x.type() == "torch.FloatTensor"
    assert yg.zeros(2, dtype=yg.uint8).type() == "torch.ByteTensor"
    assert yg.zeros(2, dtype=yg.int8).type() == "torch.CharTensor"
    assert x.type("torch.DoubleTensor").dtype == yg.float64
    assert x.type(yg.float64).dtype == yg.float64
    assert x.type(yg.LongTensor).dtype == yg.int64
    assert x.type(yg.float32) is x
    with pytest.raises(ValueError, match="invalid type: 'foo'"):
        x.type("foo")


def test_cast_keeps_the_graph():
    w = yg.tensor([1.0, 2.0], requires_grad=True)
    (w.type(yg.float64) * 3).sum().backward()
    assert w.grad.tolist() == [3.0, 3.0] and w.grad.dtype == yg.float32


# ---- formatting -------------------------------------------------------------------------------------

def test_format_of_a_0d_tensor_is_the_number():
    assert "{}".format(yg.tensor(100.0)) == "100.0"
    assert "{:.2f}".format(yg.tensor(100.0)) == "100.00"
    assert f"{yg.tensor(100)}" == "100" and f"{yg.tensor(True)}" == "True"
    assert f"{yg.tensor(1.5, requires_grad=True)}" == "1.5"
    assert "{}".format(yg.tensor([100.0])) == "tensor([100.])"
    with pytest.raises(TypeError, match="unsupported format string"):
        "{:.2f}".format(yg.tensor([100.0]))


# ---- DLPack -----------------------------------------------------------------------------------------

def test_dlpack_shares_memory_both_ways():
    x = yg.tensor([1.0, 2.0, 3.0])
    a = np.from_dlpack(x)
    a[0] = 9.0
    assert x.tolist() == [9.0, 2.0, 3.0]
    assert x.__dlpack_device__() == (1, 0)  # kDLCPU, device 0
    b = np.arange(4.0)
    y = yg.from_dlpack(b)
    b[1] = -1.0
    assert y.tolist() == [0.0, -1.0, 2.0, 3.0] and y.dtype == yg.float64
    with pytest.raises(RuntimeError, match="require gradient"):
        np.from_dlpack(yg.ones(2, requires_grad=True))


# ---- cholesky_solve ---------------------------------------------------------------------------------

def test_cholesky_solve_matches_torch():
    A = np.array([[4.0, 2.0, 0.6], [2.0, 5.0, 1.0], [0.6, 1.0, 3.0]])
    B = np.array([[1.0, 2.0], [0.5, -1.0], [3.0, 0.0]])
    L = yg.linalg.cholesky(yg.tensor(A))
    X = yg.cholesky_solve(yg.tensor(B), L)
    np.testing.assert_allclose(A @ X.numpy(), B, atol=1e-12)
    U = yg.linalg.cholesky(yg.tensor(A), upper=True)
    np.testing.assert_allclose(yg.cholesky_solve(yg.tensor(B), U, upper=True).numpy(), X.numpy(), atol=1e-12)
    np.testing.assert_allclose(yg.tensor(B).cholesky_solve(L).numpy(), X.numpy(), atol=1e-12)
    # torch 2.13: torch.cholesky_solve(B, torch.linalg.cholesky(A)) for these A, B
    np.testing.assert_allclose(X.numpy(), [[0.1860986547085202, 0.7488789237668161],
                                           [-0.1789237668161435, -0.5031390134529148],
                                           [1.0224215246636772, 0.0179372197309417]], rtol=1e-12)


def test_cholesky_solve_gradients():
    A = np.array([[4.0, 2.0], [2.0, 5.0]])
    L = yg.tensor(np.linalg.cholesky(A), requires_grad=True)
    B = yg.tensor([[1.0], [2.0]], dtype=yg.float64, requires_grad=True)
    assert yg.autograd.gradcheck(lambda b, l: yg.cholesky_solve(b, yg.tril(l)), (B, L))


# ---- sparse -----------------------------------------------------------------------------------------

def test_sparse_coo_tensor_times_dense():
    i = yg.tensor([[0, 1, 1, 2], [1, 0, 2, 1]])
    v = yg.tensor([1.0, 2.0, 3.0, 4.0])
    adj = yg.sparse_coo_tensor(i, v, (3, 3))
    assert adj.is_sparse and adj.shape == (3, 3) and adj.dtype == yg.float32
    assert adj.to_dense().tolist() == [[0.0, 1.0, 0.0], [2.0, 0.0, 3.0], [0.0, 4.0, 0.0]]
    assert not adj.to_dense().is_sparse
    feats = yg.tensor([[1.0, 0.0], [0.0, 1.0], [1.0, 1.0]], requires_grad=True)
    out = yg.sparse.mm(adj, feats)
    assert not out.is_sparse and out.tolist() == [[0.0, 1.0], [5.0, 3.0], [0.0, 4.0]]
    out.sum().backward()
    assert feats.grad.tolist() == [[2.0, 2.0], [5.0, 5.0], [3.0, 3.0]]  # column sums of adj
    assert (adj @ feats).tolist() == out.tolist()
    assert adj.indices().tolist() == i.tolist() and adj.values().tolist() == v.tolist()


def test_sparse_duplicates_add_and_values_take_gradients():
    v = yg.tensor([1.0, 2.0, 5.0], requires_grad=True)
    s = yg.sparse_coo_tensor([[0, 0, 1]], v, (3,))
    assert s.to_dense().tolist() == [3.0, 5.0, 0.0]
    (s * yg.tensor([1.0, 10.0, 100.0])).sum().backward()
    assert v.grad.tolist() == [1.0, 1.0, 10.0]
    assert yg.sparse_coo_tensor([[0, 2]], [1.0, 1.0]).shape == (3,)  # size inferred


def test_to_sparse():
    x = yg.tensor([[0.0, 1.5], [0.0, 0.0]])
    s = x.to_sparse()
    assert s.is_sparse and not x.is_sparse
    assert s.indices().tolist() == [[0], [1]] and s.values().tolist() == [1.5]
    assert s.coalesce() is s and s.is_coalesced()


def test_float64_parameters_survive_copy_and_pickle():
    # Tensor(...) is the float32 legacy constructor; copies of a float64 Parameter must not go through it
    import copy
    p = nn.Parameter(yg.tensor([0.1, 0.2], dtype=yg.float64))
    for clone in (copy.deepcopy(p), pickle.loads(pickle.dumps(p))):
        assert isinstance(clone, nn.Parameter) and clone.dtype == yg.float64 and clone.tolist() == [0.1, 0.2]

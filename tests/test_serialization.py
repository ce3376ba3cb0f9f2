"""save / load: bit-exact round trips, model and optimizer checkpoints, and files that must be refused
without running anything they contain."""
import io
import json
import math
import os
import pathlib
import pickle
import struct
import zipfile
from collections import OrderedDict

import numpy as np
import pytest

import yamlgrad as yg
from yamlgrad.serialization import load, save

ALL_DTYPES = [yg.float16, yg.float32, yg.float64, yg.int8, yg.int16, yg.int32, yg.int64, yg.uint8, yg.bool]


def _roundtrip(obj, **load_kwargs):
    buf = io.BytesIO()
    save(obj, buf)
    buf.seek(0)
    return load(buf, **load_kwargs)


def _bits(t):
    return t.detach().numpy().tobytes()


# ---- tensors --------------------------------------------------------------------------------------------
@pytest.mark.parametrize("dtype", ALL_DTYPES, ids=str)
def test_tensor_dtypes_round_trip_bit_exact(dtype):
    raw = np.arange(-12, 12).reshape(2, 3, 4)
    t = yg.tensor(raw).to(dtype)
    out = _roundtrip(t)
    assert isinstance(out, yg.Tensor) and out.dtype == dtype and out.shape == (2, 3, 4)
    assert _bits(out) == _bits(t)
    assert out.requires_grad is False


def test_float_payloads_round_trip_bit_exact():
    special = np.array([0.0, -0.0, np.inf, -np.inf, np.nan, 5e-324, 1 / 3], dtype=np.float64)
    # A NaN with a non-default payload must keep it: compare raw bits, not values.
    special = np.concatenate([special, np.array([0x7FF8000000000123], dtype=np.uint64).view(np.float64)])
    t = yg.from_numpy(special)
    assert _bits(_roundtrip(t)) == _bits(t)
    half = yg.from_numpy(np.array([65504, 6e-8, np.nan], dtype=np.float16))
    assert _bits(_roundtrip(half)) == _bits(half)


def test_shapes_scalars_empty_and_non_contiguous():
    assert _roundtrip(yg.tensor(3.5)).shape == ()
    assert _roundtrip(yg.zeros(0, 3)).shape == (0, 3)
    t = yg.arange(12).reshape(3, 4).T  # a transposed view
    out = _roundtrip(t)
    assert out.shape == (4, 3) and out.tolist() == t.tolist()


def test_requires_grad_and_parameter_survive():
    leaf = yg.ones(3, requires_grad=True)
    nonleaf = leaf * 2  # saved as a leaf that requires grad, as torch.load returns it
    param = yg.nn.Parameter(yg.tensor([1.0, 2.0]))
    frozen = yg.nn.Parameter(yg.tensor([3.0]), requires_grad=False)
    a, b, p, q = _roundtrip([leaf, nonleaf, param, frozen])
    assert type(a) is yg.Tensor and a.requires_grad and a.is_leaf
    assert b.requires_grad and b.is_leaf and b.tolist() == [2.0, 2.0, 2.0]
    assert isinstance(p, yg.nn.Parameter) and p.requires_grad and p.tolist() == [1.0, 2.0]
    assert isinstance(q, yg.nn.Parameter) and not q.requires_grad
    (a * 3).sum().backward()
    assert a.grad.tolist() == [3.0, 3.0, 3.0]


def test_loaded_tensors_are_writable_and_independent():
    t = yg.zeros(3)
    out = _roundtrip(t)
    out.add_(1)
    assert out.tolist() == [1.0, 1.0, 1.0] and t.tolist() == [0.0, 0.0, 0.0]


def test_same_tensor_twice_loads_as_one_object():
    x = yg.ones(2)
    a, b, c = _roundtrip([x, x, yg.ones(2)])
    assert a is b and a is not c


# ---- containers and plain values ------------------------------------------------------------------------
def test_nested_containers_and_plain_values():
    obj = {
        "none": None, "true": True, "int": -(2 ** 70), "float": 0.1, "nan": math.nan, "inf": -math.inf,
        "complex": 1.5 - 2j, "str": "héllo", "bytes": b"\x00\xff", "bytearray": bytearray(b"ab"),
        "tuple": (1, (2.5, "x")), "list": [[], [1, [2]]], "set": {1, 2}, "frozenset": frozenset({"a"}),
        "od": OrderedDict([("z", 1), ("a", 2)]), 3: "int key", (1, 2): "tuple key", None: "none key",
        "dtype": yg.float16, "array": np.arange(6, dtype=np.int32).reshape(2, 3), "npscalar": np.float32(2.5),
    }
    out = _roundtrip(obj)
    assert list(out) == list(obj)
    for key in obj:
        if key in ("nan", "array"):
            continue
        assert out[key] == obj[key] and type(out[key]) is type(obj[key]), key
    assert math.isnan(out["nan"])
    assert out["array"].dtype == np.int32 and out["array"].tolist() == [[0, 1, 2], [3, 4, 5]]
    assert type(out["npscalar"]) is np.float32
    assert list(out["od"]) == ["z", "a"] and out["tuple"][1] == (2.5, "x") and type(out["tuple"][1]) is tuple
    assert out["true"] is True and type(out["int"]) is int


def test_floats_round_trip_exactly():
    values = [0.1, 1e308, 5e-324, -0.0, 2.0 ** -1074, 1 / 3]
    out = _roundtrip(values)
    assert [v.hex() for v in out] == [v.hex() for v in values]


def test_self_containing_list_is_refused_before_writing(tmp_path):
    loop = [1]
    loop.append(loop)
    path = tmp_path / "loop.pt"
    with pytest.raises(ValueError, match="contains itself"):
        save(loop, path)
    assert not path.exists()


# ---- model and optimizer checkpoints --------------------------------------------------------------------
def _model():
    return yg.nn.Sequential(yg.nn.Linear(3, 4), yg.nn.ReLU(), yg.nn.Linear(4, 2))


def test_model_state_dict_round_trip_through_a_path(tmp_path):
    yg.manual_seed(0)
    model = _model()
    path = tmp_path / "model.pt"
    save(model.state_dict(), path)
    loaded = load(path)
    assert type(loaded) is OrderedDict and list(loaded) == list(model.state_dict())
    fresh = _model()
    fresh.load_state_dict(load(str(path)))
    for (name, a), (_, b) in zip(model.state_dict().items(), fresh.state_dict().items()):
        assert _bits(a) == _bits(b), name
    x = yg.randn(5, 3)
    assert fresh(x).tolist() == model(x).tolist()


@pytest.mark.parametrize("make_opt", [lambda p: yg.optim.Adam(p, lr=0.01),
                                      lambda p: yg.optim.SGD(p, lr=0.1, momentum=0.9)], ids=["adam", "sgd-momentum"])
def test_optimizer_state_dict_round_trip_and_resume(tmp_path, make_opt):
    yg.manual_seed(1)
    x, y = yg.randn(8, 3), yg.randn(8, 2)

    def step(model, opt):
        opt.zero_grad()
        yg.nn.functional.mse_loss(model(x), y).backward()
        opt.step()

    model = _model()
    opt = make_opt(model.parameters())
    step(model, opt)
    path = tmp_path / "ckpt.pt"
    save({"model": model.state_dict(), "optim": opt.state_dict(), "epoch": 1}, path)

    step(model, opt)  # the uninterrupted run
    resumed_model = _model()
    resumed_opt = make_opt(resumed_model.parameters())
    ckpt = load(path)
    resumed_model.load_state_dict(ckpt["model"])
    resumed_opt.load_state_dict(ckpt["optim"])
    assert ckpt["epoch"] == 1
    assert ckpt["optim"]["param_groups"][0]["params"] == [0, 1, 2, 3]
    assert ckpt["optim"]["param_groups"] == opt.state_dict()["param_groups"]
    step(resumed_model, resumed_opt)
    for a, b in zip(model.parameters(), resumed_model.parameters()):
        assert _bits(a) == _bits(b)


# ---- f, map_location, weights_only ----------------------------------------------------------------------
def test_file_objects_and_path_like(tmp_path):
    path = tmp_path / "t.pt"
    with open(path, "wb") as fh:
        save(yg.tensor([1, 2]), fh)
    with open(path, "rb") as fh:
        assert load(fh).tolist() == [1, 2]
    save([1], os.fspath(path))
    assert load(path) == [1]

    class Unseekable(io.RawIOBase):
        def __init__(self, payload):
            self.inner = io.BytesIO(payload)

        def readable(self):
            return True

        def readinto(self, b):
            return self.inner.readinto(b)

    assert load(Unseekable(path.read_bytes())) == [1]
    with pytest.raises(TypeError, match="path or a binary file object"):
        save(1, 42)
    with pytest.raises(FileNotFoundError):
        load(tmp_path / "missing.pt")


def test_map_location():
    t = yg.tensor([1.0])
    assert _roundtrip(t, map_location="cpu").tolist() == [1.0]
    assert _roundtrip(t, map_location={"cuda:0": "cpu"}).tolist() == [1.0]
    assert _roundtrip(t, map_location=lambda storage, loc: storage).tolist() == [1.0]
    assert _roundtrip(t, map_location=lambda storage, loc: storage * 2).tolist() == [2.0]
    with pytest.raises(RuntimeError, match="Attempting to deserialize object on device 'cuda'"):
        _roundtrip(t, map_location="cuda")


def test_unsupported_objects_need_weights_only_false():
    model = _model()
    buf = io.BytesIO()
    save({"model": model, "step": 3}, buf)
    buf.seek(0)
    with pytest.raises(pickle.UnpicklingError, match="Weights only load failed.*Sequential.*weights_only=False"):
        load(buf)
    buf.seek(0)
    with pytest.raises(pickle.UnpicklingError):
        load(buf, weights_only=True)
    buf.seek(0)
    out = load(buf, weights_only=False)
    assert out["step"] == 3 and isinstance(out["model"], yg.nn.Sequential)
    assert out["model"][0].weight.tolist() == model[0].weight.tolist()
    buf.seek(0)
    with pytest.raises(RuntimeError, match="explicit pickle_module"):
        load(buf, pickle_module=pickle, weights_only=True)
    buf.seek(0)
    assert load(buf, pickle_module=pickle)["step"] == 3  # a pickle_module means weights_only=False, as in torch


# ---- hostile and broken files ---------------------------------------------------------------------------
class _Boom:
    """Unpickling this creates the file `marker`: a side effect visible from outside the unpickler."""

    def __init__(self, marker):
        self.marker = marker

    def __reduce__(self):
        return (pathlib.Path.touch, (pathlib.Path(self.marker),))


def test_raw_pickle_is_never_unpickled(tmp_path):
    marker = tmp_path / "executed"
    path = tmp_path / "evil.pt"
    path.write_bytes(pickle.dumps(_Boom(marker)))
    for weights_only in (None, False):
        with pytest.raises(pickle.UnpicklingError, match=r"evil\.pt is not a file written by yamlgrad's save.*pickle"):
            load(path, weights_only=weights_only)
    assert not marker.exists()
    pickle.loads(path.read_bytes())  # the control: this payload does run when unpickled
    assert marker.exists()


def test_pickle_hidden_in_a_checkpoint_is_not_run_by_default(tmp_path):
    marker = tmp_path / "executed"
    path = tmp_path / "hidden.pt"
    save({"x": _Boom(marker)}, path)
    with pytest.raises(pickle.UnpicklingError, match="hidden.pt"):
        load(path)
    assert not marker.exists()
    load(path, weights_only=False)  # only the explicit opt-in unpickles
    assert marker.exists()


def _forge(path, manifest, members=()):
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("manifest.json", json.dumps(manifest))
        for name, payload in members:
            zf.writestr(name, payload)


def test_object_array_pickle_in_npy_is_refused(tmp_path):
    # An .npy of dtype object embeds a pickle; it must be rejected unread, even with weights_only=False.
    marker = tmp_path / "executed"
    npy = io.BytesIO()
    np.save(npy, np.array([_Boom(marker)], dtype=object), allow_pickle=True)
    path = tmp_path / "objarray.pt"
    root = {"$": "tensor", "id": 0, "data": "data/0.npy", "requires_grad": False, "parameter": False}
    _forge(path, {"format": "yamlgrad.save", "version": 1, "root": root}, [("data/0.npy", npy.getvalue())])
    for weights_only in (None, False):
        with pytest.raises(RuntimeError, match="objarray.pt"):
            load(path, weights_only=weights_only)
    assert not marker.exists()


def test_wrong_magic_and_foreign_zips(tmp_path):
    path = tmp_path / "garbage.bin"
    path.write_bytes(b"hello world, not a checkpoint")
    with pytest.raises(pickle.UnpicklingError, match=r"garbage\.bin .*does not start with a zip header"):
        load(path)
    empty = tmp_path / "empty.pt"
    empty.write_bytes(b"")
    with pytest.raises(pickle.UnpicklingError, match="empty.pt"):
        load(empty)
    torch_like = tmp_path / "torch.pt"
    with zipfile.ZipFile(torch_like, "w") as zf:
        zf.writestr("archive/data.pkl", pickle.dumps({"a": 1}))
    with pytest.raises(pickle.UnpicklingError, match="looks like a PyTorch checkpoint"):
        load(torch_like)
    other = tmp_path / "other.pt"
    _forge(other, {"format": "something-else", "root": 1})
    with pytest.raises(pickle.UnpicklingError, match="does not describe a yamlgrad.save checkpoint"):
        load(other)


def test_truncated_and_corrupted_files(tmp_path):
    buf = io.BytesIO()
    save({"w": yg.arange(1000).float()}, buf)
    payload = buf.getvalue()
    path = tmp_path / "cut.pt"
    for cut in (len(payload) // 2, len(payload) - 10, 30):
        path.write_bytes(payload[:cut])
        with pytest.raises(RuntimeError, match=r"cut\.pt is a truncated or corrupted checkpoint"):
            load(path)
    # Flip one byte inside the array data: the zip CRC must catch it.
    flipped = bytearray(payload)
    at = payload.index(struct.pack("<f", 500.0))
    flipped[at] ^= 0xFF
    path.write_bytes(bytes(flipped))
    with pytest.raises(RuntimeError, match="cut.pt"):
        load(path)


def test_malformed_manifests(tmp_path):
    path = tmp_path / "bad.pt"
    cases = [
        {"format": "yamlgrad.save", "version": 1, "root": {"$": "eval", "code": "1"}},
        {"format": "yamlgrad.save", "version": 1, "root": {"$": "tensor_ref", "id": 5}},
        {"format": "yamlgrad.save", "version": 1, "root": {"$": "float"}},
        {"format": "yamlgrad.save", "version": 1, "root": {"$": "ndarray", "data": "data/missing.npy"}},
        {"format": "yamlgrad.save", "version": 1, "root": {"$": "dict", "items": [[1]]}},
        {"format": "yamlgrad.save", "version": 1, "root": {"$": "dtype", "str": "O"}},
        {"format": "yamlgrad.save", "version": 1, "root": 1.5},
    ]
    for manifest in cases:
        _forge(path, manifest)
        with pytest.raises(RuntimeError, match=r"bad\.pt"):
            load(path)
    _forge(path, {"format": "yamlgrad.save", "version": 99, "root": 1})
    with pytest.raises(RuntimeError, match="format version 99"):
        load(path)
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("manifest.json", b"\xff{not json")
    with pytest.raises(RuntimeError, match="unreadable manifest.json"):
        load(path)


def test_save_and_load_are_top_level_names_as_in_torch(tmp_path):
    # programs call torch.save / torch.load, not torch.serialization.save
    import yamlgrad.serialization as serialization
    assert yg.save is serialization.save and yg.load is serialization.load
    path = tmp_path / "ckpt.pt"
    yg.save({"w": yg.arange(3.0), "step": 2}, path)
    back = yg.load(path)
    assert back["step"] == 2 and np.array_equal(back["w"].numpy(), np.arange(3.0))

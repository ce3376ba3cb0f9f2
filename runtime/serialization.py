"""save / load: torch.save and torch.load's names and arguments, in a format that loads without running code.

A checkpoint is a zip archive (stored, uncompressed) holding

* `manifest.json`: the saved object as JSON, where containers, tensors and the other supported
  values are tagged nodes (see `_Encoder`), and
* `data/<n>.npy`: the arrays, written with `np.save(allow_pickle=False)`, so their bytes, dtype and
  shape come back bit-exact and reading them cannot execute code.

Supported values: None, bool, int, float (bit-exact, nan and inf included), complex, str, bytes,
bytearray, list, tuple, set, frozenset, dict and OrderedDict (any key types from this list, order
kept), NumPy dtypes, arrays and scalars of non-object dtypes, and Tensors and nn.Parameters (their
data, dtype and requires_grad; not their .grad, as in torch). A tensor that appears several times in
`obj` is loaded as one tensor appearing several times. Tensors that are distinct objects are loaded as
distinct arrays even when they were views of one another (torch would keep them sharing storage).

Anything else (a whole Module, a namedtuple, a user class) is pickled into `pickle/<n>.pkl` by save,
which is what torch.save does. load refuses such entries unless called with weights_only=False, in
the same way as torch.load since PyTorch 2.6: that flag is the explicit promise that the file is
trusted, because unpickling can run arbitrary code. Without it, load only ever parses JSON and .npy.
"""
from __future__ import annotations

import base64
import io
import json
import os
import pickle
import re
import zipfile
from collections import OrderedDict

import numpy as np
from numpy.lib import format as npy_format

import yamlgrad.namespace as yg
from yamlgrad.nn.parameter import Parameter

__all__ = ["save", "load"]

FORMAT = "yamlgrad.save"
VERSION = 1
MANIFEST = "manifest.json"
# Local file header of a zip member / end record of an empty zip: what every checkpoint starts with.
_ZIP_MAGICS = (b"PK\x03\x04", b"PK\x05\x06")
_DTYPE_STR = re.compile(r"^[<>|=][a-zA-Z]\d*$")  # e.g. '<f4', '|b1': plain (non-structured) dtypes


# ---- writing ------------------------------------------------------------------------------------------
class _Encoder:
    """Turns an object into a JSON-able tree, collecting the arrays and pickles to store next to it.

    JSON null / true / false, ints, strings and lists stand for themselves; every other value is a
    JSON object tagged by its "$" key.
    """

    def __init__(self, pickle_module, pickle_protocol: int) -> None:
        self.members: list[tuple[str, object]] = []  # (member name, ndarray or pickled bytes)
        self.tensor_ids: dict[int, tuple[int, object]] = {}  # id(tensor) -> (index, tensor kept alive)
        self.open_containers: set[int] = set()
        self.pickle_module = pickle_module
        self.pickle_protocol = pickle_protocol

    def _store(self, folder: str, payload, suffix: str) -> str:
        name = f"{folder}/{len(self.members)}{suffix}"
        self.members.append((name, payload))
        return name

    def encode(self, obj):
        kind = type(obj)
        if obj is None or kind in (bool, int, str):
            return obj
        if kind is float:
            return {"$": "float", "hex": obj.hex()}
        if kind is complex:
            return {"$": "complex", "real": obj.real.hex(), "imag": obj.imag.hex()}
        if kind in (bytes, bytearray):
            return {"$": kind.__name__, "b64": base64.b64encode(obj).decode("ascii")}
        if isinstance(obj, yg.Tensor) and (kind is yg.Tensor or _is_parameter_class(kind)):
            return self._tensor(obj)
        if isinstance(obj, np.ndarray) and not obj.dtype.hasobject:  # memmaps etc. load as plain arrays
            return {"$": "ndarray", "data": self._store("data", np.asarray(obj), ".npy")}
        if isinstance(obj, np.generic) and not obj.dtype.hasobject:
            return {"$": "npscalar", "data": self._store("data", np.asarray(obj), ".npy")}
        if isinstance(obj, np.dtype) and _DTYPE_STR.match(obj.str) and not obj.hasobject:
            return {"$": "dtype", "str": obj.str}
        if kind in (list, tuple, set, frozenset, dict, OrderedDict):
            return self._container(obj)
        return self._pickle(obj)

    def _container(self, obj):
        # A container holding itself has no JSON form (pickle can; torch.save would).
        if id(obj) in self.open_containers:
            raise ValueError(f"cannot save a {type(obj).__name__} that contains itself")
        self.open_containers.add(id(obj))
        try:
            if isinstance(obj, dict):
                items = [[self.encode(k), self.encode(v)] for k, v in obj.items()]
                return {"$": type(obj).__name__, "items": items}
            items = [self.encode(v) for v in obj]
            return items if type(obj) is list else {"$": type(obj).__name__, "items": items}
        finally:
            self.open_containers.discard(id(obj))

    def _tensor(self, t):
        seen = self.tensor_ids.get(id(t))
        if seen is not None:
            return {"$": "tensor_ref", "id": seen[0]}
        index = len(self.tensor_ids)
        self.tensor_ids[id(t)] = (index, t)
        return {"$": "tensor", "id": index, "data": self._store("data", t.detach().numpy(), ".npy"),
                "requires_grad": bool(t.requires_grad), "parameter": type(t) is not yg.Tensor}

    def _pickle(self, obj):
        payload = self.pickle_module.dumps(obj, protocol=self.pickle_protocol)
        return {"$": "pickle", "type": f"{type(obj).__module__}.{type(obj).__qualname__}",
                "data": self._store("pickle", payload, ".pkl")}


def _is_parameter_class(kind) -> bool:
    # Compared by identity rather than isinstance: a subclass of Parameter may carry state that only
    # pickle would keep. nn loads lazily, and only a non-Tensor subclass needs it here.
    return kind is Parameter


def save(obj, f, pickle_module=pickle, pickle_protocol: int = 2, _use_new_zipfile_serialization: bool = True,
         _disable_byteorder_record: bool = False) -> None:
    """Write `obj` to `f` (a path, or a binary file object opened for writing).

    `pickle_module` and `pickle_protocol` are used only for values that have no safe form (see the
    module docstring); the last two arguments exist for torch's signature and change nothing.
    """
    encoder = _Encoder(pickle_module, pickle_protocol)
    manifest = {"format": FORMAT, "version": VERSION, "root": encoder.encode(obj)}
    # Build the whole manifest before opening `f`: an unsavable object must not leave a half-written file.
    text = json.dumps(manifest, ensure_ascii=True, allow_nan=False).encode("ascii")
    if isinstance(f, (str, os.PathLike)):
        with open(f, "wb") as fh:
            _write_zip(fh, text, encoder.members)
    elif hasattr(f, "write"):
        _write_zip(f, text, encoder.members)
    else:
        raise TypeError(f"save: f must be a path or a binary file object opened for writing, got {type(f).__name__}")


def _write_zip(fh, manifest: bytes, members) -> None:
    with zipfile.ZipFile(fh, "w", compression=zipfile.ZIP_STORED, allowZip64=True) as zf:
        zf.writestr(MANIFEST, manifest)  # first, so that a file's opening bytes identify it
        for name, payload in members:
            if isinstance(payload, bytes):
                zf.writestr(name, payload)
            else:
                with zf.open(name, "w", force_zip64=True) as out:  # an array's size is not known up front
                    np.save(out, payload, allow_pickle=False)


# ---- reading ------------------------------------------------------------------------------------------
class _Corrupted(Exception):
    """A structural problem found while decoding; load reports it with the file's name."""


class _Decoder:
    """Rebuilds the object from the manifest tree, reading arrays (and, if allowed, pickles) from the zip."""

    def __init__(self, zf: zipfile.ZipFile, name: str, weights_only: bool, place, pickle_module, pickle_args):
        self.zf = zf
        self.name = name
        self.weights_only = weights_only
        self.place = place
        self.pickle_module = pickle_module
        self.pickle_args = pickle_args
        self.tensors: dict[int, object] = {}

    def decode(self, node):
        kind = type(node)
        if node is None or kind in (bool, int, str):
            return node
        if kind is list:
            return [self.decode(v) for v in node]
        if kind is not dict:
            raise _Corrupted(f"unexpected JSON value of type {kind.__name__}")
        handler = _NODE_HANDLERS.get(node.get("$"))
        if handler is None:
            raise _Corrupted(f"unknown node kind {node.get('$')!r}")
        try:
            return handler(self, node)
        except (KeyError, TypeError, ValueError, OverflowError) as exc:
            raise _Corrupted(f"malformed {node.get('$')!r} node ({type(exc).__name__}: {exc})") from None

    def items(self, node) -> list:
        items = node["items"]
        if type(items) is not list:
            raise _Corrupted(f"the items of a {node['$']!r} node are not a list")
        return [self.decode(v) for v in items]

    def array(self, member: str) -> np.ndarray:
        if type(member) is not str:
            raise _Corrupted("an array reference is not a member name")
        with self.zf.open(member) as fh:
            array = npy_format.read_array(fh, allow_pickle=False)
            if fh.read(1):  # also reads to the end of the member, where zipfile checks its CRC
                raise _Corrupted(f"trailing bytes after the array in {member}")
        return array if array.flags.writeable else array.copy()

    def tensor(self, node):
        index = node["id"]
        if type(index) is not int or index in self.tensors:
            raise _Corrupted("bad tensor id")
        data = yg.from_numpy(self.array(node["data"]))
        if node["parameter"]:
            out = Parameter(data, requires_grad=bool(node["requires_grad"]))
        else:
            out = data.requires_grad_(True) if node["requires_grad"] else data
        out = self.place(out)
        self.tensors[index] = out
        return out

    def tensor_ref(self, node):
        try:
            return self.tensors[node["id"]]
        except (KeyError, TypeError):
            raise _Corrupted("a tensor reference points to no earlier tensor") from None

    def pickled(self, node):
        if self.weights_only:
            raise pickle.UnpicklingError(
                f"Weights only load failed: {self.name} contains a pickled {node.get('type', 'object')!s}, "
                "and unpickling can run arbitrary code. Re-run load with weights_only=False only if you "
                "trust the source of the file.")
        return self.pickle_module.loads(self.zf.read(node["data"]), **self.pickle_args)


def _mapping(cls):
    def build(decoder: _Decoder, node):
        pairs = node["items"]
        if type(pairs) is not list or any(type(p) is not list or len(p) != 2 for p in pairs):
            raise _Corrupted(f"the items of a {node['$']!r} node are not key/value pairs")
        return cls((decoder.decode(k), decoder.decode(v)) for k, v in pairs)
    return build


def _sequence(cls):
    return lambda decoder, node: cls(decoder.items(node))


_NODE_HANDLERS = {
    "float": lambda d, n: float.fromhex(n["hex"]),
    "complex": lambda d, n: complex(float.fromhex(n["real"]), float.fromhex(n["imag"])),
    "bytes": lambda d, n: base64.b64decode(n["b64"], validate=True),
    "bytearray": lambda d, n: bytearray(base64.b64decode(n["b64"], validate=True)),
    "tuple": _sequence(tuple),
    "set": _sequence(set),
    "frozenset": _sequence(frozenset),
    "dict": _mapping(dict),
    "OrderedDict": _mapping(OrderedDict),
    "dtype": lambda d, n: np.dtype(n["str"]) if _DTYPE_STR.match(n["str"]) else _raise(f"bad dtype {n['str']!r}"),
    "ndarray": lambda d, n: d.array(n["data"]),
    "npscalar": lambda d, n: d.array(n["data"])[()],
    "tensor": _Decoder.tensor,
    "tensor_ref": _Decoder.tensor_ref,
    "pickle": _Decoder.pickled,
}


def _raise(message: str):
    raise _Corrupted(message)


def _placement(map_location):
    """The function applied to each loaded tensor for `map_location`. yamlgrad has only the CPU, so any
    other target is an error, as torch.load's is when that device is unavailable."""
    if map_location is None:
        return lambda t: t
    if callable(map_location) and not isinstance(map_location, (str, dict)):
        # torch calls it as fn(storage, location) and keeps the storage when it returns None.
        def call(t):
            out = map_location(t, "cpu")
            return out if isinstance(out, yg.Tensor) else t
        return call
    target = map_location.get("cpu", "cpu") if isinstance(map_location, dict) else map_location
    device = str(getattr(target, "type", target))
    if device.split(":")[0] != "cpu":
        raise RuntimeError(f"Attempting to deserialize object on device {device!r}, but yamlgrad runs on the CPU "
                           "only. Use load with map_location='cpu'.")
    return lambda t: t


def load(f, map_location=None, pickle_module=None, *, weights_only=None, mmap=None, **pickle_load_args):
    """Read an object written by `save` from `f` (a path, or a binary file object).

    weights_only (default: True unless a pickle_module is given, as in torch) refuses the pickled
    entries that `save` writes for values with no safe form; weights_only=False unpickles them, so
    use it only for trusted files. `mmap` is accepted and ignored (the file is read into memory).
    Raises pickle.UnpicklingError for a file that is not a checkpoint of this format and
    RuntimeError for a truncated or corrupted one, naming the file in both cases.
    """
    if weights_only is None:
        weights_only = pickle_module is None
    if weights_only and pickle_module is not None:
        raise RuntimeError("Can not safely load weights when explicit pickle_module is specified")
    place = _placement(map_location)
    if isinstance(f, (str, os.PathLike)):
        name = os.fspath(f)
        with open(f, "rb") as fh:
            return _load_stream(fh, name, weights_only, place, pickle_module or pickle, pickle_load_args)
    if not hasattr(f, "read"):
        raise TypeError(f"load: f must be a path or a binary file object, got {type(f).__name__}")
    name = str(getattr(f, "name", "<file object>"))
    if not (hasattr(f, "seekable") and f.seekable()):
        f = io.BytesIO(f.read())  # zipfile needs to seek to the central directory at the end
    return _load_stream(f, name, weights_only, place, pickle_module or pickle, pickle_load_args)


def _load_stream(fh, name: str, weights_only: bool, place, pickle_module, pickle_args):
    start = fh.tell()
    head = fh.read(4)
    fh.seek(start)
    if head not in _ZIP_MAGICS:
        hint = " (it looks like a pickle, which is never unpickled here)" if head[:1] == b"\x80" else ""
        raise pickle.UnpicklingError(f"{name} is not a file written by yamlgrad's save: it does not start with "
                                     f"a zip header{hint}")
    try:
        with zipfile.ZipFile(fh) as zf:
            manifest = _read_manifest(zf, name)
            decoder = _Decoder(zf, name, weights_only, place, pickle_module, pickle_args)
            return decoder.decode(manifest["root"])
    except _Corrupted as exc:
        raise RuntimeError(f"{name} is a corrupted checkpoint: {exc}") from None
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, OSError, KeyError, ValueError) as exc:
        raise RuntimeError(f"{name} is a truncated or corrupted checkpoint ({type(exc).__name__}: {exc})") from None
    except RecursionError:
        raise RuntimeError(f"{name} is nested too deeply to load") from None


def _read_manifest(zf: zipfile.ZipFile, name: str) -> dict:
    names = set(zf.namelist())
    if MANIFEST not in names:
        torch_like = any(n == "data.pkl" or n.endswith("/data.pkl") for n in names)
        hint = ("; it looks like a PyTorch checkpoint, whose pickle-based format yamlgrad does not read"
                if torch_like else "")
        raise pickle.UnpicklingError(f"{name} is not a file written by yamlgrad's save: it has no {MANIFEST}{hint}")
    try:
        manifest = json.loads(zf.read(MANIFEST).decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise _Corrupted(f"unreadable {MANIFEST} ({exc})") from None
    if type(manifest) is not dict or manifest.get("format") != FORMAT or "root" not in manifest:
        raise pickle.UnpicklingError(f"{name} is not a file written by yamlgrad's save: its {MANIFEST} does not "
                                     f"describe a {FORMAT} checkpoint")
    version = manifest.get("version")
    if type(version) is not int or version > VERSION:
        raise RuntimeError(f"{name} was written in format version {version!r}; this yamlgrad reads versions up "
                           f"to {VERSION}")
    return manifest

"""yamlgrad.utils.data: datasets, samplers, collation and DataLoader, checked against torch's behaviour
(expected values and messages recorded from torch 2.13)."""
import collections
import warnings

import numpy as np
import pytest

import yamlgrad as yg
import yamlgrad.utils.data as data
from yamlgrad.utils.data import DataLoader, default_collate, default_convert


def _rows(n=10):
    """A TensorDataset whose sample i is (tensor([i, 10 * i]) as float32, int64 label i)."""
    x = yg.tensor([[float(i), 10.0 * i] for i in range(n)])
    y = yg.arange(n)
    return data.TensorDataset(x, y)


class Squares(data.Dataset):
    def __init__(self, n):
        self.n = n

    def __getitem__(self, i):
        if not 0 <= i < self.n:
            raise IndexError(i)
        return i * i

    def __len__(self):
        return self.n


class Stream(data.IterableDataset):
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return iter(range(self.n))


# ---- datasets -------------------------------------------------------------------------------------------
def test_tensor_dataset_indexes_all_tensors():
    ds = _rows(4)
    assert len(ds) == 4
    x, y = ds[2]
    assert x.tolist() == [2.0, 20.0] and y.item() == 2
    with pytest.raises(AssertionError, match="Size mismatch between tensors"):
        data.TensorDataset(yg.ones(2), yg.ones(3))


def test_base_classes_are_abstract_and_add():
    with pytest.raises(NotImplementedError, match="Subclasses of Dataset should implement __getitem__."):
        data.Dataset()[0]
    with pytest.raises(NotImplementedError):
        iter(data.Sampler())
    both = Squares(2) + Squares(3)
    assert isinstance(both, data.ConcatDataset) and [both[i] for i in range(5)] == [0, 1, 0, 1, 4]
    chained = Stream(2) + Stream(3)
    assert isinstance(chained, data.ChainDataset) and list(chained) == [0, 1, 0, 1, 2]
    with pytest.raises(TypeError):
        len(chained)  # the streams have no length


def test_concat_dataset_indexing():
    ds = data.ConcatDataset([[1, 2], [3], [4, 5, 6]])
    assert ds.cumulative_sizes == [2, 3, 6] and len(ds) == 6
    assert [ds[i] for i in range(6)] == [1, 2, 3, 4, 5, 6]
    assert ds[-1] == 6 and ds[-6] == 1
    with pytest.raises(ValueError, match="absolute value of index should not exceed dataset length"):
        ds[-7]
    with pytest.raises(IndexError):
        ds[6]
    with pytest.raises(AssertionError, match="datasets should not be an empty iterable"):
        data.ConcatDataset([])
    with pytest.raises(AssertionError, match="ConcatDataset does not support IterableDataset"):
        data.ConcatDataset([Stream(2)])


def test_subset_maps_indices_and_forwards_batched_reads():
    sub = data.Subset(Squares(10), [9, 3, 5])
    assert len(sub) == 3 and [sub[i] for i in range(3)] == [81, 9, 25]
    assert sub.__getitems__([2, 0]) == [25, 81]

    class Batched(Squares):
        calls = []

        def __getitems__(self, indices):
            self.calls.append(list(indices))
            return [i * i for i in indices]

    inner = Batched(10)
    assert data.Subset(inner, [9, 3, 5]).__getitems__([2, 0]) == [25, 81]
    assert inner.calls == [[5, 9]]


# ---- random_split ---------------------------------------------------------------------------------------
def test_random_split_partitions_with_int_lengths():
    yg.manual_seed(0)
    parts = data.random_split(range(10), [3, 7])
    assert [len(p) for p in parts] == [3, 7]
    assert sorted(list(parts[0]) + list(parts[1])) == list(range(10))


def test_random_split_fractions_distribute_the_remainder_like_torch():
    assert [len(p) for p in data.random_split(range(10), [0.33, 0.33, 0.34])] == [4, 3, 3]
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        lengths = [len(p) for p in data.random_split(range(3), [0.1, 0.1, 0.8])]
    assert lengths == [1, 0, 2]
    assert any("Length of split at index 1 is 0" in str(w.message) for w in caught)


def test_random_split_errors():
    with pytest.raises(ValueError, match="Sum of input lengths does not equal the length of the input dataset!"):
        data.random_split(range(10), [3, 3])
    with pytest.raises(ValueError, match="Fraction at index 0 is not between 0 and 1"):
        data.random_split(range(10), [1.5, -0.5])


def test_random_split_generator_reproduces_and_global_seed_reproduces():
    a = data.random_split(range(20), [5, 15], generator=np.random.default_rng(3))
    b = data.random_split(range(20), [5, 15], generator=np.random.default_rng(3))
    assert a[0].indices == b[0].indices and a[1].indices == b[1].indices
    yg.manual_seed(11)
    c = data.random_split(range(20), [10, 10])
    yg.manual_seed(11)
    d = data.random_split(range(20), [10, 10])
    assert c[0].indices == d[0].indices
    assert c[0].indices != sorted(c[0].indices) or c[1].indices != sorted(c[1].indices)


# ---- samplers -------------------------------------------------------------------------------------------
def test_sequential_and_random_sampler():
    assert list(data.SequentialSampler(range(4))) == [0, 1, 2, 3]
    yg.manual_seed(0)
    order = list(data.RandomSampler(range(50)))
    assert sorted(order) == list(range(50)) and order != list(range(50))
    assert all(type(i) is int for i in order)


def test_random_sampler_num_samples_and_replacement():
    s = data.RandomSampler(range(5), num_samples=12)
    assert len(s) == 12
    counts = collections.Counter(s)
    assert sorted(counts) == [0, 1, 2, 3, 4] and sorted(counts.values()) == [2, 2, 2, 3, 3]
    r = list(data.RandomSampler(range(3), replacement=True, num_samples=40, generator=np.random.default_rng(1)))
    assert len(r) == 40 and set(r) <= {0, 1, 2} and len(set(r)) == 3


def test_random_sampler_generator_reproduces():
    a = list(data.RandomSampler(range(30), generator=np.random.default_rng(5)))
    b = list(data.RandomSampler(range(30), generator=np.random.default_rng(5)))
    assert a == b


def test_random_sampler_errors():
    with pytest.raises(ValueError, match="num_samples should be a positive integer value, but got num_samples=0"):
        data.RandomSampler([])
    with pytest.raises(TypeError, match="replacement should be a boolean value, but got replacement=1"):
        data.RandomSampler([1], replacement=1)
    with pytest.raises(ValueError, match="num_samples=0"):
        data.RandomSampler([1], num_samples=0)
    with pytest.raises(TypeError, match="generator must be"):
        list(data.RandomSampler([1, 2], generator=object()))


def test_subset_random_sampler():
    s = data.SubsetRandomSampler([10, 20, 30, 40], generator=np.random.default_rng(0))
    assert len(s) == 4 and sorted(s) == [10, 20, 30, 40]
    assert list(data.SubsetRandomSampler([])) == []


def test_weighted_random_sampler_respects_zero_weights():
    with_repl = list(data.WeightedRandomSampler([0.0, 1.0, 3.0], 200, generator=np.random.default_rng(0)))
    counts = collections.Counter(with_repl)
    assert 0 not in counts and counts[2] > counts[1] > 0
    no_repl = list(data.WeightedRandomSampler([0.0, 1.0, 0.0, 2.0], 4, replacement=False,
                                              generator=np.random.default_rng(0)))
    assert sorted(no_repl[:2]) == [1, 3] and sorted(no_repl[2:]) == [0, 2]


def test_weighted_random_sampler_errors():
    with pytest.raises(ValueError, match=r"weights should be a 1d sequence but given weights have shape \(1, 1\)"):
        data.WeightedRandomSampler([[1.0]], 1)
    with pytest.raises(ValueError, match="num_samples=1.5"):
        data.WeightedRandomSampler([1.0], 1.5)
    with pytest.raises(ValueError, match="replacement should be a boolean value, but got replacement=None"):
        data.WeightedRandomSampler([1.0], 1, replacement=None)
    with pytest.raises(RuntimeError, match="cannot sample n_sample > prob_dist.size"):
        list(data.WeightedRandomSampler([1.0, 0.0], 3, replacement=False))
    with pytest.raises(RuntimeError, match="element < 0"):
        list(data.WeightedRandomSampler([1.0, -1.0], 1))
    with pytest.raises(RuntimeError, match="sum of probabilities <= 0"):
        list(data.WeightedRandomSampler([0.0, 0.0], 1))


def test_batch_sampler():
    assert list(data.BatchSampler(range(7), 3, False)) == [[0, 1, 2], [3, 4, 5], [6]]
    assert list(data.BatchSampler(range(7), 3, True)) == [[0, 1, 2], [3, 4, 5]]
    assert len(data.BatchSampler(range(7), 3, False)) == 3 and len(data.BatchSampler(range(7), 3, True)) == 2
    with pytest.raises(ValueError, match="batch_size should be a positive integer value, but got batch_size=0"):
        data.BatchSampler([1], 0, False)
    with pytest.raises(ValueError, match="batch_size=True"):
        data.BatchSampler([1], True, False)
    with pytest.raises(ValueError, match="drop_last should be a boolean value, but got drop_last=0"):
        data.BatchSampler([1], 2, 0)


# ---- collation ------------------------------------------------------------------------------------------
def test_default_collate_number_dtypes_follow_torch():
    assert default_collate([1.0, 2.0]).dtype == yg.float64
    assert default_collate([1, 2]).dtype == yg.int64
    assert default_collate([True, False]).dtype == yg.bool
    assert default_collate([1, 2.0]).dtype == yg.float32  # torch.tensor([1, 2.0])
    assert default_collate([np.float32(1), np.float32(2)]).dtype == yg.float32
    assert default_collate([np.float64(1), np.float64(2)]).dtype == yg.float64
    assert default_collate([np.int32(1), np.int32(2)]).dtype == yg.int32
    arrays = default_collate([np.array([1, 2], dtype=np.int16)] * 3)
    assert arrays.dtype == yg.int16 and arrays.shape == (3, 2)
    zero_d = default_collate([np.array(1.5), np.array(2.5)])
    assert zero_d.dtype == yg.float64 and zero_d.tolist() == [1.5, 2.5]


def test_default_collate_tensors_stack():
    out = default_collate([yg.tensor([1.0, 2.0]), yg.tensor([3.0, 4.0])])
    assert isinstance(out, yg.Tensor) and out.shape == (2, 2) and out.tolist() == [[1, 2], [3, 4]]
    assert out.dtype == yg.float32
    assert default_collate([yg.tensor(1), yg.tensor(2)]).tolist() == [1, 2]


def test_default_collate_containers():
    pairs = default_collate([(1, 2.0), (3, 4.0)])
    assert isinstance(pairs, list) and pairs[0].tolist() == [1, 3] and pairs[1].dtype == yg.float64
    lists = default_collate([[1, 2], [3, 4]])
    assert isinstance(lists, list) and [t.tolist() for t in lists] == [[1, 3], [2, 4]]
    d = default_collate([{"a": 1, "b": "x"}, {"a": 2, "b": "y"}])
    assert d["a"].tolist() == [1, 2] and d["b"] == ["x", "y"]
    assert type(default_collate([collections.OrderedDict(a=1)])) is collections.OrderedDict
    P = collections.namedtuple("P", "x y")
    p = default_collate([P(1, 2.0), P(3, 4.0)])
    assert type(p) is P and p.x.tolist() == [1, 3] and p.y.dtype == yg.float64
    assert default_collate(["a", "b"]) == ["a", "b"] and default_collate([b"a", b"b"]) == [b"a", b"b"]


def test_default_collate_errors():
    with pytest.raises(RuntimeError, match="each element in list of batch should be of equal size"):
        default_collate([[1, 2], [1]])
    with pytest.raises(TypeError, match="default_collate: batch must contain tensors, numpy arrays, numbers, "
                                        "dicts or lists; found <class 'NoneType'>"):
        default_collate([None, None])
    with pytest.raises(TypeError, match="found <U1"):
        default_collate([np.array(["a"]), np.array(["b"])])


def test_default_convert():
    t = default_convert(np.array([1, 2]))
    assert isinstance(t, yg.Tensor) and t.dtype == yg.int64
    mixed = default_convert((np.array([1]), 2))
    assert isinstance(mixed, list) and isinstance(mixed[0], yg.Tensor) and mixed[1] == 2
    assert default_convert([np.float64(1.0)])[0].dtype == yg.float64
    assert default_convert({"k": np.zeros(2)})["k"].shape == (2,)
    assert default_convert("text") == "text"


# ---- DataLoader -----------------------------------------------------------------------------------------
def test_loader_batches_in_order_with_partial_last_batch():
    loader = DataLoader(_rows(10), batch_size=4)
    batches = list(loader)
    assert len(loader) == 3 and len(batches) == 3
    assert [b[0].shape for b in batches] == [(4, 2), (4, 2), (2, 2)]
    assert batches[0][0].dtype == yg.float32 and batches[0][1].dtype == yg.int64
    assert [int(v) for b in batches for v in b[1].tolist()] == list(range(10))
    assert len(iter(loader)) == 3


def test_loader_drop_last():
    loader = DataLoader(_rows(10), batch_size=4, drop_last=True)
    assert len(loader) == 2 and [b[1].tolist() for b in loader] == [[0, 1, 2, 3], [4, 5, 6, 7]]


def test_loader_shuffle_visits_every_index_once_per_epoch():
    yg.manual_seed(0)
    loader = DataLoader(_rows(30), batch_size=7, shuffle=True)
    epochs = [[i for _, y in loader for i in y.tolist()] for _ in range(2)]
    for order in epochs:
        assert sorted(order) == list(range(30))
    assert epochs[0] != list(range(30)) and epochs[0] != epochs[1]


def test_loader_shuffle_generator_reproduces():
    def order(seed):
        loader = DataLoader(Squares(20), batch_size=5, shuffle=True, generator=np.random.default_rng(seed))
        return [v for b in loader for v in b.tolist()]
    assert order(4) == order(4)
    assert sorted(order(4)) == sorted(i * i for i in range(20))


def test_loader_python_floats_collate_to_float64():
    loader = DataLoader([(0.5, 1), (1.5, 2), (2.5, 3)], batch_size=2)
    (xs, ys), _ = list(loader)
    assert xs.dtype == yg.float64 and ys.dtype == yg.int64 and xs.tolist() == [0.5, 1.5]


def test_loader_without_batching_converts_only():
    assert list(DataLoader(Squares(3), batch_size=None)) == [0, 1, 4]
    arrays = list(DataLoader([np.arange(2), np.arange(2)], batch_size=None))
    assert all(isinstance(a, yg.Tensor) and a.shape == (2,) for a in arrays)


def test_loader_custom_sampler_batch_sampler_and_collate_fn():
    loader = DataLoader(Squares(6), batch_size=2, sampler=[5, 4, 3, 2, 1, 0])
    assert [b.tolist() for b in loader] == [[25, 16], [9, 4], [1, 0]]
    loader = DataLoader(Squares(6), batch_sampler=[[0, 5], [1]])
    assert len(loader) == 2 and [b.tolist() for b in loader] == [[0, 25], [1]]
    loader = DataLoader(Squares(4), batch_size=3, collate_fn=lambda batch: sum(batch))
    assert list(loader) == [5, 9]


def test_loader_uses_batched_reads():
    class Batched(Squares):
        def __getitems__(self, indices):
            return [-i for i in indices]
    assert [b.tolist() for b in DataLoader(Batched(5), batch_size=2)] == [[0, -1], [-2, -3], [-4]]


def test_loader_argument_errors_match_torch():
    cases = [
        (dict(num_workers=-1), "num_workers option should be non-negative"),
        (dict(timeout=-1), "timeout option should be non-negative"),
        (dict(sampler=[0], shuffle=True), "sampler option is mutually exclusive with shuffle"),
        (dict(batch_sampler=[[0]], batch_size=2), "batch_sampler option is mutually exclusive with batch_size"),
        (dict(batch_size=None, drop_last=True), "batch_size=None option disables auto-batching"),
        (dict(prefetch_factor=2), "prefetch_factor option could only be specified in multiprocessing"),
        (dict(persistent_workers=True), "persistent_workers option needs num_workers > 0"),
    ]
    for kwargs, message in cases:
        with pytest.raises(ValueError, match=message):
            DataLoader([1], **kwargs)


def test_loader_attributes_are_frozen():
    loader = DataLoader([1, 2, 3], batch_size=2)
    with pytest.raises(ValueError, match="batch_size attribute should not be set after DataLoader is initialized"):
        loader.batch_size = 3
    loader.num_workers = 0  # not frozen in torch either
    assert loader.batch_size == 2


def test_loader_iterable_dataset():
    assert [b.tolist() for b in DataLoader(Stream(5), batch_size=2)] == [[0, 1], [2, 3], [4]]
    assert [b.tolist() for b in DataLoader(Stream(5), batch_size=2, drop_last=True)] == [[0, 1], [2, 3]]
    assert list(DataLoader(Stream(3), batch_size=None)) == [0, 1, 2]
    with pytest.raises(TypeError):
        len(DataLoader(Stream(5), batch_size=2))
    for name, value in (("shuffle", True), ("sampler", [0]), ("batch_sampler", [[0]])):
        with pytest.raises(ValueError, match=f"DataLoader with IterableDataset: expected unspecified {name} option"):
            DataLoader(Stream(5), **{name: value})

    class Sized(Stream):
        def __len__(self):
            return self.n
    assert len(DataLoader(Sized(5), batch_size=2)) == 3 and len(DataLoader(Sized(5), batch_size=2, drop_last=True)) == 2


def test_loader_workers_run_in_process_as_one_worker():
    seen = []

    class Sharded(data.IterableDataset):
        def __iter__(self):
            info = data.get_worker_info()
            seen.append(info)
            return iter(range(info.id, 6, info.num_workers))

    calls = []
    loader = DataLoader(Sharded(), batch_size=4, num_workers=3, worker_init_fn=calls.append, prefetch_factor=2)
    assert [b.tolist() for b in loader] == [[0, 1, 2, 3], [4, 5]]
    assert calls == [0] and seen[0].id == 0 and seen[0].num_workers == 1 and isinstance(seen[0].dataset, Sharded)
    assert data.get_worker_info() is None
    assert [b.tolist() for b in DataLoader(Squares(4), batch_size=2, num_workers=2)] == [[0, 1], [4, 9]]


def test_loader_trains_a_model():
    yg.manual_seed(0)
    x = yg.randn(64, 3)
    y = x @ yg.tensor([[1.0], [-2.0], [0.5]])
    model = yg.nn.Linear(3, 1)
    opt = yg.optim.SGD(model.parameters(), lr=0.1)
    loader = DataLoader(data.TensorDataset(x, y), batch_size=16, shuffle=True)

    def full_loss():
        with yg.no_grad():
            return yg.nn.functional.mse_loss(model(x), y).item()

    before = full_loss()
    for _ in range(20):
        for xb, yb in loader:
            opt.zero_grad()
            yg.nn.functional.mse_loss(model(xb), yb).backward()
            opt.step()
    assert full_loss() < before * 0.01


def test_reachable_as_yamlgrad_utils_data():
    import yamlgrad.utils
    assert yamlgrad.utils.data.DataLoader is DataLoader

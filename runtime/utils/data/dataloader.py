"""DataLoader: batches from a dataset, in the order its samplers give.

Everything runs in the calling process: `num_workers`, `pin_memory`, `prefetch_factor`,
`persistent_workers`, `timeout` and `multiprocessing_context` are checked as torch checks them and
otherwise change nothing (see `worker` for what datasets see when num_workers > 0).
"""
from __future__ import annotations

import math

from yamlgrad.utils.data._random import numpy_rng
from yamlgrad.utils.data.collate import default_collate, default_convert
from yamlgrad.utils.data.dataset import IterableDataset
from yamlgrad.utils.data.sampler import BatchSampler, RandomSampler, Sampler, SequentialSampler
from yamlgrad.utils.data.worker import WorkerInfo, as_worker

__all__ = ["DataLoader"]

# Fixed once the loader exists: they determine what was validated and what len() reports.
_FROZEN = ("batch_size", "batch_sampler", "sampler", "drop_last", "dataset", "persistent_workers")


class _EndlessSampler(Sampler):
    """The sampler of an IterableDataset: indices are meaningless there, so it yields None forever."""

    def __iter__(self):
        while True:
            yield None


class DataLoader:
    """Iterate over `dataset` in batches (torch.utils.data.DataLoader's arguments and checks)."""

    def __init__(self, dataset, batch_size=1, shuffle=None, sampler=None, batch_sampler=None, num_workers: int = 0,
                 collate_fn=None, pin_memory: bool = False, drop_last: bool = False, timeout: float = 0,
                 worker_init_fn=None, multiprocessing_context=None, generator=None, *, prefetch_factor=None,
                 persistent_workers: bool = False, pin_memory_device: str = "", in_order: bool = True) -> None:
        if num_workers < 0:
            raise ValueError("num_workers option should be non-negative; use num_workers=0 to disable multiprocessing.")
        if timeout < 0:
            raise ValueError("timeout option should be non-negative")
        if num_workers == 0 and prefetch_factor is not None:
            raise ValueError("prefetch_factor option could only be specified in multiprocessing.let num_workers > 0 "
                             "to enable multiprocessing, otherwise set prefetch_factor to None.")
        if persistent_workers and num_workers == 0:
            raise ValueError("persistent_workers option needs num_workers > 0")

        if isinstance(dataset, IterableDataset):
            # A stream has no indices to shuffle or sample: refuse rather than silently ignore.
            for name, value in (("shuffle", shuffle), ("sampler", sampler), ("batch_sampler", batch_sampler)):
                if value not in (None, False):
                    raise ValueError(f"DataLoader with IterableDataset: expected unspecified {name} option, "
                                     f"but got {name}={value}")
        if sampler is not None and shuffle:
            raise ValueError("sampler option is mutually exclusive with shuffle")
        if batch_sampler is not None:
            if batch_size != 1 or shuffle or sampler is not None or drop_last:
                raise ValueError("batch_sampler option is mutually exclusive with batch_size, shuffle, sampler, "
                                 "and drop_last")
            batch_size, drop_last = None, False
        elif batch_size is None and drop_last:
            raise ValueError("batch_size=None option disables auto-batching and is mutually exclusive with drop_last")

        if sampler is None:
            if isinstance(dataset, IterableDataset):
                sampler = _EndlessSampler()
            elif shuffle:
                sampler = RandomSampler(dataset, generator=generator)
            else:
                sampler = SequentialSampler(dataset)
        if batch_size is not None and batch_sampler is None:
            batch_sampler = BatchSampler(sampler, batch_size, drop_last)
        if collate_fn is None:
            collate_fn = default_collate if batch_sampler is not None else default_convert

        self.dataset = dataset
        self.batch_size = batch_size
        self.drop_last = drop_last
        self.sampler = sampler
        self.batch_sampler = batch_sampler
        self.num_workers = num_workers
        self.collate_fn = collate_fn
        self.pin_memory = pin_memory
        self.pin_memory_device = pin_memory_device
        self.timeout = timeout
        self.worker_init_fn = worker_init_fn
        self.multiprocessing_context = multiprocessing_context
        self.generator = generator
        self.prefetch_factor = prefetch_factor
        self.persistent_workers = persistent_workers
        self.in_order = in_order
        self._initialized = True

    def __setattr__(self, name, value) -> None:
        if getattr(self, "_initialized", False) and name in _FROZEN:
            raise ValueError(f"{name} attribute should not be set after {type(self).__name__} is initialized")
        super().__setattr__(name, value)

    @property
    def _auto_collation(self) -> bool:
        return self.batch_sampler is not None

    @property
    def _index_sampler(self):
        """What one iteration draws: batches of indices, or single indices when not batching."""
        return self.batch_sampler if self._auto_collation else self.sampler

    def __len__(self) -> int:
        if isinstance(self.dataset, IterableDataset):
            n = len(self.dataset)  # TypeError when the stream has no length, as in torch
            if self.batch_size is not None:
                n = n // self.batch_size if self.drop_last else math.ceil(n / self.batch_size)
            return n
        return len(self._index_sampler)

    def __iter__(self) -> "_LoaderIterator":
        return _LoaderIterator(self)


class _LoaderIterator:
    """One pass over a DataLoader."""

    def __init__(self, loader: DataLoader) -> None:
        self._loader = loader
        self._worker = None
        if loader.num_workers > 0:
            # One seed per pass, drawn like torch's base_seed (from the loader's generator if given).
            seed = int(numpy_rng(loader.generator).integers(0, 2 ** 63 - 1))
            self._worker = WorkerInfo(id=0, num_workers=1, seed=seed, dataset=loader.dataset)
            if loader.worker_init_fn is not None:
                with as_worker(self._worker):
                    loader.worker_init_fn(0)
        self._batches = self._generate()

    def _generate(self):
        loader = self._loader
        if isinstance(loader.dataset, IterableDataset):
            yield from self._from_stream()
            return
        for index in loader._index_sampler:
            yield loader.collate_fn(_fetch(loader.dataset, index) if loader._auto_collation else loader.dataset[index])

    def _from_stream(self):
        loader = self._loader
        stream = iter(loader.dataset)
        if not loader._auto_collation:
            for sample in stream:
                yield loader.collate_fn(sample)
            return
        # The batch sampler's lists (of None) set the batch sizes; the stream supplies the samples.
        for slots in loader.batch_sampler:
            batch = []
            for _ in slots:
                try:
                    batch.append(next(stream))
                except StopIteration:
                    break
            if not batch or (loader.drop_last and len(batch) < len(slots)):
                return
            yield loader.collate_fn(batch)
            if len(batch) < len(slots):
                return

    def __iter__(self) -> "_LoaderIterator":
        return self

    def __next__(self):
        if self._worker is None:
            return next(self._batches)
        with as_worker(self._worker):
            return next(self._batches)

    def __len__(self) -> int:
        return len(self._loader)


def _fetch(dataset, indices) -> list:
    """The samples of one batch, through the dataset's batched read when it has one."""
    batched = getattr(dataset, "__getitems__", None)
    if callable(batched):
        return batched(indices)
    return [dataset[i] for i in indices]

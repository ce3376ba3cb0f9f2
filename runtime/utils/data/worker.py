"""get_worker_info: what a dataset can ask about the worker loading it.

yamlgrad's DataLoader loads in the calling process even when num_workers > 0. It then presents that
work as one worker (id 0 of 1), so an IterableDataset that shards its stream with get_worker_info()
yields the whole stream exactly once. With num_workers == 0 there is no worker: None, as in torch.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

__all__ = ["WorkerInfo", "get_worker_info"]


@dataclass(frozen=True)
class WorkerInfo:
    id: int
    num_workers: int
    seed: int
    dataset: Any


_current: list = [None]  # the WorkerInfo of the loader being read right now, if any


def get_worker_info():
    """The WorkerInfo of the current worker, or None outside one."""
    return _current[0]


class as_worker:
    """Context manager making `info` the current worker info (nesting restores the previous one)."""

    def __init__(self, info) -> None:
        self.info = info

    def __enter__(self) -> None:
        self.previous = _current[0]
        _current[0] = self.info

    def __exit__(self, *exc) -> None:
        _current[0] = self.previous

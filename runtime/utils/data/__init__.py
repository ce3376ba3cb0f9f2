"""yamlgrad.utils.data: datasets, samplers and the DataLoader (torch.utils.data's names and arguments)."""
from yamlgrad.utils.data.collate import default_collate, default_convert
from yamlgrad.utils.data.dataloader import DataLoader
from yamlgrad.utils.data.dataset import (
    ChainDataset, ConcatDataset, Dataset, IterableDataset, Subset, TensorDataset)
from yamlgrad.utils.data.sampler import (
    BatchSampler, RandomSampler, Sampler, SequentialSampler, SubsetRandomSampler, WeightedRandomSampler)
from yamlgrad.utils.data.split import random_split
from yamlgrad.utils.data.worker import WorkerInfo, get_worker_info

__all__ = ["DataLoader", "Dataset", "IterableDataset", "TensorDataset", "ConcatDataset", "ChainDataset", "Subset",
           "random_split", "Sampler", "SequentialSampler", "RandomSampler", "SubsetRandomSampler",
           "WeightedRandomSampler", "BatchSampler", "default_collate", "default_convert", "get_worker_info",
           "WorkerInfo"]

# Generated from derivatives.yaml by yamlgrad.codegen — do not edit.
"""`chunk(Tensor self, int chunks, int dim=0) -> Tensor[]` [derivatives.yaml, entry chunk]: its backward against finite differences."""
import pytest

from yamlgrad.testing import check_sample, check_sample_forward, check_sample_second_order


@pytest.mark.parametrize("index", range(2), ids=['self=5x2,chunks=3', 'self=2x4,chunks=2,dim=-1'])
def test_chunk_gradcheck(index):
    check_sample("chunk", index)


@pytest.mark.parametrize("index", range(2), ids=['self=5x2,chunks=3', 'self=2x4,chunks=2,dim=-1'])
def test_chunk_forward_mode(index):
    check_sample_forward("chunk", index)


@pytest.mark.parametrize("index", range(2), ids=['self=5x2,chunks=3', 'self=2x4,chunks=2,dim=-1'])
def test_chunk_gradgradcheck(index):
    check_sample_second_order("chunk", index)

# Generated from derivatives.yaml by yamlgrad.codegen — do not edit.
"""`embedding(Tensor weight, Tensor indices, int padding_idx=-1, bool scale_grad_by_freq=False, bool sparse=False) -> Tensor` [derivatives.yaml, entry embedding]: its backward against finite differences."""
import pytest

from yamlgrad.testing import check_sample, check_sample_forward, check_sample_second_order


@pytest.mark.parametrize("index", range(3), ids=['weight=5x3,indices=2x4', 'weight=5x2,indices=6,padding_idx=4', 'weight=3x2,indices=0d'])
def test_embedding_gradcheck(index):
    check_sample("embedding", index)


@pytest.mark.parametrize("index", range(3), ids=['weight=5x3,indices=2x4', 'weight=5x2,indices=6,padding_idx=4', 'weight=3x2,indices=0d'])
def test_embedding_forward_mode(index):
    check_sample_forward("embedding", index)


@pytest.mark.parametrize("index", range(3), ids=['weight=5x3,indices=2x4', 'weight=5x2,indices=6,padding_idx=4', 'weight=3x2,indices=0d'])
def test_embedding_gradgradcheck(index):
    check_sample_second_order("embedding", index)

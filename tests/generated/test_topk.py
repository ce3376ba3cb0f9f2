# Generated from derivatives.yaml by yamlgrad.codegen — do not edit.
"""`topk(Tensor self, int k, int dim=-1, bool largest=True, bool sorted=True) -> (Tensor values, Tensor indices)` [derivatives.yaml, entry topk]: its backward against finite differences."""
import pytest

from yamlgrad.testing import check_sample, check_sample_forward, check_sample_second_order


@pytest.mark.parametrize("index", range(5), ids=['self=5,k=2', 'self=2x3,k=1,dim=0', 'self=2x5x3,k=3,dim=1,largest=False', 'self=3x4,k=4', 'self=0d,k=1'])
def test_topk_gradcheck(index):
    check_sample("topk", index)


@pytest.mark.parametrize("index", range(5), ids=['self=5,k=2', 'self=2x3,k=1,dim=0', 'self=2x5x3,k=3,dim=1,largest=False', 'self=3x4,k=4', 'self=0d,k=1'])
def test_topk_forward_mode(index):
    check_sample_forward("topk", index)


@pytest.mark.parametrize("index", range(5), ids=['self=5,k=2', 'self=2x3,k=1,dim=0', 'self=2x5x3,k=3,dim=1,largest=False', 'self=3x4,k=4', 'self=0d,k=1'])
def test_topk_gradgradcheck(index):
    check_sample_second_order("topk", index)

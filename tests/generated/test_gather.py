# Generated from derivatives.yaml by yamlgrad.codegen — do not edit.
"""`gather(Tensor self, int dim, Tensor index, *, bool sparse_grad=False) -> Tensor` [derivatives.yaml, entry gather]: its backward against finite differences."""
import pytest

from yamlgrad.testing import check_sample, check_sample_forward, check_sample_second_order


@pytest.mark.parametrize("index", range(6), ids=['self=3x4,dim=1,index=3x5', 'self=3x4,dim=0,index=4x2', 'self=2x3x4,dim=-1,index=2x2x3', 'self=5,dim=0,index=0d', 'self=0d,dim=0,index=3', 'self=0d,dim=-1,index=0d'])
def test_gather_gradcheck(index):
    check_sample("gather", index)


@pytest.mark.parametrize("index", range(6), ids=['self=3x4,dim=1,index=3x5', 'self=3x4,dim=0,index=4x2', 'self=2x3x4,dim=-1,index=2x2x3', 'self=5,dim=0,index=0d', 'self=0d,dim=0,index=3', 'self=0d,dim=-1,index=0d'])
def test_gather_forward_mode(index):
    check_sample_forward("gather", index)


@pytest.mark.parametrize("index", range(6), ids=['self=3x4,dim=1,index=3x5', 'self=3x4,dim=0,index=4x2', 'self=2x3x4,dim=-1,index=2x2x3', 'self=5,dim=0,index=0d', 'self=0d,dim=0,index=3', 'self=0d,dim=-1,index=0d'])
def test_gather_gradgradcheck(index):
    check_sample_second_order("gather", index)

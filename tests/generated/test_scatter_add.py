# Generated from derivatives.yaml by yamlgrad.codegen — do not edit.
"""`scatter_add(Tensor self, int dim, Tensor index, Tensor src) -> Tensor` [derivatives.yaml, entry scatter_add]: its backward against finite differences."""
import pytest

from yamlgrad.testing import check_sample, check_sample_forward, check_sample_second_order


@pytest.mark.parametrize("index", range(5), ids=['self=3x4,dim=1,index=3x6,src=3x6', 'self=3x4,dim=0,index=5x2,src=6x3', 'self=2x3x4,dim=-1,index=2x2x5,src=2x3x5', 'self=0d,dim=0,index=2,src=2', 'self=4,dim=0,index=0d,src=0d'])
def test_scatter_add_gradcheck(index):
    check_sample("scatter_add", index)


@pytest.mark.parametrize("index", range(5), ids=['self=3x4,dim=1,index=3x6,src=3x6', 'self=3x4,dim=0,index=5x2,src=6x3', 'self=2x3x4,dim=-1,index=2x2x5,src=2x3x5', 'self=0d,dim=0,index=2,src=2', 'self=4,dim=0,index=0d,src=0d'])
def test_scatter_add_forward_mode(index):
    check_sample_forward("scatter_add", index)


@pytest.mark.parametrize("index", range(5), ids=['self=3x4,dim=1,index=3x6,src=3x6', 'self=3x4,dim=0,index=5x2,src=6x3', 'self=2x3x4,dim=-1,index=2x2x5,src=2x3x5', 'self=0d,dim=0,index=2,src=2', 'self=4,dim=0,index=0d,src=0d'])
def test_scatter_add_gradgradcheck(index):
    check_sample_second_order("scatter_add", index)

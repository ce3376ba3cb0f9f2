# Generated from derivatives.yaml by yamlgrad.codegen — do not edit.
"""`scatter(Tensor self, int dim, Tensor index, Tensor src) -> Tensor` [derivatives.yaml, entry scatter]: its backward against finite differences."""
import pytest

from yamlgrad.testing import check_sample, check_sample_forward, check_sample_second_order


@pytest.mark.parametrize("index", range(4), ids=['self=3x4,dim=0,index=1x4,src=2x4', 'self=3x4,dim=1,index=3x1,src=3x1', 'self=5,dim=0,index=1,src=1', 'self=3x4,dim=-1,index=2x1,src=1.5'])
def test_scatter_gradcheck(index):
    check_sample("scatter", index)


@pytest.mark.parametrize("index", range(4), ids=['self=3x4,dim=0,index=1x4,src=2x4', 'self=3x4,dim=1,index=3x1,src=3x1', 'self=5,dim=0,index=1,src=1', 'self=3x4,dim=-1,index=2x1,src=1.5'])
def test_scatter_forward_mode(index):
    check_sample_forward("scatter", index)


@pytest.mark.parametrize("index", range(4), ids=['self=3x4,dim=0,index=1x4,src=2x4', 'self=3x4,dim=1,index=3x1,src=3x1', 'self=5,dim=0,index=1,src=1', 'self=3x4,dim=-1,index=2x1,src=1.5'])
def test_scatter_gradgradcheck(index):
    check_sample_second_order("scatter", index)

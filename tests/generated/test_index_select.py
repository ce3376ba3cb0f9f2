# Generated from derivatives.yaml by yamlgrad.codegen — do not edit.
"""`index_select(Tensor self, int dim, Tensor index) -> Tensor` [derivatives.yaml, entry index_select]: its backward against finite differences."""
import pytest

from yamlgrad.testing import check_sample, check_sample_forward, check_sample_second_order


@pytest.mark.parametrize("index", range(5), ids=['self=3x4,dim=1,index=6', 'self=3x4,dim=0,index=2', 'self=2x3x4,dim=-2,index=0d', 'self=5,dim=0,index=0', 'self=0d,dim=0,index=1'])
def test_index_select_gradcheck(index):
    check_sample("index_select", index)


@pytest.mark.parametrize("index", range(5), ids=['self=3x4,dim=1,index=6', 'self=3x4,dim=0,index=2', 'self=2x3x4,dim=-2,index=0d', 'self=5,dim=0,index=0', 'self=0d,dim=0,index=1'])
def test_index_select_forward_mode(index):
    check_sample_forward("index_select", index)


@pytest.mark.parametrize("index", range(5), ids=['self=3x4,dim=1,index=6', 'self=3x4,dim=0,index=2', 'self=2x3x4,dim=-2,index=0d', 'self=5,dim=0,index=0', 'self=0d,dim=0,index=1'])
def test_index_select_gradgradcheck(index):
    check_sample_second_order("index_select", index)

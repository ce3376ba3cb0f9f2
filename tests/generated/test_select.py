# Generated from derivatives.yaml by yamlgrad.codegen — do not edit.
"""`select(Tensor self, int dim, int index) -> Tensor` [derivatives.yaml, entry select]: its backward against finite differences."""
import pytest

from yamlgrad.testing import check_sample, check_sample_forward, check_sample_second_order


@pytest.mark.parametrize("index", range(4), ids=['self=4,dim=0,index=2', 'self=2x3,dim=1,index=-1', 'self=2x3x4,dim=-2,index=0', 'self=1,dim=0,index=0'])
def test_select_gradcheck(index):
    check_sample("select", index)


@pytest.mark.parametrize("index", range(4), ids=['self=4,dim=0,index=2', 'self=2x3,dim=1,index=-1', 'self=2x3x4,dim=-2,index=0', 'self=1,dim=0,index=0'])
def test_select_forward_mode(index):
    check_sample_forward("select", index)


@pytest.mark.parametrize("index", range(4), ids=['self=4,dim=0,index=2', 'self=2x3,dim=1,index=-1', 'self=2x3x4,dim=-2,index=0', 'self=1,dim=0,index=0'])
def test_select_gradgradcheck(index):
    check_sample_second_order("select", index)

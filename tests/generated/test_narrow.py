# Generated from derivatives.yaml by yamlgrad.codegen — do not edit.
"""`narrow(Tensor self, int dim, int start, int length) -> Tensor` [derivatives.yaml, entry narrow]: its backward against finite differences."""
import pytest

from yamlgrad.testing import check_sample, check_sample_forward, check_sample_second_order


@pytest.mark.parametrize("index", range(4), ids=['self=5,dim=0,start=1,length=3', 'self=2x4,dim=1,start=-3,length=2', 'self=3x4x2,dim=-2,start=0,length=4', 'self=3x2,dim=0,start=3,length=0'])
def test_narrow_gradcheck(index):
    check_sample("narrow", index)


@pytest.mark.parametrize("index", range(4), ids=['self=5,dim=0,start=1,length=3', 'self=2x4,dim=1,start=-3,length=2', 'self=3x4x2,dim=-2,start=0,length=4', 'self=3x2,dim=0,start=3,length=0'])
def test_narrow_forward_mode(index):
    check_sample_forward("narrow", index)


@pytest.mark.parametrize("index", range(4), ids=['self=5,dim=0,start=1,length=3', 'self=2x4,dim=1,start=-3,length=2', 'self=3x4x2,dim=-2,start=0,length=4', 'self=3x2,dim=0,start=3,length=0'])
def test_narrow_gradgradcheck(index):
    check_sample_second_order("narrow", index)

# Generated from derivatives.yaml by yamlgrad.codegen — do not edit.
"""`slice.Tensor(Tensor self, int dim=0, int? start=None, int? end=None, int step=1) -> Tensor` [derivatives.yaml, entry slice_Tensor]: its backward against finite differences."""
import pytest

from yamlgrad.testing import check_sample, check_sample_forward, check_sample_second_order


@pytest.mark.parametrize("index", range(4), ids=['self=4x5,dim=0,start=1,end=3', 'self=4x5,dim=1,start=None,end=None,step=2', 'self=6,dim=0,start=-4,end=100,step=3', 'self=2x3x4,dim=-1,start=2,end=1'])
def test_slice_Tensor_gradcheck(index):
    check_sample("slice_Tensor", index)


@pytest.mark.parametrize("index", range(4), ids=['self=4x5,dim=0,start=1,end=3', 'self=4x5,dim=1,start=None,end=None,step=2', 'self=6,dim=0,start=-4,end=100,step=3', 'self=2x3x4,dim=-1,start=2,end=1'])
def test_slice_Tensor_forward_mode(index):
    check_sample_forward("slice_Tensor", index)


@pytest.mark.parametrize("index", range(4), ids=['self=4x5,dim=0,start=1,end=3', 'self=4x5,dim=1,start=None,end=None,step=2', 'self=6,dim=0,start=-4,end=100,step=3', 'self=2x3x4,dim=-1,start=2,end=1'])
def test_slice_Tensor_gradgradcheck(index):
    check_sample_second_order("slice_Tensor", index)

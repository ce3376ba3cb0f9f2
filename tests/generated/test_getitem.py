# Generated from derivatives.yaml by yamlgrad.codegen — do not edit.
"""`getitem(Tensor self, Index index) -> Tensor` [derivatives.yaml, entry getitem]: its backward against finite differences."""
import pytest

from yamlgrad.testing import check_sample, check_sample_forward, check_sample_second_order


@pytest.mark.parametrize("index", range(7), ids=['self=4x5,index=slice(1,3,None)', 'self=4x5,index=(1,slice(None,None,2))', 'self=4x5,index=(None,Ellipsis,2)', 'self=5,index=[0,2,2]', 'self=3x4,index=([0,2],slice(1,None,None))', 'self=4,index=-1', 'self=0d,index=None'])
def test_getitem_gradcheck(index):
    check_sample("getitem", index)


@pytest.mark.parametrize("index", range(7), ids=['self=4x5,index=slice(1,3,None)', 'self=4x5,index=(1,slice(None,None,2))', 'self=4x5,index=(None,Ellipsis,2)', 'self=5,index=[0,2,2]', 'self=3x4,index=([0,2],slice(1,None,None))', 'self=4,index=-1', 'self=0d,index=None'])
def test_getitem_forward_mode(index):
    check_sample_forward("getitem", index)


@pytest.mark.parametrize("index", range(7), ids=['self=4x5,index=slice(1,3,None)', 'self=4x5,index=(1,slice(None,None,2))', 'self=4x5,index=(None,Ellipsis,2)', 'self=5,index=[0,2,2]', 'self=3x4,index=([0,2],slice(1,None,None))', 'self=4,index=-1', 'self=0d,index=None'])
def test_getitem_gradgradcheck(index):
    check_sample_second_order("getitem", index)

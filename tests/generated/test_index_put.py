# Generated from derivatives.yaml by yamlgrad.codegen — do not edit.
"""`index_put(Tensor self, Index index, Tensor values) -> Tensor` [derivatives.yaml, entry index_put]: its backward against finite differences."""
import pytest

from yamlgrad.testing import check_sample, check_sample_forward, check_sample_second_order


@pytest.mark.parametrize("index", range(3), ids=['self=4x5,index=slice(1,3,None),values=2x5', 'self=5,index=[0,3],values=0d', 'self=3x4,index=(Ellipsis,1),values=3'])
def test_index_put_gradcheck(index):
    check_sample("index_put", index)


@pytest.mark.parametrize("index", range(3), ids=['self=4x5,index=slice(1,3,None),values=2x5', 'self=5,index=[0,3],values=0d', 'self=3x4,index=(Ellipsis,1),values=3'])
def test_index_put_forward_mode(index):
    check_sample_forward("index_put", index)


@pytest.mark.parametrize("index", range(3), ids=['self=4x5,index=slice(1,3,None),values=2x5', 'self=5,index=[0,3],values=0d', 'self=3x4,index=(Ellipsis,1),values=3'])
def test_index_put_gradgradcheck(index):
    check_sample_second_order("index_put", index)

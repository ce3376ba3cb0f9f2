# Generated from derivatives.yaml by yamlgrad.codegen — do not edit.
"""`index.Tensor(Tensor self, Index indices) -> Tensor` [derivatives.yaml, entry index_Tensor]: its backward against finite differences."""
import pytest

from yamlgrad.testing import check_sample, check_sample_forward, check_sample_second_order


@pytest.mark.parametrize("index", range(4), ids=['self=5,indices=[0,2,2]', 'self=3x4,indices=(slice(None,None,None),[0,3,0])', 'self=3x4,indices=([0,2],[1,1])', 'self=2x3x4,indices=(slice(None,None,None),[1],slice(None,None,None))'])
def test_index_Tensor_gradcheck(index):
    check_sample("index_Tensor", index)


@pytest.mark.parametrize("index", range(4), ids=['self=5,indices=[0,2,2]', 'self=3x4,indices=(slice(None,None,None),[0,3,0])', 'self=3x4,indices=([0,2],[1,1])', 'self=2x3x4,indices=(slice(None,None,None),[1],slice(None,None,None))'])
def test_index_Tensor_forward_mode(index):
    check_sample_forward("index_Tensor", index)


@pytest.mark.parametrize("index", range(4), ids=['self=5,indices=[0,2,2]', 'self=3x4,indices=(slice(None,None,None),[0,3,0])', 'self=3x4,indices=([0,2],[1,1])', 'self=2x3x4,indices=(slice(None,None,None),[1],slice(None,None,None))'])
def test_index_Tensor_gradgradcheck(index):
    check_sample_second_order("index_Tensor", index)

# Generated from derivatives.yaml by yamlgrad.codegen — do not edit.
"""`prod(Tensor self, int? dim=None, bool keepdim=False, *, ScalarType? dtype=None) -> Tensor` [derivatives.yaml, entry prod]: its backward against finite differences."""
import pytest

from yamlgrad.testing import check_sample, check_sample_forward, check_sample_second_order


@pytest.mark.parametrize("index", range(7), ids=['self=2x3', 'self=2x3,dim=1', 'self=2x3x4,dim=-2,keepdim=True', 'self=4,dim=0', 'self=0d', 'self=0d,dim=0,keepdim=True', "self=2x3,dtype='float64'"])
def test_prod_gradcheck(index):
    check_sample("prod", index)


@pytest.mark.parametrize("index", range(7), ids=['self=2x3', 'self=2x3,dim=1', 'self=2x3x4,dim=-2,keepdim=True', 'self=4,dim=0', 'self=0d', 'self=0d,dim=0,keepdim=True', "self=2x3,dtype='float64'"])
def test_prod_forward_mode(index):
    check_sample_forward("prod", index)


@pytest.mark.parametrize("index", range(7), ids=['self=2x3', 'self=2x3,dim=1', 'self=2x3x4,dim=-2,keepdim=True', 'self=4,dim=0', 'self=0d', 'self=0d,dim=0,keepdim=True', "self=2x3,dtype='float64'"])
def test_prod_gradgradcheck(index):
    check_sample_second_order("prod", index)

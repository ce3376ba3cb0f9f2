# Generated from derivatives.yaml by yamlgrad.codegen — do not edit.
"""`cumsum(Tensor self, int dim, *, ScalarType? dtype=None) -> Tensor` [derivatives.yaml, entry cumsum]: its backward against finite differences."""
import pytest

from yamlgrad.testing import check_sample, check_sample_forward, check_sample_second_order


@pytest.mark.parametrize("index", range(5), ids=['self=5,dim=0', 'self=2x3,dim=1', 'self=2x3x4,dim=-2', 'self=0d,dim=0', "self=2x3,dim=0,dtype='float64'"])
def test_cumsum_gradcheck(index):
    check_sample("cumsum", index)


@pytest.mark.parametrize("index", range(5), ids=['self=5,dim=0', 'self=2x3,dim=1', 'self=2x3x4,dim=-2', 'self=0d,dim=0', "self=2x3,dim=0,dtype='float64'"])
def test_cumsum_forward_mode(index):
    check_sample_forward("cumsum", index)


@pytest.mark.parametrize("index", range(5), ids=['self=5,dim=0', 'self=2x3,dim=1', 'self=2x3x4,dim=-2', 'self=0d,dim=0', "self=2x3,dim=0,dtype='float64'"])
def test_cumsum_gradgradcheck(index):
    check_sample_second_order("cumsum", index)

# Generated from derivatives.yaml by yamlgrad.codegen — do not edit.
"""`sum(Tensor self, int[]? dim=None, bool keepdim=False, *, ScalarType? dtype=None) -> Tensor` [derivatives.yaml, entry sum]: its backward against finite differences."""
import pytest

from yamlgrad.testing import check_sample, check_sample_forward, check_sample_second_order


@pytest.mark.parametrize("index", range(5), ids=['self=2x3', 'self=2x3,dim=1', 'self=2x3x4,dim=[0,2],keepdim=True', 'self=0d', 'self=4,dim=0'])
def test_sum_gradcheck(index):
    check_sample("sum", index)


@pytest.mark.parametrize("index", range(5), ids=['self=2x3', 'self=2x3,dim=1', 'self=2x3x4,dim=[0,2],keepdim=True', 'self=0d', 'self=4,dim=0'])
def test_sum_forward_mode(index):
    check_sample_forward("sum", index)


@pytest.mark.parametrize("index", range(5), ids=['self=2x3', 'self=2x3,dim=1', 'self=2x3x4,dim=[0,2],keepdim=True', 'self=0d', 'self=4,dim=0'])
def test_sum_gradgradcheck(index):
    check_sample_second_order("sum", index)

# Generated from derivatives.yaml by yamlgrad.codegen — do not edit.
"""`nansum(Tensor self, int[]? dim=None, bool keepdim=False, *, ScalarType? dtype=None) -> Tensor` [derivatives.yaml, entry nansum]: its backward against finite differences."""
import pytest

from yamlgrad.testing import check_sample, check_sample_forward, check_sample_second_order


@pytest.mark.parametrize("index", range(3), ids=['self=2x3', 'self=2x3,dim=1', 'self=2x3x4,dim=[0,2],keepdim=True'])
def test_nansum_gradcheck(index):
    check_sample("nansum", index)


@pytest.mark.parametrize("index", range(3), ids=['self=2x3', 'self=2x3,dim=1', 'self=2x3x4,dim=[0,2],keepdim=True'])
def test_nansum_forward_mode(index):
    check_sample_forward("nansum", index)


@pytest.mark.parametrize("index", range(3), ids=['self=2x3', 'self=2x3,dim=1', 'self=2x3x4,dim=[0,2],keepdim=True'])
def test_nansum_gradgradcheck(index):
    check_sample_second_order("nansum", index)

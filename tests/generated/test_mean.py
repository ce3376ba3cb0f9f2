# Generated from derivatives.yaml by yamlgrad.codegen — do not edit.
"""`mean(Tensor self, int[]? dim=None, bool keepdim=False, *, ScalarType? dtype=None) -> Tensor` [derivatives.yaml, entry mean]: its backward against finite differences."""
import pytest

from yamlgrad.testing import check_sample, check_sample_forward, check_sample_second_order


@pytest.mark.parametrize("index", range(4), ids=['self=2x3', 'self=2x3,dim=1', 'self=2x3x4,dim=[0,2],keepdim=True', 'self=0d'])
def test_mean_gradcheck(index):
    check_sample("mean", index)


@pytest.mark.parametrize("index", range(4), ids=['self=2x3', 'self=2x3,dim=1', 'self=2x3x4,dim=[0,2],keepdim=True', 'self=0d'])
def test_mean_forward_mode(index):
    check_sample_forward("mean", index)


@pytest.mark.parametrize("index", range(4), ids=['self=2x3', 'self=2x3,dim=1', 'self=2x3x4,dim=[0,2],keepdim=True', 'self=0d'])
def test_mean_gradgradcheck(index):
    check_sample_second_order("mean", index)

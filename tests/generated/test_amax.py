# Generated from derivatives.yaml by yamlgrad.codegen — do not edit.
"""`amax(Tensor self, int[] dim=[], bool keepdim=False) -> Tensor` [derivatives.yaml, entry amax]: its backward against finite differences."""
import pytest

from yamlgrad.testing import check_sample, check_sample_forward, check_sample_second_order


@pytest.mark.parametrize("index", range(4), ids=['self=2x3', 'self=2x3,dim=1', 'self=2x3x4,dim=[0,2],keepdim=True', 'self=0d'])
def test_amax_gradcheck(index):
    check_sample("amax", index)


@pytest.mark.parametrize("index", range(4), ids=['self=2x3', 'self=2x3,dim=1', 'self=2x3x4,dim=[0,2],keepdim=True', 'self=0d'])
def test_amax_forward_mode(index):
    check_sample_forward("amax", index)


@pytest.mark.parametrize("index", range(4), ids=['self=2x3', 'self=2x3,dim=1', 'self=2x3x4,dim=[0,2],keepdim=True', 'self=0d'])
def test_amax_gradgradcheck(index):
    check_sample_second_order("amax", index)

# Generated from derivatives.yaml by yamlgrad.codegen — do not edit.
"""`std(Tensor self, int[]? dim=None, bool? unbiased=None, bool keepdim=False, *, Scalar? correction=None) -> Tensor` [derivatives.yaml, entry std]: its backward against finite differences."""
import pytest

from yamlgrad.testing import check_sample, check_sample_forward, check_sample_second_order


@pytest.mark.parametrize("index", range(7), ids=['self=2x3', 'self=2x3,dim=1', 'self=2x3x4,dim=[0,2],keepdim=True', 'self=5,dim=0,unbiased=False', 'self=2x4,dim=-1,correction=2', 'self=3x4,correction=0.5', 'self=0d,correction=0'])
def test_std_gradcheck(index):
    check_sample("std", index)


@pytest.mark.parametrize("index", range(7), ids=['self=2x3', 'self=2x3,dim=1', 'self=2x3x4,dim=[0,2],keepdim=True', 'self=5,dim=0,unbiased=False', 'self=2x4,dim=-1,correction=2', 'self=3x4,correction=0.5', 'self=0d,correction=0'])
def test_std_forward_mode(index):
    check_sample_forward("std", index)


@pytest.mark.parametrize("index", range(7), ids=['self=2x3', 'self=2x3,dim=1', 'self=2x3x4,dim=[0,2],keepdim=True', 'self=5,dim=0,unbiased=False', 'self=2x4,dim=-1,correction=2', 'self=3x4,correction=0.5', 'self=0d,correction=0'])
def test_std_gradgradcheck(index):
    check_sample_second_order("std", index)

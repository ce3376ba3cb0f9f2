# Generated from derivatives.yaml by yamlgrad.codegen — do not edit.
"""`mean.dim(Tensor self, int[]? dim, bool keepdim=False, *, ScalarType? dtype=None) -> Tensor` [derivatives.yaml, entry mean_dim]: its backward against finite differences."""
import pytest

from yamlgrad.testing import check_sample, check_sample_forward, check_sample_second_order


@pytest.mark.parametrize("index", range(3), ids=['self=2x3,dim=1', 'self=2x3x4,dim=[0,2],keepdim=True', 'self=2x3,dim=-1,keepdim=True'])
def test_mean_dim_gradcheck(index):
    check_sample("mean_dim", index)


@pytest.mark.parametrize("index", range(3), ids=['self=2x3,dim=1', 'self=2x3x4,dim=[0,2],keepdim=True', 'self=2x3,dim=-1,keepdim=True'])
def test_mean_dim_forward_mode(index):
    check_sample_forward("mean_dim", index)


@pytest.mark.parametrize("index", range(3), ids=['self=2x3,dim=1', 'self=2x3x4,dim=[0,2],keepdim=True', 'self=2x3,dim=-1,keepdim=True'])
def test_mean_dim_gradgradcheck(index):
    check_sample_second_order("mean_dim", index)

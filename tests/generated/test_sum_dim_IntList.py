# Generated from derivatives.yaml by yamlgrad.codegen — do not edit.
"""`sum.dim_IntList(Tensor self, int[]? dim, bool keepdim=False, *, ScalarType? dtype=None) -> Tensor` [derivatives.yaml, entry sum_dim_IntList]: its backward against finite differences."""
import pytest

from yamlgrad.testing import check_sample, check_sample_forward, check_sample_second_order


@pytest.mark.parametrize("index", range(4), ids=['self=2x3,dim=1', 'self=2x3x4,dim=[0,2],keepdim=True', 'self=4,dim=0', 'self=0d,dim=0'])
def test_sum_dim_IntList_gradcheck(index):
    check_sample("sum_dim_IntList", index)


@pytest.mark.parametrize("index", range(4), ids=['self=2x3,dim=1', 'self=2x3x4,dim=[0,2],keepdim=True', 'self=4,dim=0', 'self=0d,dim=0'])
def test_sum_dim_IntList_forward_mode(index):
    check_sample_forward("sum_dim_IntList", index)


@pytest.mark.parametrize("index", range(4), ids=['self=2x3,dim=1', 'self=2x3x4,dim=[0,2],keepdim=True', 'self=4,dim=0', 'self=0d,dim=0'])
def test_sum_dim_IntList_gradgradcheck(index):
    check_sample_second_order("sum_dim_IntList", index)

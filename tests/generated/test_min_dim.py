# Generated from derivatives.yaml by yamlgrad.codegen — do not edit.
"""`min.dim(Tensor self, int dim, bool keepdim=False) -> (Tensor values, Tensor indices)` [derivatives.yaml, entry min_dim]: its backward against finite differences."""
import pytest

from yamlgrad.testing import check_sample, check_sample_forward, check_sample_second_order


@pytest.mark.parametrize("index", range(2), ids=['self=3x4,dim=1', 'self=2x3x2,dim=-1,keepdim=True'])
def test_min_dim_gradcheck(index):
    check_sample("min_dim", index)


@pytest.mark.parametrize("index", range(2), ids=['self=3x4,dim=1', 'self=2x3x2,dim=-1,keepdim=True'])
def test_min_dim_forward_mode(index):
    check_sample_forward("min_dim", index)


@pytest.mark.parametrize("index", range(2), ids=['self=3x4,dim=1', 'self=2x3x2,dim=-1,keepdim=True'])
def test_min_dim_gradgradcheck(index):
    check_sample_second_order("min_dim", index)

# Generated from derivatives.yaml by yamlgrad.codegen — do not edit.
"""`max.dim(Tensor self, int dim, bool keepdim=False) -> (Tensor values, Tensor indices)` [derivatives.yaml, entry max_dim]: its backward against finite differences."""
import pytest

from yamlgrad.testing import check_sample, check_sample_forward, check_sample_second_order


@pytest.mark.parametrize("index", range(3), ids=['self=3x4,dim=1', 'self=3x4,dim=0,keepdim=True', 'self=5,dim=0'])
def test_max_dim_gradcheck(index):
    check_sample("max_dim", index)


@pytest.mark.parametrize("index", range(3), ids=['self=3x4,dim=1', 'self=3x4,dim=0,keepdim=True', 'self=5,dim=0'])
def test_max_dim_forward_mode(index):
    check_sample_forward("max_dim", index)


@pytest.mark.parametrize("index", range(3), ids=['self=3x4,dim=1', 'self=3x4,dim=0,keepdim=True', 'self=5,dim=0'])
def test_max_dim_gradgradcheck(index):
    check_sample_second_order("max_dim", index)

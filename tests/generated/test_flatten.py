# Generated from derivatives.yaml by yamlgrad.codegen — do not edit.
"""`flatten(Tensor self, int start_dim=0, int end_dim=-1) -> Tensor` [derivatives.yaml, entry flatten]: its backward against finite differences."""
import pytest

from yamlgrad.testing import check_sample, check_sample_forward, check_sample_second_order


@pytest.mark.parametrize("index", range(4), ids=['self=2x3x4', 'self=2x3x4,start_dim=1', 'self=2x3x4x5,start_dim=1,end_dim=2', 'self=0d'])
def test_flatten_gradcheck(index):
    check_sample("flatten", index)


@pytest.mark.parametrize("index", range(4), ids=['self=2x3x4', 'self=2x3x4,start_dim=1', 'self=2x3x4x5,start_dim=1,end_dim=2', 'self=0d'])
def test_flatten_forward_mode(index):
    check_sample_forward("flatten", index)


@pytest.mark.parametrize("index", range(4), ids=['self=2x3x4', 'self=2x3x4,start_dim=1', 'self=2x3x4x5,start_dim=1,end_dim=2', 'self=0d'])
def test_flatten_gradgradcheck(index):
    check_sample_second_order("flatten", index)

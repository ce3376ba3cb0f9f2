# Generated from derivatives.yaml by yamlgrad.codegen — do not edit.
"""`unsqueeze(Tensor self, int dim) -> Tensor` [derivatives.yaml, entry unsqueeze]: its backward against finite differences."""
import pytest

from yamlgrad.testing import check_sample, check_sample_forward, check_sample_second_order


@pytest.mark.parametrize("index", range(3), ids=['self=3,dim=0', 'self=2x3,dim=-1', 'self=0d,dim=0'])
def test_unsqueeze_gradcheck(index):
    check_sample("unsqueeze", index)


@pytest.mark.parametrize("index", range(3), ids=['self=3,dim=0', 'self=2x3,dim=-1', 'self=0d,dim=0'])
def test_unsqueeze_forward_mode(index):
    check_sample_forward("unsqueeze", index)


@pytest.mark.parametrize("index", range(3), ids=['self=3,dim=0', 'self=2x3,dim=-1', 'self=0d,dim=0'])
def test_unsqueeze_gradgradcheck(index):
    check_sample_second_order("unsqueeze", index)

# Generated from derivatives.yaml by yamlgrad.codegen — do not edit.
"""`argmin(Tensor self, int? dim=None, bool keepdim=False) -> Tensor` [derivatives.yaml, entry argmin]: its backward against finite differences."""
import pytest

from yamlgrad.testing import check_sample, check_sample_forward


@pytest.mark.parametrize("index", range(2), ids=['self=2x3', 'self=2x3,dim=0'])
def test_argmin_gradcheck(index):
    check_sample("argmin", index)


@pytest.mark.parametrize("index", range(2), ids=['self=2x3', 'self=2x3,dim=0'])
def test_argmin_forward_mode(index):
    check_sample_forward("argmin", index)

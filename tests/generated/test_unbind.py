# Generated from derivatives.yaml by yamlgrad.codegen — do not edit.
"""`unbind(Tensor self, int dim=0) -> Tensor[]` [derivatives.yaml, entry unbind]: its backward against finite differences."""
import pytest

from yamlgrad.testing import check_sample, check_sample_forward, check_sample_second_order


@pytest.mark.parametrize("index", range(3), ids=['self=3x2', 'self=2x3,dim=1', 'self=2'])
def test_unbind_gradcheck(index):
    check_sample("unbind", index)


@pytest.mark.parametrize("index", range(3), ids=['self=3x2', 'self=2x3,dim=1', 'self=2'])
def test_unbind_forward_mode(index):
    check_sample_forward("unbind", index)


@pytest.mark.parametrize("index", range(3), ids=['self=3x2', 'self=2x3,dim=1', 'self=2'])
def test_unbind_gradgradcheck(index):
    check_sample_second_order("unbind", index)

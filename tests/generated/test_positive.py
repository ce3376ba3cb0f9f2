# Generated from derivatives.yaml by yamlgrad.codegen — do not edit.
"""`positive(Tensor self) -> Tensor` [derivatives.yaml, entry positive]: its backward against finite differences."""
import pytest

from yamlgrad.testing import check_sample, check_sample_forward, check_sample_second_order


@pytest.mark.parametrize("index", range(3), ids=['self=0d', 'self=5', 'self=2x3'])
def test_positive_gradcheck(index):
    check_sample("positive", index)


@pytest.mark.parametrize("index", range(3), ids=['self=0d', 'self=5', 'self=2x3'])
def test_positive_forward_mode(index):
    check_sample_forward("positive", index)


@pytest.mark.parametrize("index", range(3), ids=['self=0d', 'self=5', 'self=2x3'])
def test_positive_gradgradcheck(index):
    check_sample_second_order("positive", index)

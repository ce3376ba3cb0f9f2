# Generated from derivatives.yaml by yamlgrad.codegen — do not edit.
"""`lgamma(Tensor self) -> Tensor` [derivatives.yaml, entry lgamma]: its backward against finite differences."""
import pytest

from yamlgrad.testing import check_sample, check_sample_forward, check_sample_second_order


@pytest.mark.parametrize("index", range(4), ids=['self=0d', 'self=5', 'self=2x3', 'self=4'])
def test_lgamma_gradcheck(index):
    check_sample("lgamma", index)


@pytest.mark.parametrize("index", range(4), ids=['self=0d', 'self=5', 'self=2x3', 'self=4'])
def test_lgamma_forward_mode(index):
    check_sample_forward("lgamma", index)


@pytest.mark.parametrize("index", range(4), ids=['self=0d', 'self=5', 'self=2x3', 'self=4'])
def test_lgamma_gradgradcheck(index):
    check_sample_second_order("lgamma", index)

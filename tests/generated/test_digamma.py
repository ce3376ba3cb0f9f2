# Generated from derivatives.yaml by yamlgrad.codegen — do not edit.
"""`digamma(Tensor self) -> Tensor` [derivatives.yaml, entry digamma]: its backward against finite differences."""
import pytest

from yamlgrad.testing import check_sample, check_sample_forward, check_sample_second_order


@pytest.mark.parametrize("index", range(4), ids=['self=0d', 'self=5', 'self=2x3', 'self=4'])
def test_digamma_gradcheck(index):
    check_sample("digamma", index)


@pytest.mark.parametrize("index", range(4), ids=['self=0d', 'self=5', 'self=2x3', 'self=4'])
def test_digamma_forward_mode(index):
    check_sample_forward("digamma", index)


@pytest.mark.parametrize("index", range(4), ids=['self=0d', 'self=5', 'self=2x3', 'self=4'])
def test_digamma_gradgradcheck(index):
    check_sample_second_order("digamma", index)

# Generated from derivatives.yaml by yamlgrad.codegen — do not edit.
"""`alias(Tensor self) -> Tensor` [derivatives.yaml, entry alias]: its backward against finite differences."""
import pytest

from yamlgrad.testing import check_sample, check_sample_forward, check_sample_second_order


@pytest.mark.parametrize("index", range(2), ids=['self=2x3', 'self=0d'])
def test_alias_gradcheck(index):
    check_sample("alias", index)


@pytest.mark.parametrize("index", range(2), ids=['self=2x3', 'self=0d'])
def test_alias_forward_mode(index):
    check_sample_forward("alias", index)


@pytest.mark.parametrize("index", range(2), ids=['self=2x3', 'self=0d'])
def test_alias_gradgradcheck(index):
    check_sample_second_order("alias", index)

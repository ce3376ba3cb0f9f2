# Generated from derivatives.yaml by yamlgrad.codegen — do not edit.
"""`asin(Tensor self) -> Tensor` [derivatives.yaml, entry asin]: its backward against finite differences."""
import pytest

from yamlgrad.testing import check_sample, check_sample_forward, check_sample_second_order


@pytest.mark.parametrize("index", range(3), ids=['self=0d', 'self=5', 'self=2x3'])
def test_asin_gradcheck(index):
    check_sample("asin", index)


@pytest.mark.parametrize("index", range(3), ids=['self=0d', 'self=5', 'self=2x3'])
def test_asin_forward_mode(index):
    check_sample_forward("asin", index)


@pytest.mark.parametrize("index", range(3), ids=['self=0d', 'self=5', 'self=2x3'])
def test_asin_gradgradcheck(index):
    check_sample_second_order("asin", index)

# Generated from derivatives.yaml by yamlgrad.codegen — do not edit.
"""`erfinv(Tensor self) -> Tensor` [derivatives.yaml, entry erfinv]: its backward against finite differences."""
import pytest

from yamlgrad.testing import check_sample, check_sample_forward, check_sample_second_order


@pytest.mark.parametrize("index", range(3), ids=['self=0d', 'self=5', 'self=2x3'])
def test_erfinv_gradcheck(index):
    check_sample("erfinv", index)


@pytest.mark.parametrize("index", range(3), ids=['self=0d', 'self=5', 'self=2x3'])
def test_erfinv_forward_mode(index):
    check_sample_forward("erfinv", index)


@pytest.mark.parametrize("index", range(3), ids=['self=0d', 'self=5', 'self=2x3'])
def test_erfinv_gradgradcheck(index):
    check_sample_second_order("erfinv", index)

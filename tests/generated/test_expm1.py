# Generated from derivatives.yaml by yamlgrad.codegen — do not edit.
"""`expm1(Tensor self) -> Tensor` [derivatives.yaml, entry expm1]: its backward against finite differences."""
import pytest

from yamlgrad.testing import check_sample, check_sample_forward, check_sample_second_order


@pytest.mark.parametrize("index", range(3), ids=['self=0d', 'self=5', 'self=2x3'])
def test_expm1_gradcheck(index):
    check_sample("expm1", index)


@pytest.mark.parametrize("index", range(3), ids=['self=0d', 'self=5', 'self=2x3'])
def test_expm1_forward_mode(index):
    check_sample_forward("expm1", index)


@pytest.mark.parametrize("index", range(3), ids=['self=0d', 'self=5', 'self=2x3'])
def test_expm1_gradgradcheck(index):
    check_sample_second_order("expm1", index)

# Generated from derivatives.yaml by yamlgrad.codegen — do not edit.
"""`fill(Tensor self, Scalar value) -> Tensor` [derivatives.yaml, entry fill]: its backward against finite differences."""
import pytest

from yamlgrad.testing import check_sample, check_sample_forward, check_sample_second_order


@pytest.mark.parametrize("index", range(1), ids=['self=3,value=2.0'])
def test_fill_gradcheck(index):
    check_sample("fill", index)


@pytest.mark.parametrize("index", range(1), ids=['self=3,value=2.0'])
def test_fill_forward_mode(index):
    check_sample_forward("fill", index)


@pytest.mark.parametrize("index", range(1), ids=['self=3,value=2.0'])
def test_fill_gradgradcheck(index):
    check_sample_second_order("fill", index)

# Generated from derivatives.yaml by yamlgrad.codegen — do not edit.
"""`asinh(Tensor self) -> Tensor` [derivatives.yaml, entry asinh]: its backward against finite differences."""
import pytest

from yamlgrad.testing import check_sample, check_sample_forward, check_sample_second_order


@pytest.mark.parametrize("index", range(3), ids=['self=0d', 'self=5', 'self=2x3'])
def test_asinh_gradcheck(index):
    check_sample("asinh", index)


@pytest.mark.parametrize("index", range(3), ids=['self=0d', 'self=5', 'self=2x3'])
def test_asinh_forward_mode(index):
    check_sample_forward("asinh", index)


@pytest.mark.parametrize("index", range(3), ids=['self=0d', 'self=5', 'self=2x3'])
def test_asinh_gradgradcheck(index):
    check_sample_second_order("asinh", index)

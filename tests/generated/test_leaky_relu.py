# Generated from derivatives.yaml by yamlgrad.codegen — do not edit.
"""`leaky_relu(Tensor self, Scalar negative_slope=0.01) -> Tensor` [derivatives.yaml, entry leaky_relu]: its backward against finite differences."""
import pytest

from yamlgrad.testing import check_sample, check_sample_forward, check_sample_second_order


@pytest.mark.parametrize("index", range(4), ids=['self=0d', 'self=5', 'self=2x3,negative_slope=0.2', 'self=2x1x3,negative_slope=-1.5'])
def test_leaky_relu_gradcheck(index):
    check_sample("leaky_relu", index)


@pytest.mark.parametrize("index", range(4), ids=['self=0d', 'self=5', 'self=2x3,negative_slope=0.2', 'self=2x1x3,negative_slope=-1.5'])
def test_leaky_relu_forward_mode(index):
    check_sample_forward("leaky_relu", index)


@pytest.mark.parametrize("index", range(4), ids=['self=0d', 'self=5', 'self=2x3,negative_slope=0.2', 'self=2x1x3,negative_slope=-1.5'])
def test_leaky_relu_gradgradcheck(index):
    check_sample_second_order("leaky_relu", index)

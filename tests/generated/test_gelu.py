# Generated from derivatives.yaml by yamlgrad.codegen — do not edit.
"""`gelu(Tensor self, *, str approximate='none') -> Tensor` [derivatives.yaml, entry gelu]: its backward against finite differences."""
import pytest

from yamlgrad.testing import check_sample, check_sample_forward, check_sample_second_order


@pytest.mark.parametrize("index", range(5), ids=['self=0d', 'self=5', 'self=2x3', "self=0d,approximate='tanh'", "self=2x3,approximate='tanh'"])
def test_gelu_gradcheck(index):
    check_sample("gelu", index)


@pytest.mark.parametrize("index", range(5), ids=['self=0d', 'self=5', 'self=2x3', "self=0d,approximate='tanh'", "self=2x3,approximate='tanh'"])
def test_gelu_forward_mode(index):
    check_sample_forward("gelu", index)


@pytest.mark.parametrize("index", range(5), ids=['self=0d', 'self=5', 'self=2x3', "self=0d,approximate='tanh'", "self=2x3,approximate='tanh'"])
def test_gelu_gradgradcheck(index):
    check_sample_second_order("gelu", index)

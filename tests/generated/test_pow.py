# Generated from derivatives.yaml by yamlgrad.codegen — do not edit.
"""`pow(Tensor self, Tensor exponent) -> Tensor` [derivatives.yaml, entry pow]: its backward against finite differences."""
import pytest

from yamlgrad.testing import check_sample, check_sample_forward, check_sample_second_order


@pytest.mark.parametrize("index", range(6), ids=['self=4,exponent=3', 'self=2x3,exponent=2.5', 'self=0d,exponent=0d', 'self=2x3,exponent=2x3', 'self=2x3,exponent=3', 'self=2.0,exponent=4'])
def test_pow_gradcheck(index):
    check_sample("pow", index)


@pytest.mark.parametrize("index", range(6), ids=['self=4,exponent=3', 'self=2x3,exponent=2.5', 'self=0d,exponent=0d', 'self=2x3,exponent=2x3', 'self=2x3,exponent=3', 'self=2.0,exponent=4'])
def test_pow_forward_mode(index):
    check_sample_forward("pow", index)


@pytest.mark.parametrize("index", range(6), ids=['self=4,exponent=3', 'self=2x3,exponent=2.5', 'self=0d,exponent=0d', 'self=2x3,exponent=2x3', 'self=2x3,exponent=3', 'self=2.0,exponent=4'])
def test_pow_gradgradcheck(index):
    check_sample_second_order("pow", index)

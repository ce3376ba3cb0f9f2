# Generated from derivatives.yaml by yamlgrad.codegen — do not edit.
"""`round(Tensor self, *, int decimals=0) -> Tensor` [derivatives.yaml, entry round]: its backward against finite differences."""
import pytest

from yamlgrad.testing import check_sample, check_sample_forward, check_sample_second_order


@pytest.mark.parametrize("index", range(3), ids=['self=0d', 'self=5', 'self=2x3'])
def test_round_gradcheck(index):
    check_sample("round", index)


@pytest.mark.parametrize("index", range(3), ids=['self=0d', 'self=5', 'self=2x3'])
def test_round_forward_mode(index):
    check_sample_forward("round", index)


@pytest.mark.parametrize("index", range(3), ids=['self=0d', 'self=5', 'self=2x3'])
def test_round_gradgradcheck(index):
    check_sample_second_order("round", index)

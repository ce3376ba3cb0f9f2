# Generated from derivatives.yaml by yamlgrad.codegen — do not edit.
"""`sigmoid(Tensor self) -> Tensor` [derivatives.yaml, entry sigmoid]: its backward against finite differences."""
import pytest

from yamlgrad.testing import check_sample, check_sample_forward, check_sample_second_order


@pytest.mark.parametrize("index", range(3), ids=['self=0d', 'self=5', 'self=2x3'])
def test_sigmoid_gradcheck(index):
    check_sample("sigmoid", index)


@pytest.mark.parametrize("index", range(3), ids=['self=0d', 'self=5', 'self=2x3'])
def test_sigmoid_forward_mode(index):
    check_sample_forward("sigmoid", index)


@pytest.mark.parametrize("index", range(3), ids=['self=0d', 'self=5', 'self=2x3'])
def test_sigmoid_gradgradcheck(index):
    check_sample_second_order("sigmoid", index)

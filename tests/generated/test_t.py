# Generated from derivatives.yaml by yamlgrad.codegen — do not edit.
"""`t(Tensor self) -> Tensor` [derivatives.yaml, entry t]: its backward against finite differences."""
import pytest

from yamlgrad.testing import check_sample, check_sample_forward, check_sample_second_order


@pytest.mark.parametrize("index", range(3), ids=['self=2x3', 'self=3', 'self=0d'])
def test_t_gradcheck(index):
    check_sample("t", index)


@pytest.mark.parametrize("index", range(3), ids=['self=2x3', 'self=3', 'self=0d'])
def test_t_forward_mode(index):
    check_sample_forward("t", index)


@pytest.mark.parametrize("index", range(3), ids=['self=2x3', 'self=3', 'self=0d'])
def test_t_gradgradcheck(index):
    check_sample_second_order("t", index)

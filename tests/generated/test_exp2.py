# Generated from derivatives.yaml by yamlgrad.codegen — do not edit.
"""`exp2(Tensor self) -> Tensor` [derivatives.yaml, entry exp2]: its backward against finite differences."""
import pytest

from yamlgrad.testing import check_sample, check_sample_forward, check_sample_second_order


@pytest.mark.parametrize("index", range(3), ids=['self=0d', 'self=5', 'self=2x3'])
def test_exp2_gradcheck(index):
    check_sample("exp2", index)


@pytest.mark.parametrize("index", range(3), ids=['self=0d', 'self=5', 'self=2x3'])
def test_exp2_forward_mode(index):
    check_sample_forward("exp2", index)


@pytest.mark.parametrize("index", range(3), ids=['self=0d', 'self=5', 'self=2x3'])
def test_exp2_gradgradcheck(index):
    check_sample_second_order("exp2", index)

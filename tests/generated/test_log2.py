# Generated from derivatives.yaml by yamlgrad.codegen — do not edit.
"""`log2(Tensor self) -> Tensor` [derivatives.yaml, entry log2]: its backward against finite differences."""
import pytest

from yamlgrad.testing import check_sample, check_sample_forward, check_sample_second_order


@pytest.mark.parametrize("index", range(3), ids=['self=0d', 'self=5', 'self=2x3'])
def test_log2_gradcheck(index):
    check_sample("log2", index)


@pytest.mark.parametrize("index", range(3), ids=['self=0d', 'self=5', 'self=2x3'])
def test_log2_forward_mode(index):
    check_sample_forward("log2", index)


@pytest.mark.parametrize("index", range(3), ids=['self=0d', 'self=5', 'self=2x3'])
def test_log2_gradgradcheck(index):
    check_sample_second_order("log2", index)

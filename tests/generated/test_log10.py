# Generated from derivatives.yaml by yamlgrad.codegen — do not edit.
"""`log10(Tensor self) -> Tensor` [derivatives.yaml, entry log10]: its backward against finite differences."""
import pytest

from yamlgrad.testing import check_sample, check_sample_forward, check_sample_second_order


@pytest.mark.parametrize("index", range(3), ids=['self=0d', 'self=5', 'self=2x3'])
def test_log10_gradcheck(index):
    check_sample("log10", index)


@pytest.mark.parametrize("index", range(3), ids=['self=0d', 'self=5', 'self=2x3'])
def test_log10_forward_mode(index):
    check_sample_forward("log10", index)


@pytest.mark.parametrize("index", range(3), ids=['self=0d', 'self=5', 'self=2x3'])
def test_log10_gradgradcheck(index):
    check_sample_second_order("log10", index)

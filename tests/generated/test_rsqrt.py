# Generated from derivatives.yaml by yamlgrad.codegen — do not edit.
"""`rsqrt(Tensor self) -> Tensor` [derivatives.yaml, entry rsqrt]: its backward against finite differences."""
import pytest

from yamlgrad.testing import check_sample, check_sample_forward, check_sample_second_order


@pytest.mark.parametrize("index", range(3), ids=['self=0d', 'self=5', 'self=2x3'])
def test_rsqrt_gradcheck(index):
    check_sample("rsqrt", index)


@pytest.mark.parametrize("index", range(3), ids=['self=0d', 'self=5', 'self=2x3'])
def test_rsqrt_forward_mode(index):
    check_sample_forward("rsqrt", index)


@pytest.mark.parametrize("index", range(3), ids=['self=0d', 'self=5', 'self=2x3'])
def test_rsqrt_gradgradcheck(index):
    check_sample_second_order("rsqrt", index)

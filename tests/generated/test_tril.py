# Generated from derivatives.yaml by yamlgrad.codegen — do not edit.
"""`tril(Tensor self, int diagonal=0) -> Tensor` [derivatives.yaml, entry tril]: its backward against finite differences."""
import pytest

from yamlgrad.testing import check_sample, check_sample_forward, check_sample_second_order


@pytest.mark.parametrize("index", range(3), ids=['self=3x3', 'self=3x4,diagonal=1', 'self=2x4x3,diagonal=-1'])
def test_tril_gradcheck(index):
    check_sample("tril", index)


@pytest.mark.parametrize("index", range(3), ids=['self=3x3', 'self=3x4,diagonal=1', 'self=2x4x3,diagonal=-1'])
def test_tril_forward_mode(index):
    check_sample_forward("tril", index)


@pytest.mark.parametrize("index", range(3), ids=['self=3x3', 'self=3x4,diagonal=1', 'self=2x4x3,diagonal=-1'])
def test_tril_gradgradcheck(index):
    check_sample_second_order("tril", index)

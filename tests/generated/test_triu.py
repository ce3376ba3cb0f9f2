# Generated from derivatives.yaml by yamlgrad.codegen — do not edit.
"""`triu(Tensor self, int diagonal=0) -> Tensor` [derivatives.yaml, entry triu]: its backward against finite differences."""
import pytest

from yamlgrad.testing import check_sample, check_sample_forward, check_sample_second_order


@pytest.mark.parametrize("index", range(3), ids=['self=3x3', 'self=3x4,diagonal=-1', 'self=2x4x3,diagonal=2'])
def test_triu_gradcheck(index):
    check_sample("triu", index)


@pytest.mark.parametrize("index", range(3), ids=['self=3x3', 'self=3x4,diagonal=-1', 'self=2x4x3,diagonal=2'])
def test_triu_forward_mode(index):
    check_sample_forward("triu", index)


@pytest.mark.parametrize("index", range(3), ids=['self=3x3', 'self=3x4,diagonal=-1', 'self=2x4x3,diagonal=2'])
def test_triu_gradgradcheck(index):
    check_sample_second_order("triu", index)

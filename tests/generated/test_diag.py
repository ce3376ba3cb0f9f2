# Generated from derivatives.yaml by yamlgrad.codegen — do not edit.
"""`diag(Tensor self, int diagonal=0) -> Tensor` [derivatives.yaml, entry diag]: its backward against finite differences."""
import pytest

from yamlgrad.testing import check_sample, check_sample_forward, check_sample_second_order


@pytest.mark.parametrize("index", range(7), ids=['self=3', 'self=3,diagonal=1', 'self=2,diagonal=-2', 'self=3x4', 'self=3x4,diagonal=1', 'self=4x3,diagonal=-2', 'self=2x3,diagonal=5'])
def test_diag_gradcheck(index):
    check_sample("diag", index)


@pytest.mark.parametrize("index", range(7), ids=['self=3', 'self=3,diagonal=1', 'self=2,diagonal=-2', 'self=3x4', 'self=3x4,diagonal=1', 'self=4x3,diagonal=-2', 'self=2x3,diagonal=5'])
def test_diag_forward_mode(index):
    check_sample_forward("diag", index)


@pytest.mark.parametrize("index", range(7), ids=['self=3', 'self=3,diagonal=1', 'self=2,diagonal=-2', 'self=3x4', 'self=3x4,diagonal=1', 'self=4x3,diagonal=-2', 'self=2x3,diagonal=5'])
def test_diag_gradgradcheck(index):
    check_sample_second_order("diag", index)

# Generated from derivatives.yaml by yamlgrad.codegen — do not edit.
"""`linalg_svdvals(Tensor A) -> Tensor` [derivatives.yaml, entry linalg_svdvals]: its backward against finite differences."""
import pytest

from yamlgrad.testing import check_sample, check_sample_forward, check_sample_second_order


@pytest.mark.parametrize("index", range(4), ids=['A=3x3', 'A=4x2', 'A=2x5', 'A=2x3x2'])
def test_linalg_svdvals_gradcheck(index):
    check_sample("linalg_svdvals", index)


@pytest.mark.parametrize("index", range(4), ids=['A=3x3', 'A=4x2', 'A=2x5', 'A=2x3x2'])
def test_linalg_svdvals_forward_mode(index):
    check_sample_forward("linalg_svdvals", index)


@pytest.mark.parametrize("index", range(4), ids=['A=3x3', 'A=4x2', 'A=2x5', 'A=2x3x2'])
def test_linalg_svdvals_gradgradcheck(index):
    check_sample_second_order("linalg_svdvals", index)

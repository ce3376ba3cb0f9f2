# Generated from derivatives.yaml by yamlgrad.codegen — do not edit.
"""`linalg_inv(Tensor A) -> Tensor` [derivatives.yaml, entry linalg_inv]: its backward against finite differences."""
import pytest

from yamlgrad.testing import check_sample, check_sample_forward, check_sample_second_order


@pytest.mark.parametrize("index", range(3), ids=['A=3x3', 'A=2x3x3', 'A=1x1'])
def test_linalg_inv_gradcheck(index):
    check_sample("linalg_inv", index)


@pytest.mark.parametrize("index", range(3), ids=['A=3x3', 'A=2x3x3', 'A=1x1'])
def test_linalg_inv_forward_mode(index):
    check_sample_forward("linalg_inv", index)


@pytest.mark.parametrize("index", range(3), ids=['A=3x3', 'A=2x3x3', 'A=1x1'])
def test_linalg_inv_gradgradcheck(index):
    check_sample_second_order("linalg_inv", index)

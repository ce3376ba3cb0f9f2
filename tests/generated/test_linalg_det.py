# Generated from derivatives.yaml by yamlgrad.codegen — do not edit.
"""`linalg_det(Tensor A) -> Tensor` [derivatives.yaml, entry linalg_det]: its backward against finite differences."""
import pytest

from yamlgrad.testing import check_sample, check_sample_forward, check_sample_second_order


@pytest.mark.parametrize("index", range(3), ids=['A=3x3', 'A=2x3x3', 'A=1x1'])
def test_linalg_det_gradcheck(index):
    check_sample("linalg_det", index)


@pytest.mark.parametrize("index", range(3), ids=['A=3x3', 'A=2x3x3', 'A=1x1'])
def test_linalg_det_forward_mode(index):
    check_sample_forward("linalg_det", index)


@pytest.mark.parametrize("index", range(3), ids=['A=3x3', 'A=2x3x3', 'A=1x1'])
def test_linalg_det_gradgradcheck(index):
    check_sample_second_order("linalg_det", index)

# Generated from derivatives.yaml by yamlgrad.codegen — do not edit.
"""`linalg_qr(Tensor A, str mode='reduced') -> (Tensor Q, Tensor R)` [derivatives.yaml, entry linalg_qr]: its backward against finite differences."""
import pytest

from yamlgrad.testing import check_sample, check_sample_forward, check_sample_second_order


@pytest.mark.parametrize("index", range(6), ids=['A=3x3', 'A=4x2', 'A=2x4', 'A=2x3x2', "A=2x3,mode='complete'", "A=3x3,mode='complete'"])
def test_linalg_qr_gradcheck(index):
    check_sample("linalg_qr", index)


@pytest.mark.parametrize("index", range(6), ids=['A=3x3', 'A=4x2', 'A=2x4', 'A=2x3x2', "A=2x3,mode='complete'", "A=3x3,mode='complete'"])
def test_linalg_qr_forward_mode(index):
    check_sample_forward("linalg_qr", index)


@pytest.mark.parametrize("index", range(6), ids=['A=3x3', 'A=4x2', 'A=2x4', 'A=2x3x2', "A=2x3,mode='complete'", "A=3x3,mode='complete'"])
def test_linalg_qr_gradgradcheck(index):
    check_sample_second_order("linalg_qr", index)

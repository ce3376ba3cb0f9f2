# Generated from derivatives.yaml by yamlgrad.codegen — do not edit.
"""`linalg_pinv(Tensor A, *, float? atol=None, float? rtol=None, bool hermitian=False) -> Tensor` [derivatives.yaml, entry linalg_pinv]: its backward against finite differences."""
import pytest

from yamlgrad.testing import check_sample, check_sample_forward, check_sample_second_order


@pytest.mark.parametrize("index", range(5), ids=['A=3x3', 'A=4x2', 'A=2x4', 'A=2x3x2', 'A=3x2,atol=0.001'])
def test_linalg_pinv_gradcheck(index):
    check_sample("linalg_pinv", index)


@pytest.mark.parametrize("index", range(5), ids=['A=3x3', 'A=4x2', 'A=2x4', 'A=2x3x2', 'A=3x2,atol=0.001'])
def test_linalg_pinv_forward_mode(index):
    check_sample_forward("linalg_pinv", index)


@pytest.mark.parametrize("index", range(5), ids=['A=3x3', 'A=4x2', 'A=2x4', 'A=2x3x2', 'A=3x2,atol=0.001'])
def test_linalg_pinv_gradgradcheck(index):
    check_sample_second_order("linalg_pinv", index)

# Generated from derivatives.yaml by yamlgrad.codegen — do not edit.
"""`linalg_cholesky(Tensor A, *, bool upper=False) -> (Tensor L)` [derivatives.yaml, entry linalg_cholesky]: its backward against finite differences."""
import pytest

from yamlgrad.testing import check_sample, check_sample_forward, check_sample_second_order


@pytest.mark.parametrize("index", range(3), ids=['A=1x1', 'A=3x1x1', 'A=2x1x1,upper=True'])
def test_linalg_cholesky_gradcheck(index):
    check_sample("linalg_cholesky", index)


@pytest.mark.parametrize("index", range(3), ids=['A=1x1', 'A=3x1x1', 'A=2x1x1,upper=True'])
def test_linalg_cholesky_forward_mode(index):
    check_sample_forward("linalg_cholesky", index)


@pytest.mark.parametrize("index", range(3), ids=['A=1x1', 'A=3x1x1', 'A=2x1x1,upper=True'])
def test_linalg_cholesky_gradgradcheck(index):
    check_sample_second_order("linalg_cholesky", index)

# Generated from derivatives.yaml by yamlgrad.codegen — do not edit.
"""`linalg_solve(Tensor A, Tensor B, *, bool left=True) -> Tensor` [derivatives.yaml, entry linalg_solve]: its backward against finite differences."""
import pytest

from yamlgrad.testing import check_sample, check_sample_forward, check_sample_second_order


@pytest.mark.parametrize("index", range(8), ids=['A=3x3,B=3', 'A=3x3,B=3x2', 'A=2x3x3,B=3', 'A=2x3x3,B=2x3', 'A=2x3x3,B=3x4', 'A=3x3,B=2x3x2', 'A=3x3,B=2x3,left=False', 'A=2x3x3,B=4x3,left=False'])
def test_linalg_solve_gradcheck(index):
    check_sample("linalg_solve", index)


@pytest.mark.parametrize("index", range(8), ids=['A=3x3,B=3', 'A=3x3,B=3x2', 'A=2x3x3,B=3', 'A=2x3x3,B=2x3', 'A=2x3x3,B=3x4', 'A=3x3,B=2x3x2', 'A=3x3,B=2x3,left=False', 'A=2x3x3,B=4x3,left=False'])
def test_linalg_solve_forward_mode(index):
    check_sample_forward("linalg_solve", index)


@pytest.mark.parametrize("index", range(8), ids=['A=3x3,B=3', 'A=3x3,B=3x2', 'A=2x3x3,B=3', 'A=2x3x3,B=2x3', 'A=2x3x3,B=3x4', 'A=3x3,B=2x3x2', 'A=3x3,B=2x3,left=False', 'A=2x3x3,B=4x3,left=False'])
def test_linalg_solve_gradgradcheck(index):
    check_sample_second_order("linalg_solve", index)

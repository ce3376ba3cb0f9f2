# Generated from derivatives.yaml by yamlgrad.codegen — do not edit.
"""`matmul(Tensor self, Tensor other) -> Tensor` [derivatives.yaml, entry matmul]: its backward against finite differences."""
import pytest

from yamlgrad.testing import check_sample, check_sample_forward, check_sample_second_order


@pytest.mark.parametrize("index", range(8), ids=['self=3,other=3', 'self=2x3,other=3', 'self=3,other=3x4', 'self=2x3,other=3x4', 'self=2x2x3,other=3x4', 'self=2x1x2x3,other=3x3x2', 'self=3,other=2x3x4', 'self=2x2x3,other=3'])
def test_matmul_gradcheck(index):
    check_sample("matmul", index)


@pytest.mark.parametrize("index", range(8), ids=['self=3,other=3', 'self=2x3,other=3', 'self=3,other=3x4', 'self=2x3,other=3x4', 'self=2x2x3,other=3x4', 'self=2x1x2x3,other=3x3x2', 'self=3,other=2x3x4', 'self=2x2x3,other=3'])
def test_matmul_forward_mode(index):
    check_sample_forward("matmul", index)


@pytest.mark.parametrize("index", range(8), ids=['self=3,other=3', 'self=2x3,other=3', 'self=3,other=3x4', 'self=2x3,other=3x4', 'self=2x2x3,other=3x4', 'self=2x1x2x3,other=3x3x2', 'self=3,other=2x3x4', 'self=2x2x3,other=3'])
def test_matmul_gradgradcheck(index):
    check_sample_second_order("matmul", index)

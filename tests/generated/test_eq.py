# Generated from derivatives.yaml by yamlgrad.codegen — do not edit.
"""`eq(Tensor self, Tensor other) -> Tensor` [derivatives.yaml, entry eq]: its backward against finite differences."""
import pytest

from yamlgrad.testing import check_sample


@pytest.mark.parametrize("index", range(6), ids=['self=0d,other=0d', 'self=4,other=4', 'self=2x3,other=2x3', 'self=2x3,other=3', 'self=3x1,other=1x4', 'self=0d,other=2x3'])
def test_eq_gradcheck(index):
    check_sample("eq", index)

# Generated from derivatives.yaml by yamlgrad.codegen — do not edit.
"""`zeros_like(Tensor self) -> Tensor` [derivatives.yaml, entry zeros_like]: its backward against finite differences."""
import pytest

from yamlgrad.testing import check_sample


@pytest.mark.parametrize("index", range(3), ids=['self=0d', 'self=5', 'self=2x3'])
def test_zeros_like_gradcheck(index):
    check_sample("zeros_like", index)

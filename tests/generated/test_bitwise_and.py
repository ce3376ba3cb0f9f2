# Generated from derivatives.yaml by yamlgrad.codegen — do not edit.
"""`bitwise_and(Tensor self, Tensor other) -> Tensor` [derivatives.yaml, entry bitwise_and]: its backward against finite differences."""
import pytest

from yamlgrad.testing import check_sample


@pytest.mark.parametrize("index", range(1), ids=['self=3,other=3'])
def test_bitwise_and_gradcheck(index):
    check_sample("bitwise_and", index)

# Generated from derivatives.yaml by yamlgrad.codegen — do not edit.
"""`bitwise_xor(Tensor self, Tensor other) -> Tensor` [derivatives.yaml, entry bitwise_xor]: its backward against finite differences."""
import pytest

from yamlgrad.testing import check_sample


@pytest.mark.parametrize("index", range(1), ids=['self=3,other=3'])
def test_bitwise_xor_gradcheck(index):
    check_sample("bitwise_xor", index)

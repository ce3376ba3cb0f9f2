# Generated from derivatives.yaml by yamlgrad.codegen — do not edit.
"""`bitwise_not(Tensor self) -> Tensor` [derivatives.yaml, entry bitwise_not]: its backward against finite differences."""
import pytest

from yamlgrad.testing import check_sample


@pytest.mark.parametrize("index", range(1), ids=['self=3'])
def test_bitwise_not_gradcheck(index):
    check_sample("bitwise_not", index)

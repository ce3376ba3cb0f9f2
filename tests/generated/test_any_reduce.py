# Generated from derivatives.yaml by yamlgrad.codegen — do not edit.
"""`any.reduce(Tensor self, int[]? dim=None, bool keepdim=False) -> Tensor` [derivatives.yaml, entry any_reduce]: its backward against finite differences."""
import pytest

from yamlgrad.testing import check_sample


@pytest.mark.parametrize("index", range(2), ids=['self=2x3', 'self=2x3,dim=0'])
def test_any_reduce_gradcheck(index):
    check_sample("any_reduce", index)

# Generated from derivatives.yaml by yamlgrad.codegen — do not edit.
"""`argsort(Tensor self, int dim=-1, bool descending=False, *, bool stable=False) -> Tensor` [derivatives.yaml, entry argsort]: its backward against finite differences."""
import pytest

from yamlgrad.testing import check_sample


@pytest.mark.parametrize("index", range(3), ids=['self=0d', 'self=5', 'self=2x3'])
def test_argsort_gradcheck(index):
    check_sample("argsort", index)

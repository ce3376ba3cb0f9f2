# Generated from derivatives.yaml by yamlgrad.codegen — do not edit.
"""`count_nonzero(Tensor self, int[]? dim=None) -> Tensor` [derivatives.yaml, entry count_nonzero]: its backward against finite differences."""
import pytest

from yamlgrad.testing import check_sample


@pytest.mark.parametrize("index", range(3), ids=['self=0d', 'self=5', 'self=2x3'])
def test_count_nonzero_gradcheck(index):
    check_sample("count_nonzero", index)

# Generated from derivatives.yaml by yamlgrad.codegen — do not edit.
"""`all(Tensor self, int[]? dim=None, bool keepdim=False) -> Tensor` [derivatives.yaml, entry all]: its backward against finite differences."""
import pytest

from yamlgrad.testing import check_sample


@pytest.mark.parametrize("index", range(2), ids=['self=2x3', 'self=2x3,dim=1,keepdim=True'])
def test_all_gradcheck(index):
    check_sample("all", index)

# Generated from derivatives.yaml by yamlgrad.codegen — do not edit.
"""`cat(Tensor[] tensors, int dim=0) -> Tensor` [derivatives.yaml, entry cat]: its backward against finite differences."""
import pytest

from yamlgrad.testing import check_sample, check_sample_forward, check_sample_second_order


@pytest.mark.parametrize("index", range(3), ids=['tensors=[2]', 'tensors=[3],dim=1', 'tensors=[1],dim=-1'])
def test_cat_gradcheck(index):
    check_sample("cat", index)


@pytest.mark.parametrize("index", range(3), ids=['tensors=[2]', 'tensors=[3],dim=1', 'tensors=[1],dim=-1'])
def test_cat_forward_mode(index):
    check_sample_forward("cat", index)


@pytest.mark.parametrize("index", range(3), ids=['tensors=[2]', 'tensors=[3],dim=1', 'tensors=[1],dim=-1'])
def test_cat_gradgradcheck(index):
    check_sample_second_order("cat", index)

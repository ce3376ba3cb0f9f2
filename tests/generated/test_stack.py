# Generated from derivatives.yaml by yamlgrad.codegen — do not edit.
"""`stack(Tensor[] tensors, int dim=0) -> Tensor` [derivatives.yaml, entry stack]: its backward against finite differences."""
import pytest

from yamlgrad.testing import check_sample, check_sample_forward, check_sample_second_order


@pytest.mark.parametrize("index", range(3), ids=['tensors=[2]', 'tensors=[3]', 'tensors=[2],dim=1'])
def test_stack_gradcheck(index):
    check_sample("stack", index)


@pytest.mark.parametrize("index", range(3), ids=['tensors=[2]', 'tensors=[3]', 'tensors=[2],dim=1'])
def test_stack_forward_mode(index):
    check_sample_forward("stack", index)


@pytest.mark.parametrize("index", range(3), ids=['tensors=[2]', 'tensors=[3]', 'tensors=[2],dim=1'])
def test_stack_gradgradcheck(index):
    check_sample_second_order("stack", index)

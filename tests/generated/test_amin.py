# Generated from derivatives.yaml by yamlgrad.codegen — do not edit.
"""`amin(Tensor self, int[] dim=[], bool keepdim=False) -> Tensor` [derivatives.yaml, entry amin]: its backward against finite differences."""
import pytest

from yamlgrad.testing import check_sample, check_sample_forward, check_sample_second_order


@pytest.mark.parametrize("index", range(3), ids=['self=2x3', 'self=2x3,dim=0,keepdim=True', 'self=0d'])
def test_amin_gradcheck(index):
    check_sample("amin", index)


@pytest.mark.parametrize("index", range(3), ids=['self=2x3', 'self=2x3,dim=0,keepdim=True', 'self=0d'])
def test_amin_forward_mode(index):
    check_sample_forward("amin", index)


@pytest.mark.parametrize("index", range(3), ids=['self=2x3', 'self=2x3,dim=0,keepdim=True', 'self=0d'])
def test_amin_gradgradcheck(index):
    check_sample_second_order("amin", index)

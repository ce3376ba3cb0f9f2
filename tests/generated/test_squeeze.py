# Generated from derivatives.yaml by yamlgrad.codegen — do not edit.
"""`squeeze(Tensor self, int[]? dim=None) -> Tensor` [derivatives.yaml, entry squeeze]: its backward against finite differences."""
import pytest

from yamlgrad.testing import check_sample, check_sample_forward, check_sample_second_order


@pytest.mark.parametrize("index", range(4), ids=['self=1x3x1', 'self=1x3x1,dim=0', 'self=2x1,dim=[1]', 'self=2x3,dim=0'])
def test_squeeze_gradcheck(index):
    check_sample("squeeze", index)


@pytest.mark.parametrize("index", range(4), ids=['self=1x3x1', 'self=1x3x1,dim=0', 'self=2x1,dim=[1]', 'self=2x3,dim=0'])
def test_squeeze_forward_mode(index):
    check_sample_forward("squeeze", index)


@pytest.mark.parametrize("index", range(4), ids=['self=1x3x1', 'self=1x3x1,dim=0', 'self=2x1,dim=[1]', 'self=2x3,dim=0'])
def test_squeeze_gradgradcheck(index):
    check_sample_second_order("squeeze", index)

# Generated from derivatives.yaml by yamlgrad.codegen — do not edit.
"""`max_pool2d_with_indices(Tensor self, int[] kernel_size, int[] stride=[], int[] padding=0, int[] dilation=1, bool ceil_mode=False) -> (Tensor output, Tensor indices)` [derivatives.yaml, entry max_pool2d_with_indices]: its backward against finite differences."""
import pytest

from yamlgrad.testing import check_sample, check_sample_forward, check_sample_second_order


@pytest.mark.parametrize("index", range(4), ids=['self=2x2x4x4,kernel_size=[2]', 'self=1x2x5x5,kernel_size=[3,2],stride=[2,1],padding=[1,1]', 'self=2x5x6,kernel_size=[2],stride=[1],dilation=[2]', 'self=1x1x5x6,kernel_size=[2,3],stride=[2],padding=[1,0],ceil_mode=True'])
def test_max_pool2d_with_indices_gradcheck(index):
    check_sample("max_pool2d_with_indices", index)


@pytest.mark.parametrize("index", range(4), ids=['self=2x2x4x4,kernel_size=[2]', 'self=1x2x5x5,kernel_size=[3,2],stride=[2,1],padding=[1,1]', 'self=2x5x6,kernel_size=[2],stride=[1],dilation=[2]', 'self=1x1x5x6,kernel_size=[2,3],stride=[2],padding=[1,0],ceil_mode=True'])
def test_max_pool2d_with_indices_forward_mode(index):
    check_sample_forward("max_pool2d_with_indices", index)


@pytest.mark.parametrize("index", range(4), ids=['self=2x2x4x4,kernel_size=[2]', 'self=1x2x5x5,kernel_size=[3,2],stride=[2,1],padding=[1,1]', 'self=2x5x6,kernel_size=[2],stride=[1],dilation=[2]', 'self=1x1x5x6,kernel_size=[2,3],stride=[2],padding=[1,0],ceil_mode=True'])
def test_max_pool2d_with_indices_gradgradcheck(index):
    check_sample_second_order("max_pool2d_with_indices", index)

# Generated from derivatives.yaml by yamlgrad.codegen — do not edit.
"""`avg_pool2d(Tensor self, int[] kernel_size, int[] stride=[], int[] padding=0, bool ceil_mode=False, bool count_include_pad=True, int? divisor_override=None) -> Tensor` [derivatives.yaml, entry avg_pool2d]: its backward against finite differences."""
import pytest

from yamlgrad.testing import check_sample, check_sample_forward, check_sample_second_order


@pytest.mark.parametrize("index", range(5), ids=['self=2x2x4x4,kernel_size=[2]', 'self=1x2x5x5,kernel_size=[3,2],stride=[2,1],padding=[1,1]', 'self=1x5x6,kernel_size=[3],stride=[2],padding=[1],ceil_mode=True,count_include_pad=False', 'self=1x1x5x6,kernel_size=[2,3],stride=[2],padding=[1,0],ceil_mode=True', 'self=1x2x4x4,kernel_size=[3],stride=[1],padding=[1],divisor_override=4'])
def test_avg_pool2d_gradcheck(index):
    check_sample("avg_pool2d", index)


@pytest.mark.parametrize("index", range(5), ids=['self=2x2x4x4,kernel_size=[2]', 'self=1x2x5x5,kernel_size=[3,2],stride=[2,1],padding=[1,1]', 'self=1x5x6,kernel_size=[3],stride=[2],padding=[1],ceil_mode=True,count_include_pad=False', 'self=1x1x5x6,kernel_size=[2,3],stride=[2],padding=[1,0],ceil_mode=True', 'self=1x2x4x4,kernel_size=[3],stride=[1],padding=[1],divisor_override=4'])
def test_avg_pool2d_forward_mode(index):
    check_sample_forward("avg_pool2d", index)


@pytest.mark.parametrize("index", range(5), ids=['self=2x2x4x4,kernel_size=[2]', 'self=1x2x5x5,kernel_size=[3,2],stride=[2,1],padding=[1,1]', 'self=1x5x6,kernel_size=[3],stride=[2],padding=[1],ceil_mode=True,count_include_pad=False', 'self=1x1x5x6,kernel_size=[2,3],stride=[2],padding=[1,0],ceil_mode=True', 'self=1x2x4x4,kernel_size=[3],stride=[1],padding=[1],divisor_override=4'])
def test_avg_pool2d_gradgradcheck(index):
    check_sample_second_order("avg_pool2d", index)

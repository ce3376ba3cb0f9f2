# Generated from derivatives.yaml by yamlgrad.codegen — do not edit.
"""`avg_pool2d_backward(Tensor output_grad, Tensor self, int[] kernel_size, int[] stride, int[] padding, bool ceil_mode, bool count_include_pad, int? divisor_override) -> Tensor` [derivatives.yaml, entry avg_pool2d_backward]: its backward against finite differences."""
import pytest

from yamlgrad.testing import check_sample, check_sample_forward, check_sample_second_order


@pytest.mark.parametrize("index", range(2), ids=['output_grad=2x2x2x2,self=2x2x4x4,kernel_size=[2],stride=[2],padding=[0],ceil_mode=False,count_include_pad=True,divisor_override=None', 'output_grad=1x3x4,self=1x5x6,kernel_size=[3],stride=[2],padding=[1],ceil_mode=True,count_include_pad=False,divisor_override=5'])
def test_avg_pool2d_backward_gradcheck(index):
    check_sample("avg_pool2d_backward", index)


@pytest.mark.parametrize("index", range(2), ids=['output_grad=2x2x2x2,self=2x2x4x4,kernel_size=[2],stride=[2],padding=[0],ceil_mode=False,count_include_pad=True,divisor_override=None', 'output_grad=1x3x4,self=1x5x6,kernel_size=[3],stride=[2],padding=[1],ceil_mode=True,count_include_pad=False,divisor_override=5'])
def test_avg_pool2d_backward_forward_mode(index):
    check_sample_forward("avg_pool2d_backward", index)


@pytest.mark.parametrize("index", range(2), ids=['output_grad=2x2x2x2,self=2x2x4x4,kernel_size=[2],stride=[2],padding=[0],ceil_mode=False,count_include_pad=True,divisor_override=None', 'output_grad=1x3x4,self=1x5x6,kernel_size=[3],stride=[2],padding=[1],ceil_mode=True,count_include_pad=False,divisor_override=5'])
def test_avg_pool2d_backward_gradgradcheck(index):
    check_sample_second_order("avg_pool2d_backward", index)

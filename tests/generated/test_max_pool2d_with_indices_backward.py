# Generated from derivatives.yaml by yamlgrad.codegen — do not edit.
"""`max_pool2d_with_indices_backward(Tensor output_grad, Tensor self, int[] kernel_size, int[] stride, int[] padding, int[] dilation, bool ceil_mode, Tensor indices) -> Tensor` [derivatives.yaml, entry max_pool2d_with_indices_backward]: its backward against finite differences."""
import pytest

from yamlgrad.testing import check_sample, check_sample_forward, check_sample_second_order


@pytest.mark.parametrize("index", range(2), ids=['output_grad=2x2x2x2,self=2x2x4x4,kernel_size=[2],stride=[2],padding=[0],dilation=[1],ceil_mode=False,indices=2x2x2x2', 'output_grad=2x3x3,self=2x4x4,kernel_size=[2],stride=[1],padding=[0],dilation=[1],ceil_mode=False,indices=2x3x3'])
def test_max_pool2d_with_indices_backward_gradcheck(index):
    check_sample("max_pool2d_with_indices_backward", index)


@pytest.mark.parametrize("index", range(2), ids=['output_grad=2x2x2x2,self=2x2x4x4,kernel_size=[2],stride=[2],padding=[0],dilation=[1],ceil_mode=False,indices=2x2x2x2', 'output_grad=2x3x3,self=2x4x4,kernel_size=[2],stride=[1],padding=[0],dilation=[1],ceil_mode=False,indices=2x3x3'])
def test_max_pool2d_with_indices_backward_forward_mode(index):
    check_sample_forward("max_pool2d_with_indices_backward", index)


@pytest.mark.parametrize("index", range(2), ids=['output_grad=2x2x2x2,self=2x2x4x4,kernel_size=[2],stride=[2],padding=[0],dilation=[1],ceil_mode=False,indices=2x2x2x2', 'output_grad=2x3x3,self=2x4x4,kernel_size=[2],stride=[1],padding=[0],dilation=[1],ceil_mode=False,indices=2x3x3'])
def test_max_pool2d_with_indices_backward_gradgradcheck(index):
    check_sample_second_order("max_pool2d_with_indices_backward", index)

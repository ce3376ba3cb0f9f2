# Generated from derivatives.yaml by yamlgrad.codegen — do not edit.
"""`conv_transpose_input(Tensor output_grad, Tensor weight, int[] input_size, int[] stride, int[] padding, int[] dilation, int groups) -> Tensor` [derivatives.yaml, entry conv_transpose_input]: its backward against finite differences."""
import pytest

from yamlgrad.testing import check_sample, check_sample_forward, check_sample_second_order


@pytest.mark.parametrize("index", range(3), ids=['output_grad=2x3x3,weight=3x2x3,input_size=[2,2,5],stride=[1],padding=[0],dilation=[1],groups=1', 'output_grad=1x4x3,weight=4x2x2,input_size=[1,4,6],stride=[2],padding=[1],dilation=[2],groups=2', 'output_grad=1x2x3x2,weight=2x1x2x3,input_size=[1,2,6,5],stride=[2,2],padding=[1,0],dilation=[1,1],groups=2'])
def test_conv_transpose_input_gradcheck(index):
    check_sample("conv_transpose_input", index)


@pytest.mark.parametrize("index", range(3), ids=['output_grad=2x3x3,weight=3x2x3,input_size=[2,2,5],stride=[1],padding=[0],dilation=[1],groups=1', 'output_grad=1x4x3,weight=4x2x2,input_size=[1,4,6],stride=[2],padding=[1],dilation=[2],groups=2', 'output_grad=1x2x3x2,weight=2x1x2x3,input_size=[1,2,6,5],stride=[2,2],padding=[1,0],dilation=[1,1],groups=2'])
def test_conv_transpose_input_forward_mode(index):
    check_sample_forward("conv_transpose_input", index)


@pytest.mark.parametrize("index", range(3), ids=['output_grad=2x3x3,weight=3x2x3,input_size=[2,2,5],stride=[1],padding=[0],dilation=[1],groups=1', 'output_grad=1x4x3,weight=4x2x2,input_size=[1,4,6],stride=[2],padding=[1],dilation=[2],groups=2', 'output_grad=1x2x3x2,weight=2x1x2x3,input_size=[1,2,6,5],stride=[2,2],padding=[1,0],dilation=[1,1],groups=2'])
def test_conv_transpose_input_gradgradcheck(index):
    check_sample_second_order("conv_transpose_input", index)

# Generated from derivatives.yaml by yamlgrad.codegen — do not edit.
"""`conv_weight_grad(Tensor input, Tensor output_grad, int[] weight_size, int[] stride, int[] padding, int[] dilation, int groups) -> Tensor` [derivatives.yaml, entry conv_weight_grad]: its backward against finite differences."""
import pytest

from yamlgrad.testing import check_sample, check_sample_forward, check_sample_second_order


@pytest.mark.parametrize("index", range(3), ids=['input=2x2x5,output_grad=2x3x3,weight_size=[3,2,3],stride=[1],padding=[0],dilation=[1],groups=1', 'input=1x4x6,output_grad=1x4x3,weight_size=[4,2,2],stride=[2],padding=[1],dilation=[2],groups=2', 'input=1x2x5x4,output_grad=1x2x3x1,weight_size=[2,1,2,2],stride=[2,2],padding=[1,0],dilation=[1,2],groups=2'])
def test_conv_weight_grad_gradcheck(index):
    check_sample("conv_weight_grad", index)


@pytest.mark.parametrize("index", range(3), ids=['input=2x2x5,output_grad=2x3x3,weight_size=[3,2,3],stride=[1],padding=[0],dilation=[1],groups=1', 'input=1x4x6,output_grad=1x4x3,weight_size=[4,2,2],stride=[2],padding=[1],dilation=[2],groups=2', 'input=1x2x5x4,output_grad=1x2x3x1,weight_size=[2,1,2,2],stride=[2,2],padding=[1,0],dilation=[1,2],groups=2'])
def test_conv_weight_grad_forward_mode(index):
    check_sample_forward("conv_weight_grad", index)


@pytest.mark.parametrize("index", range(3), ids=['input=2x2x5,output_grad=2x3x3,weight_size=[3,2,3],stride=[1],padding=[0],dilation=[1],groups=1', 'input=1x4x6,output_grad=1x4x3,weight_size=[4,2,2],stride=[2],padding=[1],dilation=[2],groups=2', 'input=1x2x5x4,output_grad=1x2x3x1,weight_size=[2,1,2,2],stride=[2,2],padding=[1,0],dilation=[1,2],groups=2'])
def test_conv_weight_grad_gradgradcheck(index):
    check_sample_second_order("conv_weight_grad", index)

# Generated from derivatives.yaml by yamlgrad.codegen — do not edit.
"""`convolution(Tensor input, Tensor weight, Tensor? bias, int[] stride, int[] padding, int[] dilation, bool transposed, int[] output_padding, int groups) -> Tensor` [derivatives.yaml, entry convolution]: its backward against finite differences."""
import pytest

from yamlgrad.testing import check_sample, check_sample_forward, check_sample_second_order


@pytest.mark.parametrize("index", range(6), ids=['input=2x2x5,weight=3x2x3,bias=3,stride=[1],padding=[0],dilation=[1],transposed=False,output_padding=[0],groups=1', 'input=1x4x6,weight=4x2x2,bias=4,stride=[2],padding=[1],dilation=[2],transposed=False,output_padding=[0],groups=2', 'input=2x2x4x4,weight=3x2x2x3,bias=3,stride=[1,2],padding=[1,0],dilation=[1,1],transposed=False,output_padding=[0,0],groups=1', 'input=1x4x5x4,weight=2x2x2x2,bias=2,stride=[2,1],padding=[1,1],dilation=[2,1],transposed=False,output_padding=[0,0],groups=2', 'input=2x2x3,weight=2x3x3,bias=3,stride=[2],padding=[1],dilation=[1],transposed=True,output_padding=[1],groups=1', 'input=1x4x3x2,weight=4x1x2x2,bias=2,stride=[2,1],padding=[0,1],dilation=[1,2],transposed=True,output_padding=[1,1],groups=2'])
def test_convolution_gradcheck(index):
    check_sample("convolution", index)


@pytest.mark.parametrize("index", range(6), ids=['input=2x2x5,weight=3x2x3,bias=3,stride=[1],padding=[0],dilation=[1],transposed=False,output_padding=[0],groups=1', 'input=1x4x6,weight=4x2x2,bias=4,stride=[2],padding=[1],dilation=[2],transposed=False,output_padding=[0],groups=2', 'input=2x2x4x4,weight=3x2x2x3,bias=3,stride=[1,2],padding=[1,0],dilation=[1,1],transposed=False,output_padding=[0,0],groups=1', 'input=1x4x5x4,weight=2x2x2x2,bias=2,stride=[2,1],padding=[1,1],dilation=[2,1],transposed=False,output_padding=[0,0],groups=2', 'input=2x2x3,weight=2x3x3,bias=3,stride=[2],padding=[1],dilation=[1],transposed=True,output_padding=[1],groups=1', 'input=1x4x3x2,weight=4x1x2x2,bias=2,stride=[2,1],padding=[0,1],dilation=[1,2],transposed=True,output_padding=[1,1],groups=2'])
def test_convolution_forward_mode(index):
    check_sample_forward("convolution", index)


@pytest.mark.parametrize("index", range(6), ids=['input=2x2x5,weight=3x2x3,bias=3,stride=[1],padding=[0],dilation=[1],transposed=False,output_padding=[0],groups=1', 'input=1x4x6,weight=4x2x2,bias=4,stride=[2],padding=[1],dilation=[2],transposed=False,output_padding=[0],groups=2', 'input=2x2x4x4,weight=3x2x2x3,bias=3,stride=[1,2],padding=[1,0],dilation=[1,1],transposed=False,output_padding=[0,0],groups=1', 'input=1x4x5x4,weight=2x2x2x2,bias=2,stride=[2,1],padding=[1,1],dilation=[2,1],transposed=False,output_padding=[0,0],groups=2', 'input=2x2x3,weight=2x3x3,bias=3,stride=[2],padding=[1],dilation=[1],transposed=True,output_padding=[1],groups=1', 'input=1x4x3x2,weight=4x1x2x2,bias=2,stride=[2,1],padding=[0,1],dilation=[1,2],transposed=True,output_padding=[1,1],groups=2'])
def test_convolution_gradgradcheck(index):
    check_sample_second_order("convolution", index)

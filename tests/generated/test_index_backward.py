# Generated from derivatives.yaml by yamlgrad.codegen — do not edit.
"""`index_backward(Tensor src, int[] shape, Index index) -> Tensor` [derivatives.yaml, entry index_backward]: its backward against finite differences."""
import pytest

from yamlgrad.testing import check_sample, check_sample_forward, check_sample_second_order


@pytest.mark.parametrize("index", range(2), ids=['src=2x5,shape=[4,5],index=slice(1,3,None)', 'src=3,shape=[5],index=[0,2,2]'])
def test_index_backward_gradcheck(index):
    check_sample("index_backward", index)


@pytest.mark.parametrize("index", range(2), ids=['src=2x5,shape=[4,5],index=slice(1,3,None)', 'src=3,shape=[5],index=[0,2,2]'])
def test_index_backward_forward_mode(index):
    check_sample_forward("index_backward", index)


@pytest.mark.parametrize("index", range(2), ids=['src=2x5,shape=[4,5],index=slice(1,3,None)', 'src=3,shape=[5],index=[0,2,2]'])
def test_index_backward_gradgradcheck(index):
    check_sample_second_order("index_backward", index)

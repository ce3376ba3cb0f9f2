# Generated from derivatives.yaml by yamlgrad.codegen — do not edit.
"""`embedding_dense_backward(Tensor output_grad, Tensor indices, int num_weights, int padding_idx, bool scale_grad_by_freq) -> Tensor` [derivatives.yaml, entry embedding_dense_backward]: its backward against finite differences."""
import pytest

from yamlgrad.testing import check_sample, check_sample_forward, check_sample_second_order


@pytest.mark.parametrize("index", range(2), ids=['output_grad=2x4x3,indices=2x4,num_weights=5,padding_idx=-1,scale_grad_by_freq=False', 'output_grad=6x2,indices=6,num_weights=4,padding_idx=2,scale_grad_by_freq=True'])
def test_embedding_dense_backward_gradcheck(index):
    check_sample("embedding_dense_backward", index)


@pytest.mark.parametrize("index", range(2), ids=['output_grad=2x4x3,indices=2x4,num_weights=5,padding_idx=-1,scale_grad_by_freq=False', 'output_grad=6x2,indices=6,num_weights=4,padding_idx=2,scale_grad_by_freq=True'])
def test_embedding_dense_backward_forward_mode(index):
    check_sample_forward("embedding_dense_backward", index)


@pytest.mark.parametrize("index", range(2), ids=['output_grad=2x4x3,indices=2x4,num_weights=5,padding_idx=-1,scale_grad_by_freq=False', 'output_grad=6x2,indices=6,num_weights=4,padding_idx=2,scale_grad_by_freq=True'])
def test_embedding_dense_backward_gradgradcheck(index):
    check_sample_second_order("embedding_dense_backward", index)

# Generated from derivatives.yaml by yamlgrad.codegen — do not edit.
"""`einsum(str equation, Tensor[] tensors) -> Tensor` [derivatives.yaml, entry einsum]: its backward against finite differences."""
import pytest

from yamlgrad.testing import check_sample, check_sample_forward, check_sample_second_order


@pytest.mark.parametrize("index", range(8), ids=["equation='ij,jk->ik',tensors=[2]", "equation='i,i',tensors=[2]", "equation='bij,bjk->bik',tensors=[2]", "equation='ij->j',tensors=[1]", "equation='ij,k->ijk',tensors=[2]", "equation='...ij,...jk->...ik',tensors=[2]", "equation='ii->i',tensors=[1]", "equation='bii',tensors=[1]"])
def test_einsum_gradcheck(index):
    check_sample("einsum", index)


@pytest.mark.parametrize("index", range(8), ids=["equation='ij,jk->ik',tensors=[2]", "equation='i,i',tensors=[2]", "equation='bij,bjk->bik',tensors=[2]", "equation='ij->j',tensors=[1]", "equation='ij,k->ijk',tensors=[2]", "equation='...ij,...jk->...ik',tensors=[2]", "equation='ii->i',tensors=[1]", "equation='bii',tensors=[1]"])
def test_einsum_forward_mode(index):
    check_sample_forward("einsum", index)


@pytest.mark.parametrize("index", range(8), ids=["equation='ij,jk->ik',tensors=[2]", "equation='i,i',tensors=[2]", "equation='bij,bjk->bik',tensors=[2]", "equation='ij->j',tensors=[1]", "equation='ij,k->ijk',tensors=[2]", "equation='...ij,...jk->...ik',tensors=[2]", "equation='ii->i',tensors=[1]", "equation='bii',tensors=[1]"])
def test_einsum_gradgradcheck(index):
    check_sample_second_order("einsum", index)

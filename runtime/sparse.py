"""yamlgrad.sparse (torch.sparse): products and sums of the dense-backed sparse tensors of
yamlgrad.api.sparse (`torch.sparse_coo_tensor`, `Tensor.to_sparse`)."""
from yamlgrad.api.sparse import mm, sparse_sum as sum

__all__ = ["mm", "sum"]

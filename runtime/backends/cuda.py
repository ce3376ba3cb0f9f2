"""torch.backends.cuda: CUDA is not built in; the matmul precision flags exist and can be set."""


class _MatmulFlags:
    """`torch.backends.cuda.matmul.allow_tf32` and its siblings (torch's defaults)."""

    def __init__(self):
        self.allow_tf32 = False
        self.allow_fp16_reduced_precision_reduction = True
        self.allow_bf16_reduced_precision_reduction = True


matmul = _MatmulFlags()


def is_built() -> bool:
    return False

"""torch.backends.cpu: the CPU capability string programs print."""


def get_cpu_capability() -> str:
    return "DEFAULT"

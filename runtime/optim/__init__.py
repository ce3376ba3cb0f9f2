"""yamlgrad.optim: optimizers with torch.optim's names, arguments and update formulas."""
from .adam import Adam, AdamW
from .optimizer import Optimizer
from .sgd import SGD

__all__ = ["Optimizer", "SGD", "Adam", "AdamW"]

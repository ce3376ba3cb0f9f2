"""yamlgrad.optim: optimizers with torch.optim's names, arguments and update formulas; lr_scheduler."""
from yamlgrad.optim import lr_scheduler
from yamlgrad.optim.adam import Adam, AdamW
from yamlgrad.optim.optimizer import Optimizer
from yamlgrad.optim.rmsprop import Adagrad, RMSprop
from yamlgrad.optim.sgd import SGD

__all__ = ["Optimizer", "SGD", "Adam", "AdamW", "RMSprop", "Adagrad", "lr_scheduler"]
from yamlgrad.optim.adadelta import Adadelta  # noqa: E402
from yamlgrad.optim.adamax import Adamax  # noqa: E402
from yamlgrad.optim.lbfgs import LBFGS  # noqa: E402
from yamlgrad.optim.nadam import NAdam  # noqa: E402
from yamlgrad.optim.radam import RAdam  # noqa: E402

__all__ += ["Adadelta", "Adamax", "NAdam", "RAdam", "LBFGS"]

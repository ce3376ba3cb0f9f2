"""Array code the registry names: the forward kernels (`kernels.<fn>` in `forward:`) and the helpers
formulas call (`@tensor_helper` / `@plain_helper`). Imports NumPy/SciPy only."""

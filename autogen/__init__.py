# Generated from derivatives.yaml by yamlgrad.codegen — do not edit.
"""Code generated from the registry: raw (array forwards), ops (Tensor forwards that record
the graph), functions (one backward Node per op), jvp (forward-mode formulas), tensor_methods
(Tensor bindings), samples (test data)."""

"""The graph core: Tensor, nodes, saved values, the engine, grad mode, hooks, in-place and forward-mode
bookkeeping. It imports NumPy and itself only; the ops are generated above it and register their
namespaces into it (see namespaces.py)."""

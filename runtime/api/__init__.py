"""torch names built over the generated ops: factories, composed functions, overloads and the Tensor
methods that need ops. Bound into `yamlgrad` and onto Tensor by the generated table
(yamlgrad.autogen.bindings)."""

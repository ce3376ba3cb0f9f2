"""Placeholder: the benchmark suite lands with the speed issue."""
print("no benchmarks yet")

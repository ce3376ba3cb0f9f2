"""Small MLP 64-32-32-4 (ReLU), batch 8, float32: one SGD step (forward, cross-entropy, backward,
update), in ms. At this size NumPy's own work is tiny, so the step measures the engine's per-op
overhead: graph recording, the backward loop, the optimizer's Python loop.

The yamlgrad, floor and torch steps are bench_mlp.py's, on other sizes. Target: <= 1.6x the floor.
"""
from __future__ import annotations

if __package__ in (None, ""):
    import bench_mlp
    import common
else:
    from . import bench_mlp, common

SIZES = (64, 32, 32, 4)
BATCH = 8
INNER = 400  # steps per repeat


def run(repeats: int = common.REPEATS, use_torch: bool = True) -> common.Result:
    return bench_mlp.measure(SIZES, BATCH, INNER, repeats, use_torch, "small MLP 64-32-32-4 b8 f32",
                             target_step=1.6, target_bwd_fwd=None)


if __name__ == "__main__":
    common.print_result(run())

"""Run the benchmark suite and print one table (`make bench`).

    python benchmarks/run.py [--repeats 5] [--only mlp,elementwise] [--big | --no-big] [--no-torch]
                             [--threads 1]

Every case is measured in this one process (the regen and import targets time subprocesses, which
is what they are about). Each line: yamlgrad's time, the plain-NumPy floor's time, their ratio, the
target and whether it is met, torch's time and torch / floor when torch imports, and whether
yamlgrad's gradients match the floor's (np.allclose). Exit status 1 when some gradients do not
match; targets that are not met do not change the exit status.
"""
from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

CASES = ("scalar_chain", "mlp", "small_mlp", "long_chain", "elementwise", "compile", "optim", "tooling")


def parse_args(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeats", type=int, default=5, help="repeats per measurement (median), default 5")
    parser.add_argument("--only", default="", help=f"comma-separated subset of {', '.join(CASES)}")
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--big", action="store_true", help="always run the 1,000,000-node chain")
    group.add_argument("--no-big", action="store_true", help="never run the 1,000,000-node chain "
                       "(by default it runs when predicted to take under 60 s)")
    parser.add_argument("--no-torch", action="store_true", help="leave out the torch columns")
    parser.add_argument("--threads", type=int, default=None,
                        help="BLAS and torch threads (default 1, or $YAMLGRAD_BENCH_THREADS)")
    args = parser.parse_args(argv)
    only = [c.strip() for c in args.only.split(",") if c.strip()]
    unknown = set(only) - set(CASES)
    if unknown:
        parser.error(f"unknown case(s) {', '.join(sorted(unknown))}; choose from {', '.join(CASES)}")
    args.cases = only or list(CASES)
    return args


def main(argv=None) -> int:
    args = parse_args(argv)
    if args.threads is not None:
        os.environ["YAMLGRAD_BENCH_THREADS"] = str(args.threads)
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    import common  # before NumPy: sets the BLAS thread count

    import bench_compile
    import bench_elementwise
    import bench_long_chain
    import bench_mlp
    import bench_optim
    import bench_scalar_chain
    import bench_small_mlp
    import bench_tooling

    modules = {"scalar_chain": bench_scalar_chain, "mlp": bench_mlp, "small_mlp": bench_small_mlp,
               "long_chain": bench_long_chain, "elementwise": bench_elementwise, "compile": bench_compile,
               "optim": bench_optim, "tooling": bench_tooling}
    use_torch = not args.no_torch
    torch = common.load_torch(use_torch)
    header = common.machine_lines()
    header.append(f"torch {torch.__version__}" if torch is not None else "torch: not available (columns empty)")
    header.append(f"medians of {args.repeats} repeats")
    for line in header:
        print(line)
    print(flush=True)

    total = common.Result()
    started = time.perf_counter()
    for name in args.cases:
        kwargs = {}
        if name == "long_chain":
            kwargs["big"] = True if args.big else False if args.no_big else None
        t0 = time.perf_counter()
        result = modules[name].run(repeats=args.repeats, use_torch=use_torch, **kwargs)
        print(f"  ... {name} measured in {time.perf_counter() - t0:.0f} s", file=sys.stderr, flush=True)
        total.rows += result.rows
        total.notes += result.notes
        total.sections += result.sections
    common.print_result(total)
    print()
    load = os.getloadavg() if hasattr(os, "getloadavg") else None
    met = [row.met() for row in total.rows if row.target is not None]
    print(f"targets met: {sum(bool(m) for m in met)}/{len(met)}; total {time.perf_counter() - started:.0f} s"
          + (f"; load average at the end: {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}" if load else ""))
    mismatched = [row.case for row in total.rows if row.grads_ok is False]
    if mismatched:
        print("GRADIENTS DO NOT MATCH THE FLOOR: " + "; ".join(mismatched))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())

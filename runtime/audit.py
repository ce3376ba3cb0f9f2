"""`python -m yamlgrad.audit`: check every registry formula against finite differences.

For each op, gradcheck over its registry samples; prints a table (op, samples, max abs err,
max rel err, status, seconds) and a summary; exits 1 if any op fails.
"""
from __future__ import annotations

import argparse
import json
import sys
import time

from .testing import run_sample


def audit(names: list[str]) -> list[dict]:
    from .autogen.samples import OPS
    rows = []
    for name in names:
        start = time.perf_counter()
        reports, errors = [], []
        for index in range(len(OPS[name]["samples"])):
            try:
                reports.append(run_sample(name, index))
            except Exception as exc:  # an op that crashes is a failed audit row, not a crashed audit
                errors.append(f"op '{name}': sample {index}: {type(exc).__name__}: {exc}")
        failures = [r.failure for r in reports if r.failure] + errors
        rows.append({
            "op": name,
            "samples": len(OPS[name]["samples"]),
            "max_abs_err": max((r.max_abs for r in reports), default=0.0),
            "max_rel_err": max((r.max_rel for r in reports), default=0.0),
            "status": "FAIL" if failures else "ok",
            "seconds": round(time.perf_counter() - start, 4),
            "failures": failures,
        })
    return rows


def _print_table(rows: list[dict]) -> None:
    width = max([len(r["op"]) for r in rows] + [2])
    print(f"{'op':<{width}}  samples  max abs err  max rel err  status  seconds")
    for r in rows:
        print(f"{r['op']:<{width}}  {r['samples']:>7}  {r['max_abs_err']:>11.2e}  {r['max_rel_err']:>11.2e}  "
              f"{r['status']:>6}  {r['seconds']:>7.3f}")
    for r in rows:
        for failure in r["failures"]:
            print(failure)


def main(argv: list[str] | None = None) -> int:
    from .autogen.samples import OPS
    parser = argparse.ArgumentParser(prog="python -m yamlgrad.audit", description=__doc__.splitlines()[0])
    parser.add_argument("--op", action="append", help="audit only this op (repeatable)")
    parser.add_argument("--json", action="store_true", help="print the rows as JSON")
    args = parser.parse_args(argv)
    names = args.op or sorted(OPS)
    unknown = [n for n in names if n not in OPS]
    if unknown:
        print(f"audit: unknown op {unknown[0]!r}", file=sys.stderr)
        return 2
    start = time.perf_counter()
    rows = audit(names)
    failed = [r for r in rows if r["status"] != "ok"]
    if args.json:
        print(json.dumps(rows, indent=2))
    else:
        _print_table(rows)
        samples = sum(r["samples"] for r in rows)
        verdict = "all passed" if not failed else f"{len(failed)} failed: {', '.join(r['op'] for r in failed)}"
        print(f"audit: {len(rows)} ops, {samples} samples, {verdict} ({time.perf_counter() - start:.1f} s)")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

"""The two non-numeric targets, each timed in fresh subprocesses (medians of `repeats`, after one
warm-up run so the disk cache and .pyc files are warm):

- regen: `python -m yamlgrad.codegen derivatives.yaml --core --check`, the full registry generated in memory
  and compared with the checked-in files (what `make regen` does, minus the writes); target < 1 s.
  Interpreter start-up and `import yamlgrad` are part of it, as they are of `make regen`.
- import: `python -c "import yamlgrad"` minus `python -c pass`; target < 150 ms. The slowest imports
  by self time (from `-X importtime`) are listed below the table.
"""
from __future__ import annotations

if __package__ in (None, ""):
    import common
else:
    from . import common

import statistics
import subprocess
import sys
import time


def _time(args, repeats: int, check: bool = True) -> tuple[float, subprocess.CompletedProcess]:
    samples, done = [], None
    for i in range(repeats + 1):
        start = time.perf_counter()
        done = subprocess.run(args, cwd=common.ROOT, capture_output=True, text=True)
        if i:  # the first run is the warm-up
            samples.append(time.perf_counter() - start)
        if check and done.returncode != 0:
            break
    return statistics.median(samples) if samples else float("nan"), done


def import_time(repeats: int, env: dict | None = None) -> float:
    """Median of `import yamlgrad` minus median of an empty interpreter, interleaved."""
    base, full = [], []
    for i in range(repeats + 1):
        for args, bucket in (([sys.executable, "-c", "pass"], base),
                             ([sys.executable, "-c", "import yamlgrad"], full)):
            start = time.perf_counter()
            subprocess.run(args, cwd=common.ROOT, check=True, capture_output=True, env=env)
            if i:
                bucket.append(time.perf_counter() - start)
    return statistics.median(full) - statistics.median(base)


def import_time_with_bytecode(repeats: int) -> float:
    """The same with Python's bytecode cache on (as for a pip-installed package), cached in a temporary
    directory: the timed row above runs in the caller's environment, which may forbid writing .pyc
    files (PYTHONDONTWRITEBYTECODE), so that every import compiles yamlgrad's sources."""
    import os
    import tempfile
    with tempfile.TemporaryDirectory() as cache:
        env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        env["PYTHONPYCACHEPREFIX"] = cache
        return import_time(repeats, env)  # its warm-up run writes the cache


def slowest_imports(count: int = 6) -> list[str]:
    """From `-X importtime`: the slowest modules by self time, and the third-party modules that
    yamlgrad's own modules import directly, by cumulative time (what a lazy import would save)."""
    done = subprocess.run([sys.executable, "-X", "importtime", "-c", "import yamlgrad"], cwd=common.ROOT,
                          capture_output=True, text=True)
    entries = []  # (self_us, cumulative_us, name, depth), children listed before their parent
    for line in done.stderr.splitlines():
        if not line.startswith("import time:") or "self [us]" in line:
            continue
        self_us, cumulative_us, name = line[len("import time:"):].split("|")
        depth = (len(name) - len(name.lstrip()) - 1) // 2
        entries.append((int(self_us), int(cumulative_us), name.strip(), depth))
    parents = {}
    for i, (_, _, name, depth) in enumerate(entries):
        parent = next((e[2] for e in entries[i + 1:] if e[3] == depth - 1), None)
        parents[i] = parent
    total = max((e[1] for e in entries if e[2] == "yamlgrad"), default=0)
    lines = [f"import yamlgrad in-process (-X importtime): {total / 1e3:.1f} ms cumulative"]
    lines.append("slowest by self time:")
    for self_us, cumulative_us, name, _ in sorted(entries, reverse=True)[:count]:
        lines.append(f"  {self_us / 1e3:7.1f} ms self  {name}")
    lines.append("third-party modules imported directly by yamlgrad's modules, by cumulative time:")
    direct = [e for i, e in enumerate(entries)
              if not e[2].startswith("yamlgrad") and (parents[i] or "").startswith("yamlgrad")]
    for _, cumulative_us, name, _ in sorted(direct, key=lambda e: -e[1])[:count]:
        lines.append(f"  {cumulative_us / 1e3:7.1f} ms cumulative  {name}")
    return lines


def run(repeats: int = common.REPEATS, use_torch: bool = True) -> common.Result:
    regen, done = _time([sys.executable, "-m", "yamlgrad.codegen", "derivatives.yaml", "--core", "--check"], repeats)
    notes = []
    if done.returncode != 0:
        notes.append(f"regen --check exited {done.returncode}: {(done.stdout + done.stderr).strip()[:300]}")
    rows = [
        common.Row("regen: codegen derivatives.yaml --core --check (subprocess)", "s", regen, target=("<", 1, "value")),
        common.Row("import yamlgrad (subprocess minus `python -c pass`)", "ms", import_time(repeats) * 1e3,
                   target=("<", 150, "value")),
    ]
    import os
    notes.append(f"import yamlgrad with bytecode cached: {import_time_with_bytecode(repeats) * 1e3:.0f} ms "
                 f"(the row above: PYTHONDONTWRITEBYTECODE={os.environ.get('PYTHONDONTWRITEBYTECODE', '')!r})")
    return common.Result(rows=rows, notes=notes, sections=[("import time breakdown", slowest_imports())])


if __name__ == "__main__":
    common.print_result(run())

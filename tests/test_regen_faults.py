"""Regeneration under faults and concurrency.

* A failure injected before every single file write (`write_all(root, files, _fail_after=k)` for every k
  from 0 to the number of changed files) leaves every previous generated file byte-identical and no
  temporary file behind; with k equal to the number of changed files nothing fails and the new tree lands.
* The same for a KeyboardInterrupt in the middle of the writes, and for a failure in the replace phase
  (where the design only promises that each replace is atomic): no temporary files, and a rerun repairs.
* Two `python -m yamlgrad.codegen derivatives.yaml --core --out ROOT` processes started together on one tree
  leave a consistent tree: `--check` passes afterwards.

Everything happens under tmp_path, on a copy of the repository's registry.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from yamlgrad.codegen import write
from yamlgrad.codegen.emit import write_all
from yamlgrad.codegen.main import generate

REPO = Path(__file__).resolve().parent.parent
REGISTRY = "derivatives.yaml"
SAMPLES = "derivatives.samples.yaml"
LOCK = ".codegen.lock"

NEW_OP = textwrap.dedent("""
    - name: yg_fault_probe(Tensor self) -> Tensor
      forward: np.negative(self)
      self: -grad
      variants: function, method

""").lstrip("\n")


def run_cli(root: Path, *extra: str, timeout: float = 300) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "yamlgrad.codegen", str(root / REGISTRY), "--core", "--out", str(root),
                           *extra],
                          cwd=root, capture_output=True, text=True, timeout=timeout)


def snapshot(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def temp_files(root: Path) -> list[str]:
    return sorted(str(p.relative_to(root)) for p in root.rglob("*") if p.is_file() and p.name.endswith(".tmp"))


def without_lock(snap: dict[str, bytes]) -> dict[str, bytes]:
    return {k: v for k, v in snap.items() if k != LOCK}


@pytest.fixture(scope="module")
def baseline(tmp_path_factory) -> Path:
    """The repository's registry and the tree the CLI generates from it."""
    root = tmp_path_factory.mktemp("regen_baseline")
    shutil.copy(REPO / REGISTRY, root / REGISTRY)
    shutil.copy(REPO / SAMPLES, root / SAMPLES)  # the registry's companion sample file
    proc = run_cli(root)
    assert proc.returncode == 0, proc.stderr
    return root


@pytest.fixture
def tree(tmp_path, baseline) -> Path:
    root = tmp_path / "tree"
    shutil.copytree(baseline, root)
    return root


def shifted_registry(base: str) -> str:
    """A new op inserted before the first entry (its test file is new, the files listing every op change)."""
    at = base.index("\n- name:") + 1
    return base[:at] + NEW_OP + base[at:]


def trimmed_registry(base: str) -> str:
    """The last op that no other entry calls (and that has no entry in the sample file) removed (its test
    file becomes stale), a new one appended."""
    import re
    sampled = set(re.findall(r"^([A-Za-z_][A-Za-z0-9_]*):", (REPO / SAMPLES).read_text(encoding="utf-8"), re.M))
    starts = [m.start() + 1 for m in re.finditer(r"\n- name:", base)]
    for start, end in reversed(list(zip(starts, starts[1:] + [len(base)]))):
        name = re.match(r"- name: ([A-Za-z_][A-Za-z0-9_]*)", base[start:]).group(1)
        rest = base[:start] + base[end:]
        if name not in sampled and not re.search(rf"\b{name}\(", rest):
            return rest.rstrip("\n") + "\n" + NEW_OP
    raise AssertionError("no removable op")


def new_files(tmp_path: Path, text: str, name: str = REGISTRY) -> dict[str, str]:
    """The files `text` generates. Under another file `name` every generated file changes (each header
    names its registry), which gives the fault-injection tests a write set of every file."""
    folder = tmp_path / "next"
    folder.mkdir(exist_ok=True)
    (folder / name).write_text(text, encoding="utf-8")
    shutil.copy(REPO / SAMPLES, folder / name.replace(".yaml", ".samples.yaml"))
    return generate(folder / name)


def changed_count(root: Path, files: dict[str, str]) -> int:
    return sum(1 for rel, text in files.items()
               if not (root / rel).exists() or (root / rel).read_bytes() != text.encode("utf-8"))


def trimmed_registry_files(tmp_path: Path, base: str) -> dict[str, str]:
    return new_files(tmp_path, trimmed_registry(base))


def stale(root: Path, files: dict[str, str]) -> set[str]:
    return write.owned_files(root, files) - set(files)


@pytest.mark.parametrize("change", ["shifted", "trimmed"])
def test_a_failure_before_any_file_write_leaves_the_tree_untouched(tmp_path, tree, change, monkeypatch):
    if change == "shifted":
        # one run per file written, each writing up to every file: skip the fsync's disk flush (not
        # what is tested here); the "trimmed" case runs with the real fsync
        monkeypatch.setattr(write.os, "fsync", lambda fd: None)
    base = (tree / REGISTRY).read_text(encoding="utf-8")
    files = new_files(tmp_path, shifted_registry(base)) if change == "shifted" else trimmed_registry_files(tmp_path, base)
    n = changed_count(tree, files)
    gone = stale(tree, files)
    assert n >= 5, n  # the files listing every op, and the new op's test
    assert change == "shifted" or gone, "the trimmed registry should leave a stale file to delete"
    before = without_lock(snapshot(tree))
    for k in range(n):
        with pytest.raises(OSError, match="injected failure"):
            write_all(tree, files, _fail_after=k)
        after = without_lock(snapshot(tree))
        assert after == before, (f"_fail_after={k} of {n}: changed "
                                 f"{sorted(rel for rel in set(after) | set(before) if after.get(rel) != before.get(rel))}")
        assert not temp_files(tree), (k, temp_files(tree))
    # k = n: the failure point is never reached, so everything lands
    assert write_all(tree, files, _fail_after=n) == n + len(gone)
    assert not temp_files(tree)
    now = snapshot(tree)
    for rel, text in files.items():
        assert now[rel] == text.encode("utf-8"), rel
    assert not any(rel in now for rel in gone), gone
    assert stale(tree, files) == set()


@pytest.mark.parametrize("fault", ["ENOSPC", "KeyboardInterrupt"])
def test_a_failure_while_a_file_is_being_written_leaves_the_tree_untouched(tmp_path, tree, monkeypatch, fault):
    """A real write can fail half-way (disk full at fsync, Ctrl-C): the file being written must not leave
    its temporary behind either (`_fail_after` only fails between files)."""
    base = (tree / REGISTRY).read_text(encoding="utf-8")
    files = new_files(tmp_path, shifted_registry(base), "renamed.yaml")
    n = changed_count(tree, files)
    before = without_lock(snapshot(tree))
    real_fsync = os.fsync
    error = KeyboardInterrupt if fault == "KeyboardInterrupt" else OSError
    for k in (0, 1, n // 2, n - 1):
        calls = [0]

        def fsync(fd, k=k, calls=calls):
            if calls[0] == k:
                raise KeyboardInterrupt if fault == "KeyboardInterrupt" else OSError(28, "No space left on device")
            calls[0] += 1
            real_fsync(fd)

        monkeypatch.setattr(write.os, "fsync", fsync)
        with pytest.raises(error):
            write_all(tree, files)
        monkeypatch.setattr(write.os, "fsync", real_fsync)
        leftovers = temp_files(tree)
        for rel in leftovers:  # so that the next k starts clean and reports its own leftovers
            (tree / rel).unlink()
        assert not leftovers, f"{fault} while writing file #{k}: temporary files left behind: {leftovers}"
        assert without_lock(snapshot(tree)) == before, k


@pytest.mark.parametrize("fail_at", [0, 60])
def test_a_failure_while_replacing_leaves_no_temporary_files_and_a_rerun_repairs(tmp_path, tree, monkeypatch, fail_at):
    """The design promises only that each replace is atomic. Still: the temporaries of the files not yet
    replaced must not stay behind, and running codegen again must give a tree that passes --check."""
    base = (tree / REGISTRY).read_text(encoding="utf-8")
    text = shifted_registry(base)
    files = new_files(tmp_path, text, "renamed.yaml")
    real_replace = os.replace
    calls = [0]

    def replace(src, dst):
        if calls[0] == fail_at:
            raise OSError("injected failure while replacing")
        calls[0] += 1
        real_replace(src, dst)

    monkeypatch.setattr(write.os, "replace", replace)
    with pytest.raises(OSError, match="while replacing"):
        write_all(tree, files)
    monkeypatch.setattr(write.os, "replace", real_replace)
    leftovers = temp_files(tree)
    (tree / REGISTRY).write_text(text, encoding="utf-8")
    write_all(tree, new_files(tmp_path, text))  # the rerun, with the registry under its own name
    check = run_cli(tree, "--check")
    assert check.returncode == 0, check.stdout[-2000:] + check.stderr
    assert not leftovers, (f"a failure at replace #{fail_at} left {len(leftovers)} temporary files behind, "
                           f"e.g. {leftovers[:3]}")
    assert not temp_files(tree), temp_files(tree)


def _start(root: Path) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "yamlgrad.codegen", str(root / REGISTRY), "--core", "--out", str(root)],
                            cwd=root, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


@pytest.mark.parametrize("start", ["empty", "stale"])
def test_two_concurrent_regens_leave_a_consistent_tree(tmp_path, baseline, start):
    root = tmp_path / "root"
    root.mkdir()
    base = (baseline / REGISTRY).read_text(encoding="utf-8")
    if start == "empty":
        (root / REGISTRY).write_text(base, encoding="utf-8")
        shutil.copy(baseline / SAMPLES, root / SAMPLES)
    else:
        shutil.copytree(baseline, root, dirs_exist_ok=True)
        if start == "stale":  # generated from another registry, plus a file codegen never wrote (kept)
            (root / REGISTRY).write_text(shifted_registry(base), encoding="utf-8")
            assert run_cli(root).returncode == 0
            (root / REGISTRY).write_text(base, encoding="utf-8")
            (root / "tests" / "generated" / "test_ghost.py").write_text("# stale\n", encoding="utf-8")
    procs = [_start(root), _start(root)]
    outs = [p.communicate(timeout=300) for p in procs]
    for p, (out, err) in zip(procs, outs):
        assert p.returncode == 0, err
        assert "Traceback" not in err, err
    check = run_cli(root, "--check")
    assert check.returncode == 0, check.stdout[-3000:] + check.stderr
    assert not temp_files(root), temp_files(root)
    ghost = "tests/generated/test_ghost.py"
    assert start == "empty" or (root / ghost).read_text(encoding="utf-8") == "# stale\n"
    generated = {rel: data for rel, data in snapshot(root).items() if rel not in (REGISTRY, LOCK, ghost)}
    expected = {rel: data for rel, data in snapshot(baseline).items() if rel not in (REGISTRY, LOCK)}
    assert generated == expected

"""Codegen touches only its own files, refuses registries that would break the package, and its
whitelist refuses forwards that write into their inputs or formulas whose arithmetic never ends.

Ownership: a file is codegen's when the root's .codegen-manifest.json lists it and its first line is
the generated header. Everything runs under tmp_path; user-mode runs keep it fast (no bindings table).
"""
from __future__ import annotations

import importlib
import json
import sys
import textwrap
from pathlib import Path

import pytest

from yamlgrad.codegen import write
from yamlgrad.codegen.emit import HEADER
from yamlgrad.codegen.formula import FormulaError, Scope, check_forward, translate_formula
from yamlgrad.codegen.load import RegistryError, load_registry
from yamlgrad.codegen.main import load_ops, render
from yamlgrad.codegen.write import MANIFEST, WriteRefused, write_all

cli_main = importlib.import_module("yamlgrad.codegen.main")  # the package re-exports main() under that name
REPO = Path(__file__).resolve().parent.parent
ANTLR = "# Generated from Expr.g4 by ANTLR 4.13.1\nclass ExprParser: pass\n"
OP = "- name: {name}(Tensor self) -> Tensor\n  forward: np.negative(self)\n  self: -grad\n"


def gen(body: str) -> str:
    return HEADER.format(source="x.yaml") + body


def snapshot(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*"))
            if p.is_file() and not p.is_symlink() and p.name != write.LOCK}


def run(*argv: str, capsys) -> tuple[int, str]:
    status = cli_main.main(list(argv))
    return status, capsys.readouterr().err


def user_registry(folder: Path, text: str = OP.format(name="mine")) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "ops.yaml").write_text(text, encoding="utf-8")
    return folder / "ops.yaml"


# ---- only files codegen wrote ----------------------------------------------------------------------------

def test_a_foreign_file_at_a_generated_path_stops_the_run_and_nothing_is_written(tmp_path, capsys):
    registry = user_registry(tmp_path / "pkg")
    (tmp_path / "pkg" / "ops.py").write_text(ANTLR, encoding="utf-8")
    before = snapshot(tmp_path / "pkg")
    status, err = run(str(registry), "--package", "pkg", "--out", str(tmp_path / "pkg"), capsys=capsys)
    assert status == 2, err
    assert "codegen: refusing to overwrite ops.py: it does not carry the generated header" in err
    assert "nothing was written" in err
    assert snapshot(tmp_path / "pkg") == before


def test_other_tools_files_in_generated_folders_are_never_deleted(tmp_path):
    root = tmp_path / "root"
    write_all(root, {"autogen/a.py": gen("a = 1\n"), "tests/generated/test_a.py": gen("")})
    (root / "autogen" / "ExprParser.py").write_text(ANTLR, encoding="utf-8")
    (root / "tests" / "generated" / "test_handwritten.py").write_text("def test_x(): pass\n", encoding="utf-8")
    # the next registry no longer has `a`: its files go, the foreign ones stay
    assert write_all(root, {"autogen/b.py": gen("b = 1\n")}) == 3
    assert sorted(snapshot(root)) == [MANIFEST, "autogen/ExprParser.py", "autogen/b.py",
                                      "tests/generated/test_handwritten.py"]
    assert (root / "autogen" / "ExprParser.py").read_text(encoding="utf-8") == ANTLR
    assert json.loads((root / MANIFEST).read_text(encoding="utf-8"))["files"] == ["autogen/b.py"]


def test_a_recorded_file_that_lost_its_header_is_neither_overwritten_nor_deleted(tmp_path):
    root = tmp_path / "root"
    write_all(root, {"autogen/a.py": gen("a = 1\n"), "autogen/b.py": gen("b = 1\n")})
    (root / "autogen" / "a.py").write_text("# rewritten by hand\n", encoding="utf-8")
    (root / "autogen" / "b.py").write_text("# rewritten by hand\n", encoding="utf-8")
    with pytest.raises(WriteRefused, match="refusing to overwrite autogen/a.py: it does not carry"):
        write_all(root, {"autogen/a.py": gen("a = 2\n")})
    write_all(root, {"autogen/c.py": gen("")})  # a and b are stale but no longer codegen's
    assert (root / "autogen" / "a.py").read_text(encoding="utf-8") == "# rewritten by hand\n"
    assert (root / "autogen" / "b.py").read_text(encoding="utf-8") == "# rewritten by hand\n"


def test_a_headed_file_the_manifest_does_not_list_is_refused(tmp_path):
    root = tmp_path / "root"
    write_all(root, {"autogen/a.py": gen("")})
    (root / "autogen" / "b.py").write_text(gen("copied from elsewhere\n"), encoding="utf-8")
    with pytest.raises(WriteRefused, match=f"autogen/b.py: it is not listed in {MANIFEST}"):
        write_all(root, {"autogen/a.py": gen(""), "autogen/b.py": gen("")})


def test_a_manifest_cannot_point_outside_the_root(tmp_path):
    root = tmp_path / "root"
    outside = tmp_path / "outside.py"
    outside.write_text(gen("precious\n"), encoding="utf-8")
    root.mkdir()
    (root / MANIFEST).write_text(json.dumps({"files": ["../outside.py", str(outside)]}), encoding="utf-8")
    write_all(root, {"autogen/a.py": gen("")})
    assert outside.read_text(encoding="utf-8") == gen("precious\n")


def test_a_root_without_manifest_adopts_files_by_header_only(tmp_path):
    root = tmp_path / "root"
    (root / "autogen").mkdir(parents=True)
    (root / "autogen" / "old.py").write_text(gen("old\n"), encoding="utf-8")
    (root / "autogen" / "ExprParser.py").write_text(ANTLR, encoding="utf-8")
    write_all(root, {"autogen/new.py": gen("")})
    assert not (root / "autogen" / "old.py").exists()
    assert (root / "autogen" / "ExprParser.py").read_text(encoding="utf-8") == ANTLR


def test_a_link_at_a_generated_path_is_refused_and_its_target_untouched(tmp_path):
    root = tmp_path / "root"
    (root / "autogen").mkdir(parents=True)
    target = tmp_path / "target.py"
    target.write_text(gen("target\n"), encoding="utf-8")
    (root / "autogen" / "a.py").symlink_to(target)
    with pytest.raises(WriteRefused, match="autogen/a.py: it is a symbolic link"):
        write_all(root, {"autogen/a.py": gen("")})
    assert target.read_text(encoding="utf-8") == gen("target\n")


def test_every_generated_file_starts_with_the_header_codegen_recognises(tmp_path):
    """Otherwise the next run would refuse to overwrite codegen's own output."""
    registry = user_registry(tmp_path / "pkg")
    files = render(load_ops(registry, user=True), registry, package="pkg")
    core = cli_main.generate(REPO / "derivatives.yaml")
    for rel, text in {**files, **{f"core:{k}": v for k, v in core.items()}}.items():
        assert write.HEADER_RE.match(text.splitlines()[0]), rel


# ---- the lock ---------------------------------------------------------------------------------------------

def test_a_link_named_like_the_lock_is_never_followed(tmp_path):
    root = tmp_path / "root"
    root.mkdir()
    victim = tmp_path / "victim.txt"
    victim.write_text("do not truncate\n", encoding="utf-8")
    (root / write.LOCK).symlink_to(victim)
    with pytest.raises(WriteRefused, match="is a symbolic link; codegen never follows a link"):
        write_all(root, {"autogen/a.py": gen("")})
    assert victim.read_text(encoding="utf-8") == "do not truncate\n"
    assert not (root / "autogen").exists()


def test_the_lock_works_without_fcntl(tmp_path, monkeypatch):
    """fcntl exists only on POSIX; the lock must not need it (filelock uses msvcrt on Windows)."""
    monkeypatch.setitem(sys.modules, "fcntl", None)  # `import fcntl` now raises ImportError
    try:
        import filelock._unix as unix  # filelock checks for fcntl once, at import
        monkeypatch.setattr(unix, "has_fcntl", False, raising=False)
    except ImportError:
        pass
    root = tmp_path / "root"
    assert write_all(root, {"autogen/a.py": gen("")}) == 1


# ---- an empty registry ------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["", "   \n\n", "# only\n# comments\n", "[]\n"], ids=["empty", "blank", "comments", "empty_list"])
def test_an_empty_registry_is_refused_naming_the_file(tmp_path, text):
    path = tmp_path / "derivatives.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(RegistryError) as info:
        load_registry(path)
    assert info.value.lines == [
        "derivatives.yaml:1: the registry has no entries (the file is empty or holds only comments); "
        "refusing to generate a package without ops"]


def test_truncating_a_user_registry_deletes_nothing(tmp_path, capsys):
    registry = user_registry(tmp_path / "pkg")
    assert run(str(registry), "--package", "pkg", "--out", str(tmp_path / "pkg"), capsys=capsys)[0] == 0
    before = snapshot(tmp_path / "pkg")
    registry.write_text("", encoding="utf-8")
    status, err = run(str(registry), "--package", "pkg", "--out", str(tmp_path / "pkg"), capsys=capsys)
    assert status == 1 and "ops.yaml:1: the registry has no entries" in err
    assert {k: v for k, v in snapshot(tmp_path / "pkg").items() if k != "ops.yaml"} == \
        {k: v for k, v in before.items() if k != "ops.yaml"}


# ---- temporaries of a killed run --------------------------------------------------------------------------

def test_stray_temporaries_are_reported_by_check_and_removed_by_the_next_run(tmp_path, capsys):
    folder = tmp_path / "pkg"
    registry = user_registry(folder)
    args = (str(registry), "--package", "pkg", "--out", str(folder))
    assert run(*args, capsys=capsys)[0] == 0
    stray = [folder / ".ops.py.31337.tmp", folder / "tests" / ".test_mine.py.31337.tmp", folder / f".{MANIFEST}.7.tmp"]
    for path in stray:
        path.write_text("half a fi", encoding="utf-8")
    other_tool = folder / ".cache.31337.tmp"  # not named after a file codegen writes: not ours
    other_tool.write_text("x", encoding="utf-8")
    status, err = run(*args, "--check", capsys=capsys)
    assert status == 1
    for rel in (".ops.py.31337.tmp", "tests/.test_mine.py.31337.tmp", f".{MANIFEST}.7.tmp"):
        assert f"check-generated: {rel} is a temporary file an interrupted run left behind" in err
    assert ".cache.31337.tmp" not in err
    assert run(*args, capsys=capsys)[0] == 0
    assert not any(path.exists() for path in stray)
    assert other_tool.exists()
    assert run(*args, "--check", capsys=capsys)[0] == 0


# ---- the mode is stated -----------------------------------------------------------------------------------

def test_neither_core_nor_package_is_a_usage_error_naming_both(tmp_path, capsys):
    registry = user_registry(tmp_path / "pkg")
    for extra in ((), ("--core", "--package", "pkg")):
        status, err = run(str(registry), "--out", str(tmp_path / "pkg"), *extra, capsys=capsys)
        assert status == 2 and "--core" in err and "--package NAME" in err
    assert sorted(p.name for p in (tmp_path / "pkg").iterdir()) == ["ops.yaml"]


def test_a_user_registry_named_derivatives_yaml_stays_a_user_registry(tmp_path, capsys):
    folder = tmp_path / "pkg"
    folder.mkdir()
    (folder / "derivatives.yaml").write_text(OP.format(name="mine"), encoding="utf-8")
    status, err = run(str(folder / "derivatives.yaml"), "--package", "pkg", "--out", str(folder), capsys=capsys)
    assert status == 0, err
    assert (folder / "ops.py").is_file() and (folder / "tests" / "test_mine.py").is_file()
    assert not (folder / "autogen").exists()


def test_the_makefile_states_the_core_mode():
    makefile = (REPO / "Makefile").read_text(encoding="utf-8")
    assert "-m codegen derivatives.yaml --core\n" in makefile
    assert "-m codegen derivatives.yaml --core --check\n" in makefile


def test_audit_of_a_user_registry_removes_its_temporary_folder_when_generation_fails(tmp_path, monkeypatch):
    import tempfile

    from yamlgrad import audit
    made = []
    real = tempfile.mkdtemp

    def mkdtemp(*a, **kw):
        made.append(Path(real(*a, dir=tmp_path, **{k: v for k, v in kw.items() if k != "dir"})))
        return str(made[-1])
    monkeypatch.setattr(tempfile, "mkdtemp", mkdtemp)
    monkeypatch.setattr(cli_main, "generate_package", lambda *a: (_ for _ in ()).throw(OSError("disk full")))
    with pytest.raises(OSError, match="disk full"):
        audit.main(["--registry", str(user_registry(tmp_path / "reg"))])
    assert made and not any(path.exists() for path in made)


# ---- names that collide or break the package ---------------------------------------------------------------

def registry_error(tmp_path: Path, text: str, rendered: bool = False) -> list[str]:
    path = tmp_path / "ops.yaml"
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    with pytest.raises(RegistryError) as info:
        ops = load_ops(path, user=True)
        if rendered:
            render(ops, path, package="pkg")
    return info.value.lines


@pytest.mark.parametrize("first, second, claim", [
    ("foo2x", "foo2_x", "Node class 'Foo2XBackward0'"),
    ("foo", "foo_", "Node class 'FooBackward0'"),
    ("foo_bar", "foo__bar", "Node class 'FooBarBackward0'"),
])
def test_two_ops_with_one_node_class_are_refused(tmp_path, first, second, claim):
    lines = registry_error(tmp_path, OP.format(name=first) + OP.format(name=second))
    assert lines == [f"ops.yaml:4: op '{second}': its {claim} is also the Node class of op '{first}' (line 1); "
                     "rename one of the two"]


def test_an_op_named_like_a_result_type_is_refused(tmp_path):
    multi = "- name: foo(Tensor self) -> (Tensor a, Tensor b)\n  forward: (self, self)\n  self: grads[0]\n"
    lines = registry_error(tmp_path, multi + OP.format(name="FooResult"))
    assert lines == ["ops.yaml:4: op 'FooResult': its function 'FooResult' is also the result type of op 'foo' "
                     "(line 1); rename one of the two"]


def test_ops_differing_only_in_case_are_refused(tmp_path):
    # torch title-cases each word of a name, so both are FoobarBackward0; and test_fooBar.py and
    # test_foobar.py are one file on a case-insensitive file system
    lines = registry_error(tmp_path, OP.format(name="fooBar") + OP.format(name="foobar"))
    assert lines == ["ops.yaml:4: op 'foobar': its Node class 'FoobarBackward0' is also the Node class of op 'fooBar' "
                     "(line 1); rename one of the two",
                     "ops.yaml:4: op 'foobar': its test file test_foobar.py is the test file of op 'fooBar' (line 1) "
                     "on a case-insensitive file system"]


@pytest.mark.parametrize("name, problem", [
    ("getattr", "shadows the builtin getattr() that ops.py uses"),
    ("FORWARD_AD", "is also a name ops.py imports or defines itself"),
    ("_core", "is also a name ops.py imports or defines itself"),
    ("no_forward_formula", "is also a name ops.py imports or defines itself"),
])
def test_names_the_generated_modules_use_are_refused(tmp_path, name, problem):
    lines = registry_error(tmp_path, OP.format(name=name), rendered=True)
    assert f"ops.yaml:1: op '{name}': its function '{name}' {problem}; rename the op" in lines


def test_builtin_names_the_modules_do_not_use_stay_valid_op_names(tmp_path):
    path = user_registry(tmp_path, OP.format(name="hex") + OP.format(name="ascii"))
    assert set(render(load_ops(path, user=True), path, package="pkg")) >= {"ops.py", "tests/test_hex.py"}


# ---- the whitelist ------------------------------------------------------------------------------------------

SCOPE = Scope(frozenset({"self", "other"}), frozenset({"k"}), frozenset({"neg", "sum"}))


@pytest.mark.parametrize("text, message", [
    ("np.add(self, 1, out=self)", "keyword out= writes into an existing array"),
    ("np.negative(other, where=self > 0)", "keyword where= writes into an existing array"),
    ("np.copyto(self, other)", "np.copyto writes into its argument"),
    ("np.put(self, 0, 1)", "np.put writes into its argument"),
    ("np.putmask(self, self > 0, 0)", "np.putmask writes into its argument"),
    ("np.add(self, 1, self)", "np.add() takes at most 2 positional arguments here"),
    ("np.dot(self, other, self)", "np.dot() takes at most 2 positional arguments here"),
    ("self.sum(0, None, self)", ".sum() takes at most 2 positional arguments here"),
    ("self.clip(0, 1, self)", ".clip() takes at most 2 positional arguments here"),
    ("self.sort()", "attribute .sort is not an allowed array method"),
    ("self.fill(0)", "attribute .fill is not an allowed array method"),
    ("self.__setitem__(0, 1)", "attribute '__setitem__' is not allowed"),
    ("self.__iadd__(1)", "attribute '__iadd__' is not allowed"),
    ("self += 1", "not a Python expression"),
])
def test_a_forward_may_not_write_into_its_inputs(text, message):
    with pytest.raises(FormulaError, match=message.replace("(", r"\(").replace(")", r"\)")):
        check_forward(text, SCOPE)


@pytest.mark.parametrize("text", ["np.add(self, 1)", "self.sum(0, None)", "np.dot(self, other)",
                                  "np.where(self > 0, self, other)", "self.clip(0, 1)", "self ** 2 ** 3",
                                  "self * 10 ** 40", "self[0]"])
def test_the_pure_forms_stay_allowed(text):
    check_forward(text, SCOPE)


def test_a_backward_formula_may_not_pass_out():
    with pytest.raises(FormulaError, match="keyword out= writes into an existing tensor"):
        translate_formula("grad.neg(out=self)", SCOPE)


@pytest.mark.parametrize("text, message", [
    ("grad * 9**9**9**9", "constant power is too large"),
    ("grad * 2 ** 100000", "constant power is too large"),
    ("grad * (10**40 * 10**40)", "constant expression is too large"),
    ("grad * ((9**30)**30)", "constant power is too large"),
    ("grad if 'ab' * 10**12 else grad", "a sequence repeated more than 10000 times"),
    ("grad['__class__']", "a string subscript is not allowed"),
    ("grad[0, 'x']", "a string subscript is not allowed"),
])
def test_formulas_that_never_finish_or_reach_mappings_are_refused(text, message):
    with pytest.raises(FormulaError, match=message):
        translate_formula(text, SCOPE)
    with pytest.raises(FormulaError, match=message):
        check_forward(text.replace("grad", "self"), SCOPE)


def test_an_exponent_tower_over_an_int_input_is_refused():
    with pytest.raises(FormulaError, match="exponent tower"):
        check_forward("self ** k ** k", SCOPE)
    with pytest.raises(FormulaError, match="exponent tower"):
        translate_formula("grad * k ** (k ** k)", SCOPE)

"""The audit against formulas that are wrong in ways the samples alone do not show.

Each test writes a small user registry to tmp_path and runs `python -m yamlgrad.audit --registry`
in-process: the wrong formula must fail (exit status 1, the op and the check named), the right one
must pass (exit status 0).
"""
import json
import os
import sys

import numpy as np
import pytest

from yamlgrad import audit

HEADER = "# a user registry written by tests/test_audit_strength.py\n"


def registry(tmp_path, text: str) -> str:
    path = tmp_path / "ops.yaml"
    path.write_text(HEADER + text, encoding="utf-8")
    return str(path)


def run(capsys, *args) -> tuple[int, str]:
    code = audit.main(["--no-symbolic", *args])
    out = capsys.readouterr()
    return code, out.out + out.err


def entry(name: str, forward: str, formula: str, tangent: str | None = None, test: str = "") -> str:
    lines = [f"- name: {name}(Tensor self) -> Tensor", f"  forward: {forward}", f"  self: {formula}"]
    if tangent:
        lines.append(f"  result: {tangent}")
    if test:
        lines.append(f"  test: {test}")
    return "\n".join(lines) + "\n"


WRONG_AND_RIGHT = {
    # right only when the cotangent is one-hot: grad * grad == grad for grad in {0, 1}
    "nonlinear_in_grad": (entry("sq", "self * self", "grad * grad * 2 * self"),
                          entry("sq", "self * self", "grad * 2 * self"), "linearity-in-grad"),
    # the samples are positive; the formula ignores the sign
    "wrong_for_negative_x": (entry("absx", "np.abs(self)", "grad", test="{domain: {self: [0.1, 2.0]}}"),
                             entry("absx", "np.abs(self)", "grad * self.sign()", test="{domain: {self: [0.1, 2.0]}}"),
                             "domain-probe"),
    # a clamp at +-3 while the samples come from [-2, 2]
    "wrong_beyond_samples": (entry("clip3", "np.clip(self, -3.0, 3.0)", "grad"),
                             entry("clip3", "np.clip(self, -3.0, 3.0)", "where(self.abs() < 3.0, grad, 0.0)"),
                             "domain-probe"),
    # 30% off, hidden by the entry's own tolerances
    "hidden_by_tolerance": (entry("sin1", "np.sin(self)", "grad * self.cos() * 1.3", test="{atol: 10, rtol: 10}"),
                            entry("sin1", "np.sin(self)", "grad * self.cos()", test="{atol: 1.0e-4}"),
                            "tolerance"),
    # 0.05% off everywhere: inside rtol 1e-3, far outside what finite differences resolve in float64
    "off_by_0_05_percent": (entry("sin2", "np.sin(self)", "grad * self.cos() * 1.0005"),
                            entry("sin2", "np.sin(self)", "grad * self.cos()"), "estimated error"),
    # a forward-mode formula that is wrong (0.05%) while the backward is right
    "forward_mode_off": (entry("sin3", "np.sin(self)", "grad * self.cos()", "self_t * self_p.cos() * 1.0005"),
                         entry("sin3", "np.sin(self)", "grad * self.cos()", "self_t * self_p.cos()"),
                         "forward-mode"),
}


@pytest.mark.parametrize("case", sorted(WRONG_AND_RIGHT))
def test_wrong_formula_fails_and_right_one_passes(tmp_path, capsys, case):
    wrong, right, check = WRONG_AND_RIGHT[case]
    code, text = run(capsys, "--registry", registry(tmp_path, wrong))
    assert code == 1, text
    assert "FAIL" in text and check in text, text
    code, text = run(capsys, "--registry", registry(tmp_path, right))
    assert code == 0, text
    assert "all passed" in text


def test_looser_tolerance_is_shown_in_the_table(tmp_path, capsys):
    code, text = run(capsys, "--registry", registry(tmp_path, WRONG_AND_RIGHT["hidden_by_tolerance"][1]), "--json")
    assert code == 0
    (row,) = json.loads(text[: text.rindex("]") + 1])
    assert row["loosened"] == {"atol": 1e-4}


def test_backward_that_differs_under_create_graph_fails(tmp_path, capsys, monkeypatch):
    """A helper that branches on whether it got arrays (plain backward) or Tensors (create_graph=True)."""
    from yamlgrad.numerics import helpers
    original = helpers.pow_backward_self

    def branching(F, grad, self, exponent):
        value = original(F, grad, self, exponent)
        return value if isinstance(grad, np.ndarray) else value * 1.5

    path = registry(tmp_path, entry("cube", "np.power(self, 3.0)", "pow_backward_self(grad, self, 3.0)"))
    assert run(capsys, "--registry", path)[0] == 0
    monkeypatch.setattr(helpers, "pow_backward_self", branching)
    code, text = run(capsys, "--registry", path)
    assert code == 1 and "create-graph" in text, text


def test_kinks_are_reported_with_what_the_formula_gives(tmp_path, capsys):
    path = registry(tmp_path, entry("myrelu", "np.maximum(self, 0.0)", "where(self > 0, grad, 0.0)"))
    code, text = run(capsys, "--registry", path, "--json")
    assert code == 0, text
    (row,) = json.loads(text[: text.rindex("]") + 1])
    (kink,) = row["probe"]["kinks"]
    assert kink["at"] == 0.0 and kink["left"] == 0.0 and abs(kink["right"] - 1.0) < 1e-6
    assert kink["formula"] == 0.0 and kink["ok"]


def test_a_formula_outside_the_subgradient_at_a_kink_fails(tmp_path, capsys):
    # right on both sides of 0, but 5 at the kink itself (a subgradient lies in [0, 1])
    path = registry(tmp_path, entry("badrelu", "np.maximum(self, 0.0)",
                                    "where(self > 0, grad, where(self == 0, grad * 5.0, 0.0))"))
    code, text = run(capsys, "--registry", path)
    assert code == 1 and "check kink" in text, text


def test_symbolic_disproof_names_a_counterexample(tmp_path, capsys):
    path = registry(tmp_path, entry("sin4", "np.sin(self)", "grad * self.cos() * 1.0005"))
    code = audit.main(["--registry", path])
    text = capsys.readouterr().out
    assert code == 1
    assert "symbolic: disproved" in text and "sin4" in text, text
    path = registry(tmp_path, entry("sin5", "np.sin(self)", "grad * self.cos()", "self_t * self_p.cos()"))
    code = audit.main(["--registry", path, "--json"])
    (row,) = json.loads(capsys.readouterr().out)
    assert code == 0 and row["symbolic"]["backward"] == "proved" and row["symbolic"]["forward"] == "proved"


def test_exit_status_2_for_a_bad_registry_and_an_unknown_op(tmp_path, capsys):
    assert run(capsys, "--registry", registry(tmp_path, "- name: broken(Tensor self -> Tensor\n"))[0] == 2
    assert run(capsys, "--op", "no_such_op")[0] == 2
    with pytest.raises(SystemExit) as exc:
        audit.main(["--no-such-flag"])
    assert exc.value.code == 2
    capsys.readouterr()


def test_help_documents_the_exit_status(capsys):
    with pytest.raises(SystemExit):
        audit.main(["--help"])
    text = capsys.readouterr().out
    assert "exit status: 0" in text and "1 a formula is wrong" in text and "2 a bad registry" in text


def test_registry_audit_leaves_no_temporary_folder(tmp_path, capsys, monkeypatch):
    import tempfile
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    path = registry(tmp_path, WRONG_AND_RIGHT["off_by_0_05_percent"][1])
    assert run(capsys, "--registry", path)[0] == 0
    assert run(capsys, "--registry", registry(tmp_path, "- name: broken(\n"))[0] == 2
    assert os.listdir(scratch) == []
    assert not [p for p in sys.path if "yamlgrad-audit-" in p]


def test_markdown_to_stdout_and_html_report(tmp_path, capsys):
    path = registry(tmp_path, WRONG_AND_RIGHT["off_by_0_05_percent"][0])
    code, text = run(capsys, "--registry", path, "--markdown", "-")
    assert code == 1 and text.startswith("<!-- audit table") and "| sin2 |" in text
    report = tmp_path / "report.html"
    code, _ = run(capsys, "--registry", path, "--html", str(report))
    page = report.read_text(encoding="utf-8")
    assert code == 1 and "<table>" in page and "sin2" in page and "worst element" in page
    assert "finite-difference error against step size" in page.lower()
    assert "<img" in page or "matplotlib is not installed" in page


def test_install_hint_when_the_codegen_extra_is_missing(tmp_path, capsys, monkeypatch):
    for name in [m for m in sys.modules if m.startswith("yamlgrad.codegen")]:
        monkeypatch.delitem(sys.modules, name)
    monkeypatch.setitem(sys.modules, "yaml", None)  # import yaml now raises ImportError
    code, text = run(capsys, "--registry", registry(tmp_path, WRONG_AND_RIGHT["off_by_0_05_percent"][1]))
    assert code == 2 and "pip install 'yamlgrad[codegen]'" in text

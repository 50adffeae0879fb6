"""The house's rule, checked: no import runs back up the layers of `gateway/`.

Why a test: the folders tell the flow only while each imports just what lies below it; one
convenient import from a higher folder and the picture lies.  Every import counts, including
those inside functions and under TYPE_CHECKING.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

# package -> layer; a module may import its own package and any of a lower layer
LAYERS: dict[str, int] = {
    "gateway.domain": 0, "gateway.config": 0, "gateway.calendar": 0,
    "gateway.store": 1,
    "gateway.runtime": 2,
    "gateway.engine": 3, "gateway.intake": 3,
    "gateway.processing": 4, "gateway.delivery": 4,
    "gateway.records": 5,
    "gateway.service": 6,
    "gateway.web": 7,
    "gateway.cli": 8,  # the console script's commands, `gateway web` among them, over the board
}
# parsers/, understanding/ and outbound/ sit beside gateway/: they may use its vocabulary and
# nothing else (and understanding/ nothing of parsers/: the parser calls it, not back)
OUTSIDE_ALLOWED = {"gateway.domain"}


def _unit(module: str) -> str | None:
    for name in sorted(LAYERS, key=len, reverse=True):
        if module == name or module.startswith(name + "."):
            return name
    return None


def _imports(path: Path) -> list[tuple[int, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(node.lineno, a.name) for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.append((node.lineno, node.module))
            found += [(node.lineno, f"{node.module}.{a.name}") for a in node.names]
    return found


def _module_of(path: Path, root: Path) -> str:
    rel = path.relative_to(root).with_suffix("")
    parts = list(rel.parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _violations(root: Path = ROOT) -> list[str]:
    bad: list[str] = []
    for top in ("gateway", "parsers", "outbound", "understanding"):
        for path in sorted((root / top).rglob("*.py")):
            if "migrations" in path.parts:
                continue
            me = _module_of(path, root)
            mine = _unit(me)
            for line, target in _imports(path):
                if top == "understanding" and target.split(".")[0] in ("parsers", "outbound"):
                    bad.append(f"{me}:{line} imports {target}: understanding/ is the parser's "
                               "upstream; the case's context enters only as an Expectation")
                    continue
                if not target.startswith("gateway."):
                    continue
                theirs = _unit(target)
                if theirs is None:
                    if target.count(".") == 1 and target != "gateway.__version__":
                        bad.append(f"{me}:{line} imports {target}, which has no layer")
                    continue
                if top != "gateway":
                    if theirs not in OUTSIDE_ALLOWED:
                        bad.append(f"{me}:{line} imports {target}: {top}/ may import only "
                                   "gateway.domain")
                    continue
                if mine is None:
                    bad.append(f"{me} has no layer in LAYERS")
                elif theirs != mine and LAYERS[theirs] >= LAYERS[mine]:
                    bad.append(f"{me}:{line} imports {target} (layer {LAYERS[theirs]} from "
                               f"layer {LAYERS[mine]})")
    return sorted(set(bad))


def test_no_import_runs_up_the_layers() -> None:
    assert _violations() == []


def test_every_gateway_folder_says_what_it_owns_and_may_import() -> None:
    for init in sorted((ROOT / "gateway").glob("*/__init__.py")):
        doc = ast.get_docstring(ast.parse(init.read_text(encoding="utf-8"))) or ""
        assert doc, f"{init.relative_to(ROOT)} has no docstring"
        assert "May import" in doc, f"{init.relative_to(ROOT)} does not say what it may import"


@pytest.mark.parametrize(("low", "high"), [
    ("gateway/runtime/statuslog.py", "gateway.delivery.outbox"),
    ("gateway/store/repo.py", "gateway.engine"),
    ("parsers/letters.py", "gateway.config"),
])
def test_the_check_sees_an_upward_import(low: str, high: str, tmp_path: Path) -> None:
    """The rule itself can fail: a lower module importing a higher one is reported."""
    module = tmp_path / low
    module.parent.mkdir(parents=True)
    module.write_text(f"def f():\n    import {high}\n", encoding="utf-8")
    (tmp_path / "gateway").mkdir(exist_ok=True)
    (tmp_path / "parsers").mkdir(exist_ok=True)
    (tmp_path / "outbound").mkdir(exist_ok=True)
    assert len(_violations(tmp_path)) == 1

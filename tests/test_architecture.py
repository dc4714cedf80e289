"""The package's shape, checked: stage packages, no import cycles, and
imports inside functions only where they are meant to be (each with a
comment saying why). The layer order itself is import-linter's contract in
pyproject.toml, run by .ci/run."""

from __future__ import annotations

import ast
from pathlib import Path

import grimp

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "qa_pipeline"


def test_at_most_eight_modules_sit_directly_in_the_package():
    modules = sorted(p.name for p in PACKAGE.glob("*.py"))
    assert len(modules) <= 8, modules


def test_no_module_imports_itself_round_a_cycle():
    graph = grimp.build_graph("qa_pipeline", "api")
    for module in graph.modules:
        for imported in graph.find_modules_directly_imported_by(module):
            back = graph.find_shortest_chain(importer=imported, imported=module)
            assert back is None, f"import cycle: {module} -> {' -> '.join(back or ())}"


def _function_imports(path: Path) -> list[tuple[int, str]]:
    """First-party imports inside functions: (line, module)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: list[tuple[int, str]] = []
    for func in ast.walk(tree):
        if not isinstance(func, ast.FunctionDef | ast.AsyncFunctionDef):
            continue
        for node in ast.walk(func):
            if isinstance(node, ast.ImportFrom) and node.module and node.module.split(".")[0] in ("qa_pipeline", "api"):
                found.append((node.lineno, node.module))
            elif isinstance(node, ast.Import):
                found += [(node.lineno, a.name) for a in node.names if a.name.split(".")[0] in ("qa_pipeline", "api")]
    return found


def test_imports_inside_functions_are_few_and_say_why():
    sources = [p for p in [*PACKAGE.rglob("*.py"), *(ROOT / "api").rglob("*.py")] if "migrations" not in p.parts]
    found = []
    for path in sources:
        lines = path.read_text(encoding="utf-8").splitlines()
        for lineno, module in _function_imports(path):
            before = lines[lineno - 2].strip()
            assert before.startswith("#"), f"{path}:{lineno}: import of {module} inside a function needs a comment"
            found.append(f"{path.relative_to(ROOT)}:{lineno} {module}")
    assert len(found) <= 15, found

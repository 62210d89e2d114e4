"""The package's shape: no import cycle (function-level imports included), and no module reads
another module's private (underscore) name. Checked on the source with ast, so it needs nothing
imported."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "summarizer"


def _imports() -> dict[str, list[tuple[str, list[str]]]]:
    """module → [(imported summarizer module, names taken from it)], every import statement."""
    found: dict[str, list[tuple[str, list[str]]]] = {}
    for path in sorted(PACKAGE.glob("*.py")):
        module = path.stem
        edges = found.setdefault(module, [])
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.level == 1:
                if node.module:
                    edges.append((node.module.split(".")[0], [a.name for a in node.names]))
                else:  # from . import x
                    edges += [(a.name, []) for a in node.names]
            elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith("summarizer."):
                edges.append((node.module.split(".")[1], [a.name for a in node.names]))
            elif isinstance(node, ast.Import):
                edges += [(a.name.split(".")[1], []) for a in node.names
                          if a.name.startswith("summarizer.")]
    return found


def test_no_module_imports_another_modules_private_name() -> None:
    private = [f"{module} imports {name} from {source}"
               for module, edges in _imports().items() for source, names in edges
               for name in names if name.startswith("_") and source != module]
    assert private == []


def test_there_is_no_import_cycle() -> None:
    # __init__ re-exports the public API; every module imports the package through it, so it is
    # left out (it imports others, none imports it by name).
    graph = {module: {source for source, _ in edges if source != "__init__"}
             for module, edges in _imports().items() if module != "__init__"}
    cycles = []

    def visit(module: str, path: list[str]) -> None:
        for nxt in sorted(graph.get(module, ())):
            if nxt in path:
                cycles.append(path[path.index(nxt):] + [nxt])
            elif nxt not in done:
                visit(nxt, [*path, nxt])
        done.add(module)

    done: set[str] = set()
    for module in sorted(graph):
        if module not in done:
            visit(module, [module])
    assert cycles == []


def test_the_checks_see_the_imports_they_judge() -> None:
    # The checks must be able to fail: the graph has the edges we know exist.
    graph = _imports()
    assert ("local", ["checked_weights", "quiet_transformers", "require_local",
                      "resolve_device"]) in graph["ct2"]
    assert any(source == "engines" for source, _ in graph["translate"])  # a function-level one

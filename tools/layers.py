"""Import layers of newsline: list every import that runs up the layers and every import circle; exit 1 on any.

    python tools/layers.py [--root DIR] [--table FILE] [--verbose]      (``make layers``; ``make test`` runs it)

Every module of ``pipeline/`` and ``dags/`` is parsed with :mod:`ast` (nothing is imported). An *import* is
any ``import pipeline...`` / ``from pipeline... import ...`` (relative ones resolved), wherever it stands: at
module level, inside a function, under ``if TYPE_CHECKING:`` or in a ``try``; ``importlib.import_module``
with a constant name counts too. ``from pipeline.a import b`` is an import of the module ``pipeline.a.b``
when that module exists, else of ``pipeline.a``.

Each module belongs to the layer of the longest prefix in :data:`LAYERS` that names it (bottom to top): a
prefix names a module and its submodules, ``=name`` that module alone (the root package, which imports
nothing). The checker reports:

- **upward**: a module imports a module of a higher layer;
- **cycles**: strongly connected components (Tarjan) of more than one module in the module graph, with the
  imports that close them. Exempt: a package's ``__init__`` importing its own submodules (re-exporting its
  API); such an import is left out of the cycle graph (it is still checked for direction);
- **unmapped**: a module no prefix in the table names (so a new package gets a layer when it is added);
- **tooling**: a runtime module that imports the development tooling ``newsline_dev`` by name (the CLI
  reaches it only through :mod:`pipeline.cli.devtools`, lazily).

Standard library only, so it runs before anything is installed.
"""

from __future__ import annotations

import argparse
import ast
import json
import sys
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

# Bottom to top. A module may import its own layer (where no circle results) and the layers below it.
# base -> models -> transports -> domain -> workers -> entry points; the domain is refined into sub-layers:
# dlq (dead letters: their reasons and reader, used by whoever rejects input) < extract < sources < search (the
# read side, used by re-checks and watchlists) < ingest < revisions < enrich < watch, kibana.
# ``pipeline.topology`` (brokers/ISR, nodes/shards) reads through both clients, so it sits with the transports.
LAYERS: list[tuple[str, tuple[str, ...]]] = [
    ("base", ("=pipeline", "pipeline.exceptions", "pipeline.settings", "pipeline.logs", "pipeline.cores",
              "pipeline.schedule", "pipeline.backoff", "pipeline.redact")),
    ("models", ("pipeline.models",)),
    ("transports", ("pipeline.kafka", "pipeline.index", "pipeline.fetch", "pipeline.metrics", "pipeline.topology")),
    ("dlq", ("pipeline.dlq",)),
    ("extract", ("pipeline.extract",)),
    ("sources", ("pipeline.sources",)),
    ("search", ("pipeline.search",)),
    ("ingest", ("pipeline.ingest",)),
    ("revisions", ("pipeline.revisions",)),
    ("enrich", ("pipeline.enrich",)),
    ("watch", ("pipeline.watch", "pipeline.kibana")),
    ("workers", ("pipeline.workers",)),
    ("entry", ("pipeline.runner", "pipeline.provision", "pipeline.status", "pipeline.orchestration", "pipeline.cli",
               "pipeline.__main__", "dags")),
]
PACKAGES = ("pipeline", "dags")
TOOLING = "newsline_dev"


@dataclass(frozen=True)
class Import:
    source: str
    target: str
    line: int


def module_name(path: Path, root: Path) -> str:
    parts = path.relative_to(root).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def find_modules(root: Path, packages: Iterable[str]) -> dict[str, Path]:
    found: dict[str, Path] = {}
    for package in packages:
        for path in sorted((root / package).rglob("*.py")):
            if "__pycache__" not in path.parts and "_project" not in path.parts:
                found[module_name(path, root)] = path
    return found


def _is_package(path: Path) -> bool:
    return path.name == "__init__.py"


def _absolute(module: str, path: Path, node: ast.ImportFrom) -> str:
    if not node.level:
        return node.module or ""
    package = module.split(".") if _is_package(path) else module.split(".")[:-1]
    base = package[: len(package) - node.level + 1]
    return ".".join([*base, node.module] if node.module else base)


def _names(module: str, path: Path, tree: ast.AST, modules: dict[str, Path]) -> Iterator[tuple[str, int]]:
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield alias.name, node.lineno
        elif isinstance(node, ast.ImportFrom):
            base = _absolute(module, path, node)
            for alias in node.names:
                yield (f"{base}.{alias.name}" if f"{base}.{alias.name}" in modules else base), node.lineno
        elif (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "import_module"
              and node.args and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)):
            yield node.args[0].value, node.lineno


def _resolve(name: str, modules: dict[str, Path]) -> str | None:
    """The known module ``name`` names (``pipeline.a.b.C`` -> ``pipeline.a.b``); None outside the packages."""
    while name and name not in modules:
        name = name.rpartition(".")[0]
    return name or None


def collect_imports(modules: dict[str, Path]) -> tuple[list[Import], list[Import]]:
    """(imports between the modules, imports of the tooling package)."""
    found: set[Import] = set()
    tooling: set[Import] = set()
    for module, path in modules.items():
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for name, line in _names(module, path, tree, modules):
            if name == TOOLING or name.startswith(TOOLING + "."):
                tooling.add(Import(module, name, line))
                continue
            target = _resolve(name, modules)
            if target is not None and target != module:
                found.add(Import(module, target, line))
    key = lambda i: (i.source, i.target, i.line)  # noqa: E731
    return sorted(found, key=key), sorted(tooling, key=key)


def layer_of(module: str, layers: Sequence[tuple[str, Sequence[str]]]) -> int | None:
    best: tuple[int, int] | None = None  # (prefix length, layer index)
    for index, (_, prefixes) in enumerate(layers):
        for prefix in prefixes:
            exact = prefix.startswith("=")
            name = prefix.removeprefix("=")
            named = module == name or (not exact and module.startswith(name + "."))
            if named and (best is None or len(name) > best[0]):
                best = (len(name), index)
    return None if best is None else best[1]


def reexport(imp: Import, modules: dict[str, Path]) -> bool:
    """A package ``__init__`` importing one of its own submodules."""
    return _is_package(modules[imp.source]) and imp.target.startswith(imp.source + ".")


def strongly_connected(nodes: Iterable[str], edges: dict[str, set[str]]) -> list[list[str]]:
    """Tarjan's algorithm (iterative); components of more than one node, each sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    counter = 0
    for start in sorted(nodes):
        if start in index:
            continue
        work = [(start, iter(sorted(edges.get(start, ()))))]
        index[start] = low[start] = counter
        counter += 1
        stack.append(start)
        on_stack.add(start)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(edges.get(child, ())))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1:
                    found.append(sorted(component))
    return sorted(found)


@dataclass
class Report:
    modules: int
    imports: int
    upward: list[tuple[Import, str, str]]
    cycles: list[tuple[list[str], list[Import]]]
    unmapped: list[str]
    tooling: list[Import]

    @property
    def ok(self) -> bool:
        return not (self.upward or self.cycles or self.unmapped or self.tooling)


def check(root: Path, layers: Sequence[tuple[str, Sequence[str]]] = LAYERS,
          packages: Iterable[str] = PACKAGES) -> Report:
    modules = find_modules(root, packages)
    imports, tooling = collect_imports(modules)
    level = {m: layer_of(m, layers) for m in modules}
    upward = []
    for imp in imports:
        source, target = level[imp.source], level[imp.target]
        if source is not None and target is not None and target > source:
            upward.append((imp, layers[source][0], layers[target][0]))
    graph: dict[str, set[str]] = {}
    for imp in imports:
        if not reexport(imp, modules):
            graph.setdefault(imp.source, set()).add(imp.target)
    cycles = []
    for component in strongly_connected(modules, graph):
        members = set(component)
        closing = [i for i in imports if i.source in members and i.target in members and not reexport(i, modules)]
        cycles.append((component, closing))
    unmapped = sorted(m for m, layer in level.items() if layer is None)
    return Report(len(modules), len(imports), upward, cycles, unmapped, tooling)


def render(report: Report, layers: Sequence[tuple[str, Sequence[str]]], verbose: bool = False) -> str:
    lines = []
    if verbose:
        lines += [f"layer {i} {name}: {', '.join(prefixes)}" for i, (name, prefixes) in enumerate(layers)]
    lines += [f"upward {imp.source} ({low}) -> {imp.target} ({high}) line {imp.line}"
              for imp, low, high in report.upward]
    for component, closing in report.cycles:
        lines.append(f"cycle {' <-> '.join(component)}")
        lines += [f"  {imp.source} -> {imp.target} line {imp.line}" for imp in closing]
    lines += [f"unmapped {module} (add its package to LAYERS in tools/layers.py)" for module in report.unmapped]
    lines += [f"tooling {imp.source} imports {imp.target} line {imp.line} (development tooling; reach it through "
              "pipeline.cli.devtools)" for imp in report.tooling]
    lines.append(f"layers: {report.modules} modules, {report.imports} imports, {len(report.upward)} upward, "
                 f"{len(report.cycles)} cycles, {len(report.unmapped)} unmapped, {len(report.tooling)} tooling")
    return "\n".join(lines)


def load_table(path: Path) -> list[tuple[str, tuple[str, ...]]]:
    """A layer table from JSON: ``[["name", ["prefix", ...]], ...]``, bottom to top."""
    return [(str(name), tuple(prefixes)) for name, prefixes in json.loads(path.read_text(encoding="utf-8"))]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python tools/layers.py", description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--root", type=Path, default=Path(__file__).resolve().parent.parent,
                        help="the checkout (default: the one holding this script)")
    parser.add_argument("--table", type=Path, help="a JSON layer table instead of LAYERS")
    parser.add_argument("--package", action="append", help="packages to check (default: pipeline, dags)")
    parser.add_argument("--verbose", action="store_true", help="print the layer table first")
    args = parser.parse_args(argv)
    layers = load_table(args.table) if args.table else LAYERS
    report = check(args.root, layers, args.package or PACKAGES)
    print(render(report, layers, args.verbose))
    return 0 if report.ok else 1


if __name__ == "__main__":
    sys.exit(main())

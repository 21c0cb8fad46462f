"""The shape of the code: one installed namespace, and imports between folders that point one way."""
from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
PACKAGE_FOLDERS = {"spiders": "news_archive.spiders", "pipelines": "news_archive.pipelines", "archive": "news_archive.archive"}
# The archive's core: schema, storage, stories, search, URL forms, sources and the article record.
CORE_FOLDERS = {"news_archive.archive", "news_archive.archive.stories"}


def product_modules() -> dict[str, Path]:
    """Every module of the product by its installed name."""
    modules = {}
    for folder, package in PACKAGE_FOLDERS.items():
        for path in (REPO / folder).rglob("*.py"):
            parts = path.relative_to(REPO / folder).with_suffix("").parts
            modules[".".join((package, *parts)).removesuffix(".__init__")] = path
    return modules


def folder_of(module: str, modules: dict[str, Path]) -> str:
    """The package a module's file sits in (a package's own __init__ belongs to it)."""
    path = modules[module]
    return module if path.name == "__init__.py" else module.rpartition(".")[0]


def imported_modules(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return {name for name in names if name.startswith("news_archive.")}


def folder_graph() -> dict[str, set[str]]:
    modules = product_modules()
    graph: dict[str, set[str]] = {}
    for module, path in modules.items():
        source = folder_of(module, modules)
        graph.setdefault(source, set())
        for name in imported_modules(path):
            while name not in modules and "." in name:
                name = name.rpartition(".")[0]  # `from package.module import function`
            if name in modules and folder_of(name, modules) != source:
                graph[source].add(folder_of(name, modules))
    return graph


def test_no_folder_imports_itself_around_a_loop():
    graph = folder_graph()
    loops = []
    for start in graph:
        stack, seen = [(start, [start])], set()
        while stack:
            folder, path = stack.pop()
            for target in graph.get(folder, ()):
                if target == start:
                    loops.append(" -> ".join(path + [start]))
                elif target not in seen:
                    seen.add(target)
                    stack.append((target, path + [target]))
    assert not loops, "folders import each other:\n" + "\n".join(sorted(set(loops)))


def test_the_archive_core_imports_nothing_above_it():
    graph = folder_graph()
    outside = {folder: sorted(targets - CORE_FOLDERS) for folder, targets in graph.items()
               if folder in CORE_FOLDERS and targets - CORE_FOLDERS}
    assert not outside


def test_spiders_and_pipelines_do_not_import_each_other_or_the_top_layers():
    graph = folder_graph()
    for folder, targets in graph.items():
        if folder.startswith(("news_archive.spiders", "news_archive.pipelines")):
            lower = {target for target in targets if target.startswith(folder.split(".")[1], len("news_archive."))}
            assert targets - lower <= CORE_FOLDERS, f"{folder} imports {sorted(targets - lower - CORE_FOLDERS)}"


def test_every_package_folder_is_listed_in_pyproject():
    import tomllib

    listed = set(tomllib.loads((REPO / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"])
    modules = product_modules()
    packages = {module for module, path in modules.items() if path.name == "__init__.py"}
    assert packages == listed


def test_the_wheel_installs_one_top_level_name_and_every_data_file(tmp_path):
    """The wheel holds every template and data file beside the code, and the build takes no folder of them for a
    package missing from pyproject's list (setuptools warns "Package ... is absent from the `packages` configuration")."""
    # Built from a copy: pip builds in the source tree, and a build/ folder left there would carry a deleted
    # module into every later wheel (and this test would write into the checkout).
    source = _source_copy(tmp_path / "source")
    build = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-w", str(tmp_path), str(source)],
                           check=True, capture_output=True, text=True)
    assert "is absent from the `packages` configuration" not in build.stdout + build.stderr
    [wheel] = tmp_path.glob("*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    top_level = {name.split("/")[0] for name in names if not name.split("/")[0].endswith((".dist-info", ".data"))}
    assert top_level == {"news_archive"}
    data = {"/".join((*package.split("."), *path.relative_to(source / folder).parts))
            for folder, package in PACKAGE_FOLDERS.items() for path in (source / folder).rglob("*")
            if path.is_file() and path.suffix not in (".py", ".pyc") and "__pycache__" not in path.parts}
    assert "news_archive/archive/web/datasette/metadata.yaml" in data
    assert "news_archive/archive/newsletter/templates/newsletter.md.j2" in data
    assert data - set(names) == set()


def _source_copy(target: Path) -> Path:
    """A copy of the project's files: those git keeps (tracked, or new and not ignored) where the checkout has git, so
    a local file git ignores in a package folder (a scratch database, a source list) is neither built nor expected;
    else the tree but for git's, the build's and the tests' own output."""
    if (REPO / ".git").exists() and shutil.which("git"):
        listed = subprocess.run(
            ["git", "-C", str(REPO), "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
            check=True, capture_output=True, text=True).stdout
        for name in filter(None, listed.split("\0")):
            if (REPO / name).is_file():  # a tracked file deleted in the checkout is listed still
                (target / name).parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(REPO / name, target / name)
        return target
    shutil.copytree(REPO, target, ignore=shutil.ignore_patterns(
        ".git", ".venv", "build", "*.egg-info", "__pycache__", ".pytest_cache", "test-artifacts", "*.db*"))
    return target


def test_the_package_finds_its_own_files_from_any_directory(tmp_path):
    """Templates are found through the installed package, not through a folder that happens to be the cwd."""
    script = ("from news_archive.archive.newsletter.render import default_template_path\n"
              "from news_archive.archive.sample_sites.sitekit import template_environment\n"
              "assert default_template_path('markdown').is_file()\n"
              "template_environment().list_templates()\n")
    subprocess.run([sys.executable, "-c", script], cwd=tmp_path, check=True, capture_output=True)


def test_module_names_in_strings_are_namespaced():
    """Settings, resource lookups and template loaders name modules in strings; a bare `archive.x` works only
    from the repository root, never installed."""
    bare = []
    for module, path in product_modules().items():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Constant) and isinstance(node.value, str)
                    and re.fullmatch(r"(archive|spiders|pipelines)(\.\w+)+", node.value)
                    and not node.value.endswith((".db", ".toml", ".yaml", ".html"))):
                bare.append(f"{module}: {node.value!r}")
    assert bare == []

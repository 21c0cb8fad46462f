"""The project on a real Scrapyd: deployed with scrapyd-deploy, a run for one source scheduled through schedule.json."""
from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request
import zipfile
from pathlib import Path

import pytest
import sqlite_utils

from news_archive.archive.captures import warc_files

REPO = Path(__file__).resolve().parent.parent
JOB_TIMEOUT = 180


def script(name: str) -> str:
    """A console script of this Python's installation (the virtualenv's when there is one)."""
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.exists() else shutil.which(name)
    assert found, f"{name} is not installed: pip install -e '.[test]'"
    return found


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def call(url: str, data: dict | None = None) -> dict:
    body = urllib.parse.urlencode(data, doseq=True).encode() if data is not None else None
    with urllib.request.urlopen(url, data=body, timeout=30) as response:
        return json.loads(response.read())


@pytest.fixture(scope="module")
def project(tmp_path_factory) -> Path:
    """The project as it is committed, outside the work tree: building the egg leaves build/ and egg-info behind."""
    folder = tmp_path_factory.mktemp("project")
    files = subprocess.run(["git", "ls-files", "-co", "--exclude-standard"], cwd=REPO, capture_output=True, text=True,
                           check=True).stdout.split("\n")
    for name in filter(None, files):
        if name.split("/")[0] in ("spiders", "pipelines", "archive") or name in ("pyproject.toml", "setup.py", "scrapy.cfg", "README.md"):
            if (REPO / name).is_file():
                (folder / name).parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(REPO / name, folder / name)
    return folder


@pytest.fixture(scope="module")
def scrapyd(tmp_path_factory):
    """A real Scrapyd on 127.0.0.1, its eggs, logs and job database in a temporary folder."""
    folder = tmp_path_factory.mktemp("scrapyd")
    port = free_port()
    (folder / "scrapyd.conf").write_text(
        f"[scrapyd]\nbind_address = 127.0.0.1\nhttp_port = {port}\neggs_dir = {folder / 'eggs'}\n"
        f"logs_dir = {folder / 'logs'}\ndbs_dir = {folder / 'dbs'}\nitems_dir =\nmax_proc = 1\npoll_interval = 0.2\n",
        encoding="utf-8")
    # The jobs must run the deployed egg, as on a crawl machine with only the dependencies installed, not this
    # work tree's editable install: Python's site hook drops its import finder in Scrapyd and its jobs.
    (folder / "no-editable").mkdir()
    (folder / "no-editable" / "sitecustomize.py").write_text(
        "import sys\n"
        "sys.meta_path[:] = [f for f in sys.meta_path if not getattr(f, '__module__', '').startswith('__editable__')]\n"
        "sys.path[:] = [p for p in sys.path if '__editable__' not in p]\n", encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(folder / "no-editable")}
    process = subprocess.Popen([script("scrapyd")], cwd=folder, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}/"
    try:
        for _ in range(300):
            try:
                call(url + "daemonstatus.json")
                break
            except OSError:
                time.sleep(0.1)
        else:
            pytest.fail("scrapyd did not start")
        yield url, folder
    finally:
        process.terminate()
        process.wait(timeout=30)


def test_deploy_schedule_and_crawl_one_source_into_an_archive(project, scrapyd, sample_sites, tmp_path):
    url, scrapyd_folder = scrapyd
    env = {**os.environ, "SCRAPYD_URL": url}
    egg = tmp_path / "news_archive.egg"
    built = subprocess.run([script("scrapyd-deploy"), "--build-egg", str(egg)], cwd=project, env=env,
                           capture_output=True, text=True, timeout=300)
    assert built.returncode == 0, built.stderr
    names = zipfile.ZipFile(egg).namelist()
    assert {"news_archive/spiders/news.py", "news_archive/pipelines/store.py", "news_archive/archive/storage.py",
            "news_archive/archive/default_sources.toml"} <= set(names)
    assert not any(name.startswith(("spiders/", "pipelines/", "archive/")) for name in names)
    assert "settings = news_archive.spiders.settings" in zipfile.ZipFile(egg).read("EGG-INFO/entry_points.txt").decode()

    deployed = subprocess.run([script("scrapyd-deploy"), "node", "--egg", str(egg), "--version", "1"], cwd=project, env=env,
                              capture_output=True, text=True, timeout=120)
    assert deployed.returncode == 0 and '"status": "ok"' in deployed.stdout, (deployed.stdout, deployed.stderr)
    assert call(url + "listspiders.json?project=news_archive")["spiders"] == ["news", "replay"]

    db_path, sources = tmp_path / "node" / "archive.db", sample_sites.write_sources(tmp_path / "sources.toml")
    db_path.parent.mkdir()
    job = call(url + "schedule.json", {"project": "news_archive", "spider": "news", "source": "ssci",
                                       "setting": [f"ARCHIVE_DB={db_path}", f"SOURCES_FILE={sources}"]})
    assert job["status"] == "ok", job
    deadline = time.monotonic() + JOB_TIMEOUT
    while not any(done["id"] == job["jobid"] for done in call(url + "listjobs.json?project=news_archive")["finished"]):
        assert time.monotonic() < deadline, "the Scrapyd job did not finish"
        time.sleep(0.3)

    log = next((scrapyd_folder / "logs").rglob(f"{job['jobid']}.log")).read_text(encoding="utf-8")
    db = sqlite_utils.Database(db_path)
    expected = [article for article in sample_sites.articles if article.source == "ssci"]
    assert db.execute("select count(*) from articles where source = 'ssci'").fetchone()[0] == len(expected), log[-3000:]
    [run] = db["crawl_runs"].rows
    assert run["source"] == "ssci" and run["status"] == "ok"
    assert warc_files(db_path.parent / "warc")

"""The flat layout: spiders and pipelines are this repository's, and the CLI is installed."""

import shutil
import sys
from pathlib import Path

from conftest import ROOT

import pipelines
import spiders


def test_spiders_and_pipelines_come_from_this_repository():
    assert Path(spiders.__file__).resolve().parent == ROOT / "spiders"
    assert Path(pipelines.__file__).resolve().parent == ROOT / "pipelines"


def test_scrapy_finds_the_project_settings(monkeypatch):
    from scrapy.utils.project import get_project_settings

    monkeypatch.chdir(ROOT)  # scrapy.cfg names archiver.settings

    settings = get_project_settings()
    assert settings.get("BOT_NAME") == "govnews-archiver"
    assert settings.getbool("ROBOTSTXT_OBEY") and settings.getbool("AUTOTHROTTLE_ENABLED")
    assert settings.getint("CONCURRENT_REQUESTS_PER_DOMAIN") == 1
    assert not settings.getbool("REMOTE_CONTROL_ENABLED") and not settings.getbool("TELNETCONSOLE_ENABLED")
    assert "govnews-archiver" in settings.get("USER_AGENT") and "https://" in settings.get("USER_AGENT")


def test_the_archiver_command_is_on_the_path_of_the_environment():
    assert shutil.which("archiver") or (Path(sys.executable).parent / "archiver").exists()

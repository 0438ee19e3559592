"""A plain install (`pip install -e .`, no extras) crawls: nothing on its path needs an optional extra."""

import subprocess
import sys

from conftest import ROOT

# scrapy_redis set to None in sys.modules: importing it raises ImportError, as where it is not installed.
SPIDERS_WITHOUT_CLUSTER_EXTRA = """
import sys
sys.modules["scrapy_redis"] = None
from scrapy.settings import Settings
from scrapy.spiderloader import SpiderLoader
settings = Settings()
settings.setmodule("archiver.settings")
print(sorted(SpiderLoader.from_settings(settings).list()))
"""


def test_the_spider_loader_needs_no_cluster_extra():
    result = subprocess.run(
        [sys.executable, "-c", SPIDERS_WITHOUT_CLUSTER_EXTRA], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "['portal']"


def test_with_the_cluster_extra_the_cluster_spider_is_listed_too():
    from scrapy.settings import Settings
    from scrapy.spiderloader import SpiderLoader

    settings = Settings()
    settings.setmodule("archiver.settings")
    assert sorted(SpiderLoader.from_settings(settings).list()) == ["cluster", "portal"]

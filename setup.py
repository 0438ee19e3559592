"""The one build step pyproject.toml cannot state: the optional compiled text walk.

archiver/_textwalk.pyx reads lxml's element structures, so it is compiled against the
headers of the lxml installed for the build. Without a C compiler the build of it fails,
is skipped (optional=True), and its pure-Python twin, archiver/_textwalk_py.py, does the same work.
"""

import lxml
from setuptools import Extension, setup

setup(
    ext_modules=[
        Extension("archiver._textwalk", ["archiver/_textwalk.pyx"], include_dirs=lxml.get_include(), optional=True)
    ]
)

"""The one build step pyproject.toml cannot state: the optional compiled text walk and renderer.

archiver/_textwalk.pyx and archiver/_render.pyx read lxml's element structures, so they are compiled
against the headers of the lxml installed for the build. Without a C compiler their build fails, is
skipped (optional=True), and their pure-Python twins (archiver/_textwalk_py.py, layout._PythonRenderer)
do the same work.
"""

import lxml
from setuptools import Extension, setup

setup(
    ext_modules=[
        Extension(name, [f"{name.replace('.', '/')}.pyx"], include_dirs=lxml.get_include(), optional=True)
        for name in ("archiver._textwalk", "archiver._render", "archiver._text")
    ]
)

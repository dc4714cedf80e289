"""Builds the compiled engine kernels (qa_pipeline/text/_kernels.pyx); everything
else about the package is in pyproject.toml."""

from Cython.Build import cythonize
from setuptools import Extension, setup

setup(
    ext_modules=cythonize(
        [Extension("qa_pipeline.text._kernels", ["qa_pipeline/text/_kernels.pyx"], extra_compile_args=["-O2"])],
        language_level=3,
    ),
)

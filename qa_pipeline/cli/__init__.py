"""The `qa-pipeline` command. Each verb lives in its own module here."""

from __future__ import annotations

import click

from qa_pipeline import __version__


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="qa-pipeline")
def main() -> None:
    """Compliance QA for recorded Mandarin debt-collection calls."""


def _register() -> None:
    # Imported for their side effect of adding commands to `main`.
    import importlib
    import pkgutil

    for info in pkgutil.iter_modules(__path__):
        if not info.name.startswith("_"):
            importlib.import_module(f"{__name__}.{info.name}")


_register()

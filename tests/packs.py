"""Copies of the bundled rule pack, changed, for tests of re-scans and pack reloads."""

from __future__ import annotations

import shutil
from pathlib import Path

import yaml

from qa_pipeline.engine import get_scanner


def copy_pack(tmp_path: Path, version: str, *, drop: str | None = None,
              severity: tuple[str, str] | None = None) -> Path:
    """A copy of the real rule pack under another version, without rule `drop`, with one severity changed."""
    base = get_scanner().pack
    rules = tmp_path / f"rules-{version}"
    shutil.copytree(base.root, rules)
    set_version(rules, version)
    if drop:
        (rules / Path(base.rule(drop).source).relative_to(base.root)).unlink()
        # The regulation catalogue and the scorecard name rules: forget the dropped one there too.
        catalogue = yaml.safe_load((rules / "regulations.yaml").read_text(encoding="utf-8"))
        for document in catalogue["documents"]:
            for clause in document["clauses"]:
                clause["rules"] = [r for r in clause.get("rules", []) if r != drop]
        (rules / "regulations.yaml").write_text(yaml.safe_dump(catalogue, allow_unicode=True), encoding="utf-8")
        card = yaml.safe_load((rules / "scorecard.yaml").read_text(encoding="utf-8"))
        for item in card["items"]:
            item["rules"] = [r for r in item.get("rules", []) if r != drop]
        card["items"] = [item for item in card["items"] if item["rules"] or item.get("categories")]
        (rules / "scorecard.yaml").write_text(yaml.safe_dump(card, allow_unicode=True), encoding="utf-8")
    if severity:
        path = rules / Path(base.rule(severity[0]).source).relative_to(base.root)
        rule = yaml.safe_load(path.read_text(encoding="utf-8"))
        rule["severity"] = severity[1]
        path.write_text(yaml.safe_dump(rule, allow_unicode=True), encoding="utf-8")
    return rules


def set_version(rules: Path, version: str) -> None:
    """Give the pack in `rules` another version (in its manifest)."""
    manifest = yaml.safe_load((rules / "pack.yaml").read_text(encoding="utf-8"))
    manifest["version"] = version
    (rules / "pack.yaml").write_text(yaml.safe_dump(manifest, allow_unicode=True), encoding="utf-8")

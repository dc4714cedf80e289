"""Malformed rule packs fail at load with the file, rule and field named."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from qa_pipeline.errors import RulePackError
from qa_pipeline.rulepack import load_pack

REPO = Path(__file__).resolve().parents[2]
RULE = REPO / "rules" / "cn_collection" / "abuse" / "profanity.yaml"


@pytest.fixture
def pack(tmp_path):
    root = tmp_path / "pack"
    shutil.copytree(REPO / "rules" / "cn_collection", root)
    shutil.copytree(REPO / "lexicons", tmp_path / "lexicons")
    (root / "pack.yaml").write_text((root / "pack.yaml").read_text(encoding="utf-8")
                                    .replace("lexicons: ../../lexicons", "lexicons: ../lexicons"), encoding="utf-8")
    return root


def load_error(root: Path) -> str:
    with pytest.raises(RulePackError) as err:
        load_pack(root)
    return str(err.value)


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")


def test_copy_loads(pack):
    assert len(load_pack(pack).rules) >= 15


def test_invalid_yaml_names_file_and_line(pack):
    path = pack / "abuse" / "profanity.yaml"
    path.write_text("id: [unclosed\n", encoding="utf-8")
    msg = load_error(pack)
    assert msg.startswith(f"{path}: line ") and "invalid YAML" in msg


@pytest.mark.parametrize("old,new,field,words", [
    ("severity: high", "severity: dreadful", "severity", "'info'"),
    ("category: abuse", "category: rudeness", "category", "'threat'"),
    ("  condition: profanity", "  condition: profanity and swearing", "detection.condition", "'swearing'"),
    ("  condition: profanity", "  condition: not profanity", "detection.condition", "every utterance"),
    ("      lexicon: abuse_profanity", "      lexicon: no_such_list", "detection.selections.profanity.lexicon",
     "not found"),
    ("scope: agent", "scope: agent\nseverty: high", "severty", "not a known field"),
    ("      lexicon: abuse_profanity", "      regex: '(unclosed'", "detection.selections.profanity.regex",
     "invalid regular expression"),
    ("        - '(当|做|作)(爹", "        - '(当|做|作(爹", "detection.selections.profanity.not_within",
     "invalid regular expression"),
    ("      lexicon: abuse_profanity", "      regex: '妈的'", "detection.selections.profanity",
     "not_within applies to lexicon and terms selections only"),
])
def test_rule_field_errors(pack, old, new, field, words):
    path = pack / "abuse" / "profanity.yaml"
    edit(path, old, new)
    msg = load_error(pack)
    assert msg.startswith(f"{path}: rule cn.abuse.profanity: {field}: "), msg
    assert words in msg


def test_missing_required_field(pack):
    path = pack / "abuse" / "profanity.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text("\n".join(line for line in text.splitlines() if not line.startswith("references:")
                              and not line.startswith("  - \"《")), encoding="utf-8")
    assert "references: is required" in load_error(pack)


def test_duplicate_rule_ids(pack):
    shutil.copy(pack / "abuse" / "profanity.yaml", pack / "abuse" / "copy.yaml")
    assert "duplicate rule id" in load_error(pack)


def test_bad_manifest_setting(pack):
    edit(pack / "pack.yaml", 'contact_window: {start: "08:00", end: "21:00"}',
         'contact_window: {start: "22:00", end: "21:00"}')
    msg = load_error(pack)
    assert msg.startswith(f"{pack / 'pack.yaml'}: settings.contact_window") and "start must be before end" in msg


def test_missing_manifest(tmp_path):
    (tmp_path / "empty").mkdir()
    assert "pack manifest not found" in load_error(tmp_path / "empty")


def test_rules_check_cli_reports_the_error(pack, cli):
    edit(pack / "abuse" / "profanity.yaml", "severity: high", "severity: dreadful")
    result = cli("rules", "check", str(pack))
    assert result.returncode == 2
    assert "profanity.yaml: rule cn.abuse.profanity: severity" in result.stderr


def test_rules_check_cli_on_the_default_pack(cli):
    result = cli("rules", "check")
    assert result.returncode == 0, result.stderr
    assert "examples behave" in result.stdout


def test_a_name_pattern_that_does_not_compile_is_named(pack):
    edit(pack / "pack.yaml", "    names:\n", "    names:\n      - '(资产'\n")
    message = load_error(pack)
    assert "pack.yaml" in message and "names[0]" in message and "regular expression" in message

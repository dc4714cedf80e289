"""Rule packs: YAML rules and a manifest, validated and compiled at load."""

from qa_pipeline.rulepack.loader import RulePack, load_pack
from qa_pipeline.rulepack.schema import Example, PackManifest, PackSettings, Rule

__all__ = ["Example", "PackManifest", "PackSettings", "Rule", "RulePack", "load_pack"]

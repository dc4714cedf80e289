"""What categories and severities are called, in Chinese and English: the review pages
(`api.i18n`) and the audit report read this one table."""

from __future__ import annotations

import enum


class Language(enum.StrEnum):
    zh = "zh"  # simplified Chinese
    en = "en"


LABELS: dict[Language, dict[str, str]] = {
    Language.zh: {
        "category.threat": "威胁恐吓",
        "category.abuse": "辱骂",
        "category.impersonation": "冒充公检法",
        "category.third_party_disclosure": "向第三方泄露",
        "category.identity_not_confirmed": "未核实身份",
        "category.out_of_hours": "非工作时间",
        "category.call_frequency": "呼叫频次",
        "category.missing_self_identification": "未自报家门",
        "category.misleading_consequence": "误导性后果",
        "category.borrowing_inducement": "诱导借贷还款",
        "severity.info": "提示",
        "severity.low": "低",
        "severity.medium": "中",
        "severity.high": "高",
        "severity.critical": "严重",
    },
    Language.en: {
        "category.threat": "Threat",
        "category.abuse": "Abuse",
        "category.impersonation": "Impersonation",
        "category.third_party_disclosure": "Third-party disclosure",
        "category.identity_not_confirmed": "Identity not confirmed",
        "category.out_of_hours": "Out of hours",
        "category.call_frequency": "Call frequency",
        "category.missing_self_identification": "No self-identification",
        "category.misleading_consequence": "Misleading consequence",
        "category.borrowing_inducement": "Borrowing inducement",
        "severity.info": "Info",
        "severity.low": "Low",
        "severity.medium": "Medium",
        "severity.high": "High",
        "severity.critical": "Critical",
    },
}


def label(language: Language, kind: str, code: str) -> str:
    """The name of a code (`kind` "category" or "severity") in `language`; the code itself if it has none."""
    return LABELS[language].get(f"{kind}.{code}", code)

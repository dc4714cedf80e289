"""Compliance QA for recorded Mandarin debt-collection calls.

Data flow (one module per stage): audio -> asr -> normalize -> segment ->
rules (lexicons, engine) -> findings -> store -> api.
"""

__version__ = "0.1.0"

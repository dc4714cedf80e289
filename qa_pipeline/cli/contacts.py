"""`qa-pipeline contacts ...`: the contact ledger (call-detail records of every dial attempt)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import click

from qa_pipeline.cli._common import load_scanner
from qa_pipeline.config import get_settings
from qa_pipeline.domain.contacts import parse_contacts
from qa_pipeline.errors import QAInputError
from qa_pipeline.jobs.contacts import check_ledger, import_contacts
from qa_pipeline.store import db as store


@click.group()
def contacts() -> None:
    """The contact ledger: import call-detail records, check the ledger rules on them."""


@contacts.command("import")
@click.argument("file", type=click.Path(path_type=Path, dir_okay=False))
@click.option("--rules", type=click.Path(path_type=Path), help="Rule pack folder (default: the configured one).")
def import_(file: Path, rules: Path | None) -> None:
    """Import dial attempts from a CSV (header line first) or JSON-lines FILE.

    All or nothing: a bad row stops the import before anything is stored, with
    the file, line and field. Re-importing a record (same attempt_id) changes
    nothing; stored calls of the debtors concerned are re-scanned where their
    ledger findings change.
    """
    settings = get_settings()
    try:
        size = file.stat().st_size
        if size > settings.contacts_max_bytes:
            raise QAInputError(str(file), None, f"file is larger than the limit of {settings.contacts_max_bytes} "
                                                "bytes (QA_CONTACTS_MAX_BYTES); split it")
        records = parse_contacts(file.read_bytes(), str(file))
    except OSError as exc:
        click.echo(f"error: {file}: cannot read file: {exc.strerror}", err=True)
        raise SystemExit(2) from None
    except QAInputError as exc:
        click.echo(f"error: {exc}", err=True)
        raise SystemExit(2) from None
    scanner = load_scanner(rules)
    store.check_schema(store.get_engine(settings))
    try:
        done = import_contacts(store.session_factory(settings), records, source=str(file), scanner=scanner,
                               settings=settings)
    except QAInputError as exc:
        click.echo(f"error: {exc}", err=True)
        raise SystemExit(2) from None
    click.echo(f"{file}: {done.rows} attempts: {done.added} added, {done.updated} updated, "
               f"{done.unchanged} unchanged; {len(done.rescanned)} calls re-scanned")


@contacts.command("check")
@click.option("--from", "date_from", type=click.DateTime(["%Y-%m-%d"]), required=True,
              help="First callee-local day.")
@click.option("--to", "date_to", type=click.DateTime(["%Y-%m-%d"]), help="Last callee-local day (default: --from).")
@click.option("--debtor", help="Only this debtor_id.")
@click.option("--json", "as_json", is_flag=True, help="One JSON object a finding (JSON lines).")
@click.option("--rules", type=click.Path(path_type=Path), help="Rule pack folder (default: the configured one).")
def check(date_from: object, date_to: object, debtor: str | None, as_json: bool, rules: Path | None) -> None:
    """The ledger rules on the stored ledger: attempts over the limits, third parties called too early."""
    settings = get_settings()
    scanner = load_scanner(rules)
    store.check_schema(store.get_engine(settings))
    first = _day(date_from)
    last = _day(date_to) if date_to is not None else first
    found = check_ledger(store.session_factory(settings), date_from=first, date_to=last, debtor_id=debtor,
                         scanner=scanner, settings=settings)
    for item in found:
        entry, finding = item.entry, item.finding
        if as_json:
            click.echo(json.dumps({"attempt_id": entry.attempt_id, "debtor_id": entry.debtor_id,
                                   "number": entry.number, "local_date": entry.local_date.isoformat(),
                                   "call_id": entry.call_id, **finding.to_json()}, ensure_ascii=False))
        else:
            involved = ", ".join(c.attempt_id for c in finding.evidence.contacts)
            click.echo(f"{entry.local_date.isoformat()}  {entry.debtor_id}  {entry.attempt_id}  {finding.rule_id}  "
                       f"{finding.severity}  [{involved}]")
    if not as_json:
        click.echo(f"{len(found)} ledger findings, {first.isoformat()}..{last.isoformat()}")


def _day(value: object) -> date:
    assert hasattr(value, "date")
    day = value.date()
    assert isinstance(day, date)
    return day

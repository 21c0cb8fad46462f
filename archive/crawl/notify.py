"""Tell someone when a crawl needs a look: an e-mail through an SMTP server, a JSON POST to a webhook URL."""
from __future__ import annotations

import json
import smtplib
import socket
import urllib.error
import urllib.request
from dataclasses import dataclass
from email.message import EmailMessage

from news_archive.archive.crawl.run import SourceRun

TIMEOUT = 30


@dataclass(frozen=True)
class Notify:
    """Where to send word of runs that failed or warned; nothing is sent where nothing is set."""

    mail_to: tuple[str, ...] = ()
    smtp_host: str = "localhost"
    smtp_port: int = 25
    smtp_user: str | None = None
    smtp_password: str | None = None
    mail_from: str | None = None
    webhook_url: str | None = None


def needing_a_look(runs: list[SourceRun]) -> list[SourceRun]:
    return [run for run in runs if run.status in ("failed", "interrupted") or run.warning]


def message_lines(runs: list[SourceRun]) -> list[str]:
    return [f"{run.source}: {run.status}: {run.warning or (run.error_summary or '').splitlines()[0]}"
            for run in needing_a_look(runs)]


def notify(runs: list[SourceRun], where: Notify, archive_name: str) -> list[str]:
    """Send word of the runs needing a look; returns one line per message that could not be sent."""
    lines = message_lines(runs)
    if not lines:
        return []
    subject = f"news-archive {archive_name}: {len(lines)} of {len(runs)} sources need a look"
    problems = []
    if where.mail_to:
        try:
            _mail(where, subject, "\n".join(lines) + "\n")
        except (OSError, smtplib.SMTPException) as exc:
            problems.append(f"e-mail to {', '.join(where.mail_to)} via {where.smtp_host}:{where.smtp_port} failed: {exc}")
    if where.webhook_url:
        try:
            _post(where.webhook_url, {"text": subject + "\n" + "\n".join(lines), "archive": archive_name,
                                      "runs": [_run_json(run) for run in needing_a_look(runs)]})
        except (OSError, urllib.error.URLError) as exc:
            problems.append(f"webhook {where.webhook_url} failed: {exc}")
    return problems


def _mail(where: Notify, subject: str, body: str) -> None:
    message = EmailMessage()
    message["Subject"] = subject
    message["From"] = where.mail_from or f"news-archive@{socket.getfqdn()}"
    message["To"] = ", ".join(where.mail_to)
    message.set_content(body)
    with smtplib.SMTP(where.smtp_host, where.smtp_port, timeout=TIMEOUT) as smtp:
        if where.smtp_user:
            smtp.starttls()  # never a password in clear
            smtp.login(where.smtp_user, where.smtp_password or "")
        smtp.send_message(message)


def _post(url: str, payload: dict) -> None:
    # `text` is what Slack, Mattermost and Teams-style incoming webhooks show; `runs` is for a program.
    request = urllib.request.Request(url, data=json.dumps(payload, ensure_ascii=False).encode("utf-8"),
                                     headers={"Content-Type": "application/json"}, method="POST")
    with urllib.request.urlopen(request, timeout=TIMEOUT) as response:
        response.read()


def _run_json(run: SourceRun) -> dict:
    return {"source": run.source, "status": run.status, "warning": run.warning, "error": run.error_summary}

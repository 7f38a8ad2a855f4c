"""Periods of a timeline: the month (``2024-05``) or ISO week (``2024-W19``) of an event date, and gap filling."""

from __future__ import annotations

from datetime import date, timedelta

QUADS = ("verbal_cooperation", "material_cooperation", "verbal_conflict", "material_conflict")


def period_of(value: str, interval: str) -> str | None:
    """The period of an event date, or ``None`` when the date is less precise than the interval."""
    if interval == "month":
        return value[:7] if len(value) >= 7 else None
    if len(value) < 10:
        return None
    try:
        year, week, _ = date.fromisoformat(value[:10]).isocalendar()
    except ValueError:
        return None
    return f"{year}-W{week:02d}"


def _next(period: str, interval: str) -> str:
    if interval == "month":
        year, month = int(period[:4]), int(period[5:7])
        return f"{year + month // 12}-{month % 12 + 1:02d}"
    monday = date.fromisocalendar(int(period[:4]), int(period[6:]), 1) + timedelta(weeks=1)
    year, week, _ = monday.isocalendar()
    return f"{year}-W{week:02d}"


def fill_periods(periods: list[str], interval: str) -> list[str]:
    """Every period from the first to the last of ``periods`` (sorted), gaps included."""
    if not periods:
        return []
    out = [periods[0]]
    while out[-1] < periods[-1]:
        out.append(_next(out[-1], interval))
    return out

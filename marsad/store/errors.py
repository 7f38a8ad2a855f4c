"""Errors raised by the store, each with a stable code and a hint saying how to fix it."""

from __future__ import annotations

# code -> (message template, hint)
_CATALOGUE: dict[str, tuple[str, str]] = {
    "E401": ("Cannot open database {path}: {reason}", "check the path and permissions"),
    "E402": (
        "Database {path} has a newer schema than this Marsad (unknown migrations: {names})",
        "upgrade marsad",
    ),
    "E403": (
        "Cannot connect to PostgreSQL at {url}: {reason}",
        "check that the server is running and the URL's user, password, host, port and database name",
    ),
}


class StoreError(Exception):
    """A database problem the user can fix; ``code`` is stable, ``hint`` says what to do."""

    def __init__(self, code: str, **context: object) -> None:
        template, hint = _CATALOGUE[code]
        self.code = code
        self.hint = hint
        self.context = context
        super().__init__(f"{code} {template.format(**context)} ({hint})")

"""Knowledge-base schema: vocabularies, the record types (``Office``, ``KbEntry``) and entry validation.

A knowledge-base file is YAML with up to three top-level lists, ``people``, ``organisations`` and
``weapons`` (see docs/knowledge-base.md). ``validate_entry`` checks one raw mapping against the
schema and returns a ``KbEntry`` plus every ``Problem`` found, so that a file with ten mistakes is
reported once, with all ten. Dates may be partial (``2020-05``, ``2020``): they stand for the whole
month or year, and ``Office.overlap`` compares them by their first and last day.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from marsad.errors import ConfigError

# ISO 3166-1 alpha-3 (249 codes, iso-codes 4.x).
ISO3: frozenset[str] = frozenset(
    """
    ABW AFG AGO AIA ALA ALB AND ARE ARG ARM ASM ATA ATF ATG AUS AUT AZE BDI BEL BEN BES BFA BGD BGR BHR
    BHS BIH BLM BLR BLZ BMU BOL BRA BRB BRN BTN BVT BWA CAF CAN CCK CHE CHL CHN CIV CMR COD COG COK COL
    COM CPV CRI CUB CUW CXR CYM CYP CZE DEU DJI DMA DNK DOM DZA ECU EGY ERI ESH ESP EST ETH FIN FJI FLK
    FRA FRO FSM GAB GBR GEO GGY GHA GIB GIN GLP GMB GNB GNQ GRC GRD GRL GTM GUF GUM GUY HKG HMD HND HRV
    HTI HUN IDN IMN IND IOT IRL IRN IRQ ISL ISR ITA JAM JEY JOR JPN KAZ KEN KGZ KHM KIR KNA KOR KWT LAO
    LBN LBR LBY LCA LIE LKA LSO LTU LUX LVA MAC MAF MAR MCO MDA MDG MDV MEX MHL MKD MLI MLT MMR MNE MNG
    MNP MOZ MRT MSR MTQ MUS MWI MYS MYT NAM NCL NER NFK NGA NIC NIU NLD NOR NPL NRU NZL OMN PAK PAN PCN
    PER PHL PLW PNG POL PRI PRK PRT PRY PSE PYF QAT REU ROU RUS RWA SAU SDN SEN SGP SGS SHN SJM SLB SLE
    SLV SMR SOM SPM SRB SSD STP SUR SVK SVN SWE SWZ SXM SYC SYR TCA TCD TGO THA TJK TKL TKM TLS TON TTO
    TUN TUR TUV TWN TZA UGA UKR UMI URY USA UZB VAT VCT VEN VGB VIR VNM VUT WLF WSM YEM ZAF ZMB ZWE
    """.split()  # noqa: SIM905
)
#: PLOVER codes for actors that are not states.
NON_STATE_CODES: frozenset[str] = frozenset({"IGO", "UNO", "EUR", "NGO", "ISM", "IMG", "MNC"})
#: Kosovo's user-assigned code, used by the EU, the IMF and the World Bank.
EXTRA_CODES: frozenset[str] = frozenset({"XKX"})
COUNTRY_CODES: frozenset[str] = ISO3 | NON_STATE_CODES | EXTRA_CODES

#: PLOVER 2.0 actor sectors.
SECTORS: frozenset[str] = frozenset(
    "GOV MIL LEG JUD COP SPY PTY REB OPP PRM UAF BUS JRN CVL ELI AGR CRM EDU LAB MED REF PRE REL SOC UNK".split()  # noqa: SIM905
)
ORG_KINDS: tuple[str, ...] = (
    "government", "ministry", "armed forces", "military branch", "military unit", "parliament",
    "parliamentary committee", "intelligence service", "security service", "police", "party", "armed group",
    "igo", "un body", "eu body", "court", "media", "news agency", "company", "ngo", "other",
)  # fmt: skip
WEAPON_CATEGORIES: tuple[str, ...] = (
    "air defence", "fighter aircraft", "attack aircraft", "bomber", "transport aircraft", "helicopter", "drone",
    "loitering munition", "ballistic missile", "cruise missile", "hypersonic missile", "anti-tank missile",
    "air-to-air missile", "guided bomb", "tank", "armoured vehicle", "artillery", "rocket system", "warship",
    "submarine", "small arms", "other",
)  # fmt: skip
#: Top-level keys of a file and the entry type they hold.
SECTIONS: dict[str, str] = {"people": "PERSON", "organisations": "ORG", "weapons": "WEAPON"}
TYPES: tuple[str, ...] = ("PERSON", "ORG", "WEAPON")

_COMMON = ("id", "name", "aliases", "ambiguous_aliases", "note")
FIELDS: dict[str, frozenset[str]] = {
    "PERSON": frozenset((*_COMMON, "country", "sector", "offices")),
    "ORG": frozenset((*_COMMON, "kind", "country", "sector", "parent")),
    "WEAPON": frozenset((*_COMMON, "category", "maker")),
}
REQUIRED: dict[str, tuple[str, ...]] = {
    "PERSON": ("id", "name", "country", "aliases"),
    "ORG": ("id", "name", "kind", "country", "aliases"),
    "WEAPON": ("id", "name", "category", "maker", "aliases"),
}
OFFICE_FIELDS = frozenset({"role", "sector", "country", "start", "end", "note"})

_ID = re.compile(r"^(Q[1-9]\d*|marsad:[A-Za-z0-9][A-Za-z0-9_.\-]*)$")
_LANG = re.compile(r"^[a-z]{2,3}$")
_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


class KbError(ConfigError):
    """The knowledge base has problems (code E501); ``problems`` lists every one of them."""

    def __init__(self, problems: list[Problem] | list[str]) -> None:
        self.code = "E501"
        self.problems: tuple[str, ...] = tuple(str(p) for p in problems)
        self.details = {"problems": self.problems}
        lines = "\n".join(f"  - {p}" for p in self.problems)
        count = len(self.problems)
        Exception.__init__(self, f"E501: the knowledge base has {count} problem(s); fix them and run again:\n{lines}")


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong in one file: where (file, entry, field), what, and how to fix it."""

    file: str
    entry: str
    field: str
    message: str

    def __str__(self) -> str:
        where = f"{self.entry}, field '{self.field}'" if self.field else self.entry
        return f"{self.file}: {where}: {self.message}"


# ---------------------------------------------------------------- dates


def parse_date(value: Any) -> str:
    """Normalise a YAML date (``date``, ``2020``, ``"2020-05"``, ``"2020-05-14"``) to an ISO string.

    Raises ValueError when it is not a real date of one of those shapes.
    """
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, int) and not isinstance(value, bool):
        value = str(value)
    if not isinstance(value, str):
        raise ValueError(f"{value!r} is not a date")
    text = value.strip()[:10] if "T" in value else value.strip()
    match = _DATE.match(text)
    if not match:
        raise ValueError(f"{value!r} is not a date")
    date_bounds(text)  # raises on month 13, 31 February...
    return text


def date_bounds(value: str) -> tuple[dt.date, dt.date]:
    """First and last day covered by an ISO date that may be partial: ``"2020"`` → 2020-01-01, 2020-12-31."""
    match = _DATE.match(value)
    if not match:
        raise ValueError(f"{value!r} is not a date (YYYY-MM-DD, YYYY-MM or YYYY)")
    year, month, day = match.groups()
    y = int(year)
    if month is None:
        return dt.date(y, 1, 1), dt.date(y, 12, 31)
    m = int(month)
    if day is None:
        first = dt.date(y, m, 1)
        last = (first.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
        return first, last
    exact = dt.date(y, m, int(day))
    return exact, exact


def query_bounds(date: str | dt.date | None) -> tuple[dt.date, dt.date] | None:
    """Bounds of a query date (None stays None); accepts timestamps by their date part."""
    if date is None:
        return None
    return date_bounds(parse_date(date))


# ---------------------------------------------------------------- records


@dataclass(frozen=True, slots=True)
class Office:
    """A position a person held: ``end=None`` means still in office, ``start=None`` means unknown."""

    role: str
    sector: str
    country: str
    start: str | None = None
    end: str | None = None

    @property
    def current(self) -> bool:
        return self.end is None

    def first_day(self) -> dt.date:
        return date_bounds(self.start)[0] if self.start else dt.date.min

    def last_day(self) -> dt.date:
        return date_bounds(self.end)[1] if self.end else dt.date.max

    def overlap(self, bounds: tuple[dt.date, dt.date]) -> int:
        """Days shared by the office and the query period (0: the office does not cover it)."""
        low = max(self.first_day(), bounds[0])
        high = min(self.last_day(), bounds[1])
        return (high - low).days + 1 if high >= low else 0


@dataclass(frozen=True, slots=True)
class KbEntry:
    """A person, organisation or weapon of the knowledge base.

    ``kind`` is the organisation kind or the weapon category (None for people); ``aliases`` maps a
    language code to its surface forms; ``ambiguous_aliases`` are forms that are also common words
    ("IS"), matched only on request. Entries compare and hash by id.
    """

    id: str
    name: str
    type: str
    country: str | None
    sector: str | None
    kind: str | None
    aliases: dict[str, tuple[str, ...]]
    offices: tuple[Office, ...] = ()
    ambiguous_aliases: dict[str, tuple[str, ...]] = field(default_factory=dict)
    parent: str | None = None
    source: str = field(default="", compare=False)

    def __hash__(self) -> int:
        return hash(self.id)

    @property
    def category(self) -> str | None:
        """The weapon category (None for people and organisations)."""
        return self.kind if self.type == "WEAPON" else None

    def office_at(self, date: str | dt.date | None = None) -> Office | None:
        """The office held at ``date`` (partial dates cover their month or year; the office sharing
        most days with it wins, then the later one); ``None`` → the current office, else the last one."""
        if not self.offices:
            return None
        bounds = query_bounds(date)
        if bounds is None:
            current = [o for o in self.offices if o.current]
            pool = current or list(self.offices)
            return max(pool, key=lambda o: (o.last_day(), o.first_day()))
        scored = [(o.overlap(bounds), o.first_day(), i, o) for i, o in enumerate(self.offices)]
        best = max(scored, key=lambda s: s[:3])
        return best[3] if best[0] > 0 else None

    def sector_at(self, date: str | dt.date | None = None) -> str | None:
        """The sector of the office held at ``date``, else the entry's own sector."""
        office = self.office_at(date)
        return office.sector if office else self.sector

    def role_at(self, date: str | dt.date | None = None) -> str | None:
        office = self.office_at(date)
        return office.role if office else None

    def all_aliases(self, ambiguous: bool = False) -> list[str]:
        """The name, then every alias (and the ambiguous ones if asked), in file order."""
        forms = [self.name]
        for group in (self.aliases, self.ambiguous_aliases) if ambiguous else (self.aliases,):
            for values in group.values():
                forms.extend(values)
        return forms


# ---------------------------------------------------------------- validation


def entry_label(raw: Any, position: int) -> str:
    """How a problem names an entry: its id and name when it has them, else its position."""
    if isinstance(raw, Mapping):
        ident, name = raw.get("id"), raw.get("name")
        if ident and name:
            return f"entry '{ident}' ({name})"
        if ident or name:
            return f"entry '{ident or name}'"
    return f"entry #{position + 1}"


class _Checker:
    """Collects the problems of one raw entry."""

    def __init__(self, file: str, label: str) -> None:
        self.file = file
        self.label = label
        self.problems: list[Problem] = []

    def add(self, field_name: str, message: str) -> None:
        self.problems.append(Problem(self.file, self.label, field_name, message))

    def text(self, raw: Mapping[str, Any], key: str, required: bool = True) -> str | None:
        value = raw.get(key)
        if value is None:
            if required:
                self.add(key, f"missing: add `{key}: ...`")
            return None
        if not isinstance(value, str) or not value.strip():
            self.add(key, f"must be a non-empty text, got {value!r}")
            return None
        return value.strip()

    def code(self, raw: Mapping[str, Any], key: str, required: bool = True) -> str | None:
        value = self.text(raw, key, required)
        if value is None or value in COUNTRY_CODES:
            return value
        hint = f"write it in capitals: '{value.upper()}'" if value.upper() in COUNTRY_CODES else (
            "use an ISO 3166-1 alpha-3 code (IRQ, FRA, USA...) or one of " + ", ".join(sorted(NON_STATE_CODES))
        )  # fmt: skip
        self.add(key, f"'{value}' is not a country code: {hint}")
        return None

    def sector(self, raw: Mapping[str, Any], key: str = "sector", required: bool = False) -> str | None:
        value = self.text(raw, key, required)
        if value is None or value in SECTORS:
            return value
        upper = value.upper()
        hint = f"write it in capitals: '{upper}'" if upper in SECTORS else "use one of " + " ".join(sorted(SECTORS))
        self.add(key, f"'{value}' is not a PLOVER sector: {hint}")
        return None

    def choice(self, raw: Mapping[str, Any], key: str, allowed: tuple[str, ...]) -> str | None:
        value = self.text(raw, key)
        if value is None or value in allowed:
            return value
        self.add(key, f"'{value}' is not allowed: use one of " + ", ".join(allowed))
        return None

    def date(self, raw: Mapping[str, Any], key: str, where: str) -> str | None:
        value = raw.get(key)
        if value is None:
            return None
        try:
            return parse_date(value)
        except ValueError:
            self.add(where, f"{value!r} is not a date: write YYYY-MM-DD, YYYY-MM or YYYY (or null)")
            return None

    def unknown(self, raw: Mapping[str, Any], allowed: frozenset[str], where: str = "") -> None:
        for key in raw:
            if key not in allowed:
                self.add(f"{where}{key}", "unknown field: remove it or fix its spelling (fields: "
                         + ", ".join(sorted(allowed)) + ")")  # fmt: skip

    def aliases(self, raw: Mapping[str, Any], key: str, required: bool) -> dict[str, tuple[str, ...]]:
        value = raw.get(key)
        if value is None:
            if required:
                self.add(key, "missing: add `aliases: {en: [...], fr: [...], ar: [...]}`")
            return {}
        if not isinstance(value, Mapping) or (required and not value):
            self.add(key, "must map a language code to a list of names, e.g. {en: [ISIS], fr: [Daech]}")
            return {}
        result: dict[str, tuple[str, ...]] = {}
        for lang, names in value.items():
            where = f"{key}.{lang}"
            if not isinstance(lang, str) or not _LANG.match(lang):
                self.add(where, f"{lang!r} is not a language code: use ISO 639-1 (en, fr, ar...)")
                continue
            if not isinstance(names, list) or not all(isinstance(n, str) and n.strip() for n in names):
                self.add(where, "must be a list of non-empty texts, e.g. [Daech, Daesh]")
                continue
            result[lang] = tuple(dict.fromkeys(n.strip() for n in names))
        return result


def validate_entry(raw: Any, entry_type: str, file: str, position: int) -> tuple[KbEntry | None, list[Problem]]:
    """Check one raw entry of ``entry_type``; return the entry (None when it has problems) and the problems."""
    check = _Checker(file, entry_label(raw, position))
    if not isinstance(raw, Mapping):
        check.add("", "must be a mapping of fields (`- id: ...` then `name: ...` on the next lines)")
        return None, check.problems
    check.unknown(raw, FIELDS[entry_type])
    ident = check.text(raw, "id")
    if ident is not None and not _ID.match(ident):
        check.add("id", f"'{ident}' is neither a Wikidata QID (Q7747) nor 'marsad:<slug>' (marsad:my-org)")
    name = check.text(raw, "name")
    aliases = check.aliases(raw, "aliases", required=True)
    ambiguous = check.aliases(raw, "ambiguous_aliases", required=False)
    check.text(raw, "note", required=False)
    offices: tuple[Office, ...] = ()
    kind = parent = None
    if entry_type == "PERSON":
        country = check.code(raw, "country")
        sector = check.sector(raw)
        offices = _offices(check, raw.get("offices"), country)
    elif entry_type == "ORG":
        kind = check.choice(raw, "kind", ORG_KINDS)
        country = check.code(raw, "country")
        sector = check.sector(raw)
        parent = check.text(raw, "parent", required=False)
    else:
        kind = check.choice(raw, "category", WEAPON_CATEGORIES)
        country = check.code(raw, "maker")
        sector = None
    if check.problems or ident is None or name is None:
        return None, check.problems
    if entry_type == "PERSON" and sector is None and offices:
        sector = max(offices, key=lambda o: (o.last_day(), o.first_day())).sector
    entry = KbEntry(ident, name, entry_type, country, sector, kind, aliases, offices, ambiguous, parent, file)
    return entry, check.problems


def _offices(check: _Checker, value: Any, country: str | None) -> tuple[Office, ...]:
    if value is None:
        return ()
    if not isinstance(value, list):
        check.add("offices", "must be a list of {role, sector, country, start, end}")
        return ()
    offices = []
    for index, raw in enumerate(value):
        where = f"offices[{index}]"
        if not isinstance(raw, Mapping):
            check.add(where, "must be a mapping {role: ..., sector: ..., country: ..., start: ..., end: ...}")
            continue
        office = _office(check, raw, where, country)
        if office is not None:
            offices.append(office)
    return tuple(offices)


def _office(check: _Checker, raw: Mapping[str, Any], where: str, country: str | None) -> Office | None:
    before = len(check.problems)
    check.unknown(raw, OFFICE_FIELDS, where=f"{where}.")
    role = _sub(check, where, lambda: check.text(raw, "role"))
    sector = _sub(check, where, lambda: check.sector(raw, required=True))
    office_country = _sub(check, where, lambda: check.code(raw, "country", required=False)) or country
    start = check.date(raw, "start", f"{where}.start")
    end = check.date(raw, "end", f"{where}.end")
    if start and end and date_bounds(start)[0] > date_bounds(end)[1]:
        check.add(f"{where}.end", f"end {end} is before start {start}: fix or swap the dates")
    if len(check.problems) > before or role is None or sector is None or office_country is None:
        return None
    return Office(role, sector, office_country, start, end)


def _sub(check: _Checker, where: str, read: Any) -> Any:
    """Run one field reader and prefix the field of any problem it adds with ``where``."""
    before = len(check.problems)
    value = read()
    for i in range(before, len(check.problems)):
        p = check.problems[i]
        check.problems[i] = Problem(p.file, p.entry, f"{where}.{p.field}", p.message)
    return value

"""The actor network: who acts on whom, as a directed graph for Gephi, Cytoscape or networkx.

Nodes are the actors. A side member with a named entity is its canonical name and country
("Sergey Lavrov (RUS)"); a member without one is its country code ("IRQ"), or "UNK" when even that is
unknown. Node attributes: ``label``, ``country``, ``type`` (the entity type, or "country"), ``events``
(how many events the actor takes part in, on either side). Edges go from each actor to each recipient of
an event (a compound side gives one edge per pair), with ``weight`` (events), one count per PLOVER type
(``n_CONSULT`` …), ``goldstein_mean`` (mean CAMEO Goldstein value of those events) and the first and last
event dates when any is dated. Events without a recipient add to their actors' ``events`` but make no edge.
The whole graph is aggregated in memory (one entry per actor and per dyad, not per event).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, TextIO

from marsad import __version__
from marsad.export.views import Member, Record, iter_events
from marsad.model import EVENT_TYPES

XML_DECLARATION = '<?xml version="1.0" encoding="utf-8"?>\n'
# Characters XML 1.0 cannot carry; they are dropped from labels and attribute values.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


@dataclass(slots=True)
class _Node:
    label: str
    country: str
    type: str
    events: int = 0


@dataclass(slots=True)
class _Edge:
    types: Counter[str] = field(default_factory=Counter)
    goldstein_sum: float = 0.0
    goldstein_n: int = 0
    first_date: str | None = None
    last_date: str | None = None

    def add(self, kind: str, goldstein: float | None, date: str | None) -> None:
        self.types[kind] += 1
        if goldstein is not None:
            self.goldstein_sum += goldstein
            self.goldstein_n += 1
        if date:
            self.first_date = min(self.first_date or date, date)
            self.last_date = max(self.last_date or date, date)


def node_id(member: Member) -> str:
    """A named entity's "name (country)", else the member's country code, else "UNK"."""
    if member.entity and member.name:
        return f"{member.name} ({member.country})" if member.country else member.name
    return member.country or "UNK"


def build_graph(records: Iterable[Record]) -> Any:
    """A ``networkx.DiGraph`` of the actors of the records' events."""
    import networkx as nx

    nodes: dict[str, _Node] = {}
    edges: dict[tuple[str, str], _Edge] = {}
    for view in iter_events(records):
        kind = view.event.get("type") or "UNKNOWN"
        goldstein = view.cameo.get("goldstein") if view.cameo else None
        sides = []
        for members in (view.actor, view.recipient):
            ids = []
            for member in members:
                key = node_id(member)
                if key not in nodes:
                    named = bool(member.entity and member.name)
                    nodes[key] = _Node(
                        label=member.name if named and member.name else key,
                        country=member.country or "",
                        type=(member.entity_type or "entity") if named else "country",
                    )
                ids.append(key)
            sides.append(dict.fromkeys(ids))
        for key in dict.fromkeys([*sides[0], *sides[1]]):
            nodes[key].events += 1
        for source in sides[0]:
            for target in sides[1]:
                edges.setdefault((source, target), _Edge()).add(kind, goldstein, view.event.get("date"))

    graph = nx.DiGraph(name="Marsad actor network", creator=f"marsad {__version__}")
    for key, node in nodes.items():
        graph.add_node(_clean(key), label=_clean(node.label), country=node.country, type=node.type, events=node.events)
    for (source, target), edge in edges.items():
        attributes: dict[str, Any] = {"weight": sum(edge.types.values())}
        attributes.update({f"n_{kind}": edge.types.get(kind, 0) for kind in EVENT_TYPES})
        if edge.goldstein_n:
            attributes["goldstein_mean"] = round(edge.goldstein_sum / edge.goldstein_n, 4)
        if edge.first_date and edge.last_date:
            attributes["first_date"], attributes["last_date"] = edge.first_date, edge.last_date
        graph.add_edge(_clean(source), _clean(target), **attributes)
    return graph


def _clean(text: str) -> str:
    return _NOT_XML.sub("", text)


def write_graphml(records: Iterable[Record], sink: TextIO) -> None:
    """GraphML (UTF-8 XML), read back with ``networkx.read_graphml``."""
    from networkx.readwrite.graphml import generate_graphml

    _write_xml(generate_graphml(build_graph(records)), sink)


def write_gexf(records: Iterable[Record], sink: TextIO) -> None:
    """GEXF 1.2 (UTF-8 XML), read back with ``networkx.read_gexf`` or opened in Gephi."""
    from networkx import generate_gexf

    _write_xml(generate_gexf(build_graph(records)), sink)


def _write_xml(lines: Iterable[str], sink: TextIO) -> None:
    # networkx's generators leave out the XML declaration; the file is UTF-8 whatever the platform.
    sink.write(XML_DECLARATION)
    for line in lines:
        sink.write(line + "\n")

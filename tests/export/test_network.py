"""The actor network as GraphML and GEXF, read back with networkx: nodes, attributes, weighted edges."""

from __future__ import annotations

import io
from pathlib import Path

import networkx as nx
import pytest

from marsad.export.network import node_id, write_gexf, write_graphml
from marsad.export.views import Member
from marsad.model import ActorRef
from tests.export.sample import arabic, french, records


def written(writer, path: Path, recs: list[dict] | None = None) -> Path:  # type: ignore[no-untyped-def]
    with path.open("w", encoding="utf-8", newline="") as sink:
        writer(records() if recs is None else recs, sink)
    return path


@pytest.fixture(params=["graphml", "gexf"])
def graph(request: pytest.FixtureRequest, tmp_path: Path) -> nx.DiGraph:
    if request.param == "graphml":
        return nx.read_graphml(written(write_graphml, tmp_path / "g.graphml"))
    return nx.read_gexf(written(write_gexf, tmp_path / "g.gexf"))


def test_nodes_and_their_attributes(graph: nx.DiGraph) -> None:
    assert graph.is_directed()
    assert set(graph.nodes) == {"Ibrahim al-Jaafari (IRQ)", "IRQ", "RUS", "Sergey Lavrov (RUS)", "United States (USA)"}
    jaafari = graph.nodes["Ibrahim al-Jaafari (IRQ)"]
    assert (jaafari["label"], jaafari["country"], jaafari["type"], jaafari["events"]) == (
        "Ibrahim al-Jaafari",
        "IRQ",
        "PERSON",
        1,
    )
    assert graph.nodes["IRQ"]["type"] == "country" and graph.nodes["IRQ"]["events"] == 4
    assert graph.nodes["United States (USA)"]["type"] == "GPE"
    # Lavrov accused nobody in particular: a node with an event and no edge.
    assert graph.nodes["Sergey Lavrov (RUS)"]["events"] == 1 and graph.degree("Sergey Lavrov (RUS)") == 0


def test_edges_are_weighted_with_counts_per_type_and_mean_goldstein(graph: nx.DiGraph) -> None:
    assert set(graph.edges) == {
        ("Ibrahim al-Jaafari (IRQ)", "RUS"),
        ("IRQ", "RUS"),
        ("United States (USA)", "IRQ"),
        ("IRQ", "United States (USA)"),
    }
    aid = graph.edges["United States (USA)", "IRQ"]
    assert aid["weight"] == 1 and aid["n_AID"] == 1 and aid["n_CONSULT"] == 0
    assert aid["goldstein_mean"] == 7.0 and aid["first_date"] == aid["last_date"] == "2024-10-05"


def test_repeated_dyads_add_up(tmp_path: Path) -> None:
    first, second = arabic(), arabic()
    second.id = "ar-002"
    second.events[0].type, second.events[0].mode = "COOPERATE", None
    second.events[0].date.date = "2023-01"
    second.events[0].recipient = [ActorRef(None, "Iraq", "IRQ", "GOV")]
    recs = [first.as_dict(), second.as_dict()]
    graph = nx.read_graphml(written(write_graphml, tmp_path / "g.graphml", recs))
    edge = graph.edges["United States (USA)", "IRQ"]
    assert (edge["weight"], edge["n_AID"], edge["n_COOPERATE"]) == (2, 1, 1)
    assert edge["goldstein_mean"] == pytest.approx((7.0 + 6.0) / 2)
    assert (edge["first_date"], edge["last_date"]) == ("2023-01", "2024-10-05")
    assert graph.nodes["United States (USA)"]["events"] == 4


def test_xml_unsafe_characters_and_arabic_names(tmp_path: Path) -> None:
    doc = french()
    doc.events[0].recipient = [ActorRef(None, "روسيا <\x0b&>", "RUS", "GOV")]
    doc.entities[0].name = 'الجعفري "& <b>'
    doc.events[0].actor[0].name = 'الجعفري "& <b>'
    graph = nx.read_gexf(written(write_gexf, tmp_path / "g.gexf", [doc.as_dict()]))
    assert graph.nodes['الجعفري "& <b> (IRQ)']["label"] == 'الجعفري "& <b>'


def test_node_ids() -> None:
    assert node_id(Member("Sergey Lavrov", "RUS", "GOV", entity="e2")) == "Sergey Lavrov (RUS)"
    assert node_id(Member("Hezbollah", None, "REB", entity="e4")) == "Hezbollah"
    assert node_id(Member("Russia", "RUS", "GOV")) == "RUS"  # no named entity: the country
    assert node_id(Member(None, None, None)) == "UNK"


def test_files_declare_utf8() -> None:
    buffer = io.StringIO()
    write_graphml(records(), buffer)
    assert buffer.getvalue().startswith('<?xml version="1.0" encoding="utf-8"?>\n<graphml')

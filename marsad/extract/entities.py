"""Entity mentions from the language packs' NER, grouped into one entity per referent per article."""

from __future__ import annotations

import re
import unicodedata

from marsad.model import Document, Entity, Mention
from marsad.nlp.annotate import ParsedParagraph
from marsad.nlp.lang import pack

_EDGE_PUNCT = "\"'«»“”‘’()[]،,;:.-–— "


def extract_entities(doc: Document, parsed: list[ParsedParagraph], model_names: dict[str, str]) -> None:
    """Fill ``doc.mentions`` and ``doc.entities`` from the NER of each paragraph."""
    doc.mentions = [m for p in parsed for m in _mentions(p, model_names.get(p.lang, "blank"))]
    doc.entities = group_mentions(doc.mentions)


def _mentions(paragraph: ParsedParagraph, model_name: str) -> list[Mention]:
    lang_pack = pack(paragraph.lang)
    labels = lang_pack.LABELS if lang_pack else {}
    confidence = lang_pack.NER_CONFIDENCE if lang_pack else 0.5
    found = []
    for ent in paragraph.doc.ents:
        kind = labels.get(ent.label_)
        text, start = _trim(ent.text, ent.start_char)
        if kind is None or not any(ch.isalpha() for ch in text):
            continue
        begin = paragraph.offset + start
        found.append(Mention(text, begin, begin + len(text), kind, f"spacy:{model_name}:ner", confidence))
    return found


def _trim(text: str, start: int) -> tuple[str, int]:
    stripped = text.lstrip(_EDGE_PUNCT)
    start += len(text) - len(stripped)
    return stripped.rstrip(_EDGE_PUNCT), start


def key(text: str) -> str:
    """Comparison key of a surface form: accents, case and punctuation folded."""
    folded = unicodedata.normalize("NFKD", text)
    folded = "".join(ch for ch in folded if not unicodedata.combining(ch))
    return re.sub(r"[\W_]+", " ", folded).strip().casefold()


def group_mentions(mentions: list[Mention]) -> list[Entity]:
    """One entity per (type, surface key); a one-word PERSON mention joins the full name ending with it."""
    groups: dict[tuple[str, str], list[Mention]] = {}
    for mention in mentions:
        groups.setdefault((mention.label, key(mention.text)), []).append(mention)
    _merge_surnames(groups)
    entities = []
    for number, ((label, _), members) in enumerate(
        sorted(groups.items(), key=lambda item: min(m.start for m in item[1])), start=1
    ):
        name = max((m.text for m in members), key=len)
        entities.append(Entity(id=f"e{number}", name=name, type=label, mentions=sorted(members, key=_at)))
    return entities


def _merge_surnames(groups: dict[tuple[str, str], list[Mention]]) -> None:
    people = [k for k in groups if k[0] == "PERSON"]
    for short in [k for k in people if " " not in k[1]]:
        owners = [k for k in people if k != short and k[1].split()[-1] == short[1]]
        if len(owners) == 1:
            groups[owners[0]].extend(groups.pop(short))


def _at(mention: Mention) -> int:
    return mention.start

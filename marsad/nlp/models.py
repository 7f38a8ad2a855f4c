"""Which spaCy pipeline serves each language; each is loaded once, lazily, on first use."""

from __future__ import annotations

from typing import TYPE_CHECKING

from marsad.config import Settings
from marsad.errors import ModelError
from marsad.nlp.lang import pack

if TYPE_CHECKING:
    from spacy.language import Language


def _bundled(lang: str, name: str) -> Language:
    """A pipeline shipped inside the package (``marsad/nlp/lang/<lang>/pipeline``), with its registered functions."""
    import importlib

    import spacy

    components = importlib.import_module(f"marsad.nlp.lang.{lang}.components")
    path = components.PIPELINE_DIR
    if not (path / "config.cfg").is_file():
        raise ModelError("E010", model=name, lang=lang)
    return spacy.load(path)


class ModelRegistry:
    """Loads ``languages.<lang>.model`` ("blank" = tokenizer only) and keeps it for the whole run."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._loaded: dict[str, Language] = {}

    def has_pack(self, lang: str | None) -> bool:
        return bool(lang) and pack(lang) is not None and self.settings.model_for(lang) is not None

    def name(self, lang: str) -> str:
        return self.settings.model_for(lang) or "blank"

    def get(self, lang: str) -> Language:
        if lang not in self._loaded:
            self._loaded[lang] = self._load(lang, self.name(lang))
        return self._loaded[lang]

    @staticmethod
    def _load(lang: str, name: str) -> Language:
        import spacy

        if name == "blank":
            nlp = spacy.blank(lang)
        elif name == f"marsad_{lang}":
            nlp = _bundled(lang, name)
        else:
            try:
                nlp = spacy.load(name)
            except OSError as exc:
                if "E050" in str(exc) or "Can't find model" in str(exc):
                    raise ModelError("E010", model=name, lang=lang) from None
                raise ModelError("E011", model=name, lang=lang, reason=exc) from None
        if not {"parser", "senter", "sentencizer"} & set(nlp.pipe_names):
            nlp.add_pipe("sentencizer")  # the extractors read sentence by sentence
        return nlp

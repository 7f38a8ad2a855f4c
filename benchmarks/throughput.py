"""Throughput of `marsad extract` against a bare ``nlp.pipe`` pass of the same models over the same paragraphs.

Generates a synthetic corpus (benchmarks/corpus.py), loads the models once, then times:

1. the whole extraction (read, decode, clean, language identification, NLP, entities, JSON output);
2. the bare spaCy pass: ``nlp.pipe`` of each language's model over exactly the paragraphs of step 1.

Prints articles/s, words/s and ratio = bare time / pipeline time (1.0 means the pipeline adds
nothing; the target is ratio >= 0.8). Also prints peak memory. Usage::

    python benchmarks/throughput.py [--n 2000] [--corpus DIR] [--seed 13]
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import generate

from marsad.config import load_config
from marsad.model import Document
from marsad.pipeline import Pipeline
from marsad.runner import extract


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=2000, help="articles to generate (default 2000)")
    parser.add_argument("--corpus", type=Path, help="use (or fill) this folder instead of a temporary one")
    parser.add_argument("--seed", type=int, default=13)
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory() as tmp:
        folder = args.corpus or Path(tmp) / "corpus"
        if not folder.exists() or not any(folder.iterdir()):
            folder.mkdir(parents=True, exist_ok=True)
            generate(args.n, folder, seed=args.seed)
        settings = load_config()
        pipeline = Pipeline(settings)
        for lang in ("fr", "en", "ar"):
            pipeline.models.get(lang)  # load outside the timings, as a long run would
        warm = sorted(folder.iterdir())[: max(20, args.n // 20)]
        for _ in extract([str(p) for p in warm], settings, pipeline=pipeline):
            pass  # warm-up: vocab and caches filled before either timing, so neither pass pays for it

        start = time.perf_counter()
        docs: list[Document] = []
        with open("/dev/null", "w", encoding="utf-8") as sink:
            for item in extract([str(folder)], settings, pipeline=pipeline):
                if isinstance(item, Document):
                    sink.write(json.dumps(item.as_dict(), ensure_ascii=False) + "\n")
                    docs.append(item)
        pipeline_seconds = time.perf_counter() - start

        texts: dict[str, list[str]] = defaultdict(list)
        for doc in docs:
            for para in doc.paragraphs:
                if para.lang in ("fr", "en", "ar"):
                    texts[para.lang].append(doc.body[para.start : para.end])
        batch = settings.get("nlp.batch_size")
        parsed: dict[str, list] = {}
        start = time.perf_counter()
        for lang, items in texts.items():
            parsed[lang] = list(pipeline.models.get(lang).pipe(items, batch_size=batch))
        bare_seconds = time.perf_counter() - start
        actor_seconds = _time_actors(parsed, pipeline)

    words = sum(len(doc.body.split()) for doc in docs)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"articles            {len(docs)} ({', '.join(f'{k}: {len(v)} paragraphs' for k, v in texts.items())})")
    print(
        f"pipeline            {pipeline_seconds:.1f} s  {len(docs) / pipeline_seconds:.1f} articles/s  "
        f"{words / pipeline_seconds:.0f} words/s"
    )
    print(
        f"bare nlp.pipe       {bare_seconds:.1f} s  {len(docs) / bare_seconds:.1f} articles/s  "
        f"{words / bare_seconds:.0f} words/s"
    )
    print(f"ratio               {bare_seconds / pipeline_seconds:.2f}  (bare / pipeline)")
    print(
        f"entities + actors   {actor_seconds:.1f} s  = {100 * actor_seconds / bare_seconds:.0f}% of the spaCy pass "
        "(target <= 30%)"
    )
    print(f"peak memory         {peak_mb:.0f} MB")
    return 0


def _time_actors(parsed: dict[str, list], pipeline: Pipeline) -> float:
    """Entity and actor extraction alone, over the Docs of the bare pass (one paragraph per article)."""
    from marsad.extract import extract_entities
    from marsad.nlp.annotate import ParsedParagraph

    names = {lang: pipeline.models.name(lang) for lang in parsed}
    start = time.perf_counter()
    for lang, docs in parsed.items():
        for spacy_doc in docs:
            record = Document(id="bench", source="bench", body=spacy_doc.text)
            extract_entities(record, [ParsedParagraph(0, lang, spacy_doc)], names, pipeline.resources)
    return time.perf_counter() - start


if __name__ == "__main__":
    raise SystemExit(main())

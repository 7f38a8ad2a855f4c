"""Train Marsad's Arabic NER pipeline (PER/ORG/LOC) on ANERcorp + AQMAR and export it as package data.

    python scripts/train_ar.py [--max-steps N] [--out DIR] [--seed 0] [--work DIR]

Steps (all seeded, single-threaded, hence reproducible on one machine):

1. Read ../shared/data/ner/ar_anercorp_train.jsonl (ANERcorp, CAMeL Lab train split) and
   ar_aqmar_all.jsonl (AQMAR). Tags PERS→PER; MISC is dropped (treated as O): the two corpora mean
   different things by it (AQMAR's MISC holds its article-specific classes: chemical elements,
   software, sports events...; ANERcorp's holds nationalities, events, products), Marsad has no use
   for it (actors and places only), and a shared ill-defined class would cost PER/ORG/LOC accuracy.
2. Dev split: 10 % of the ANERcorp *train* split and 10 % of AQMAR, drawn as blocks of 20 consecutive
   sentences (never crossing an AQMAR article) so neighbouring sentences of one story do not sit on
   both sides. The dev set therefore comes from training data, not from ANERcorp's test split:
   the scores are development scores, not test scores.
3. Tokens: both corpora are whitespace words with proclitics attached ("والعراق", "بلبنان" are one
   token, tagged as a whole), which is what ``spacy.blank("ar")`` produces on raw news text. The
   corpus tokens are joined with spaces and re-tokenized by spaCy's Arabic tokenizer (it only splits
   attached punctuation and "%"); entities are projected by character offsets and trimmed of edge
   punctuation, so training docs are tokenized exactly as runtime docs.
4. Features: ``marsad.nlp.lang.ar.components`` (an ``after_creation`` callback and an embedding
   architecture registered with spaCy) make NORM/PREFIX/SUFFIX come from ``marsad.normalize.fold``
   and add a clitic-stripped STEM table; the text itself is never changed.
5. ``spacy train`` (in process) for a fixed number of steps; the best dev checkpoint is exported
   to marsad/nlp/lang/ar/pipeline with meta.json (scores, sources, licence), LICENSE and README.md.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

# One BLAS/OpenMP thread (set before spaCy/numpy are imported, lazily, below): deterministic float sums and
# no fight with another process for the machine's second core.
for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "BLIS_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data" / "ner"
CORPORA = {
    "anercorp": DATA / "ar_anercorp_train.jsonl",
    "aqmar": DATA / "ar_aqmar_all.jsonl",
}
DEFAULT_OUT = ROOT / "marsad" / "nlp" / "lang" / "ar" / "pipeline"
NAME = "marsad_ar_ner"
VERSION = "0.1.0"
LICENCE = "CC BY-SA 4.0 (inherits from ANERcorp/AQMAR)"
LABELS = ("PER", "ORG", "LOC")
TAG_MAP = {"PER": "PER", "PERS": "PER", "ORG": "ORG", "LOC": "LOC", "MISC": None}
DEV_FRACTION = 0.10
BLOCK = 20
MAX_STEPS = 4000
EVAL_FREQUENCY = 250
MAX_BYTES = 20 * 1024 * 1024

SOURCES = [
    {
        "name": "ANERcorp (train split of the CAMeL Lab recipe)",
        "authors": "Yassine Benajiba, Paolo Rosso, José Miguel Benedí Ruiz (2007); split by CAMeL Lab, NYU Abu Dhabi",
        "url": "https://camel.abudhabi.nyu.edu/anercorp/",
        "license": "CC BY-SA 4.0",
        "file": "ar_anercorp_train.jsonl",
    },
    {
        "name": "AQMAR Arabic Wikipedia Named Entity Corpus",
        "authors": "Behrang Mohit, Nathan Schneider, Rishav Bhowmick, Kemal Oflazer, Noah A. Smith (2012)",
        "url": "https://www.cs.cmu.edu/~ark/ArabicNER/",
        "license": "CC BY-SA 3.0",
        "file": "ar_aqmar_all.jsonl",
    },
]

CONFIG = """
[paths]
train = null
dev = null

[system]
seed = 0
gpu_allocator = null

[nlp]
lang = "ar"
pipeline = ["tok2vec","ner"]
batch_size = 256
tokenizer = {"@tokenizers":"spacy.Tokenizer.v1"}

[nlp.after_creation]
@callbacks = "marsad.ar_fold_norm.v1"

[components]

[components.tok2vec]
factory = "tok2vec"

[components.tok2vec.model]
@architectures = "spacy.Tok2Vec.v2"

[components.tok2vec.model.embed]
@architectures = "marsad.ArabicHashEmbed.v1"
width = ${components.tok2vec.model.encode.width}
attrs = ["NORM","PREFIX","SUFFIX","SHAPE","STEM"]
rows = [8000,1000,4000,500,8000]

[components.tok2vec.model.encode]
@architectures = "spacy.MaxoutWindowEncoder.v2"
width = 128
depth = 4
window_size = 1
maxout_pieces = 3

[components.ner]
factory = "ner"
incorrect_spans_key = null
moves = null
scorer = {"@scorers":"spacy.ner_scorer.v1"}
update_with_oracle_cut_size = 100

[components.ner.model]
@architectures = "spacy.TransitionBasedParser.v2"
state_type = "ner"
extra_state_tokens = false
hidden_width = 64
maxout_pieces = 2
use_upper = true
nO = null

[components.ner.model.tok2vec]
@architectures = "spacy.Tok2VecListener.v1"
width = ${components.tok2vec.model.encode.width}
upstream = "*"

[corpora]

[corpora.train]
@readers = "spacy.Corpus.v1"
path = ${paths.train}
max_length = 0
gold_preproc = false
limit = 0
augmenter = null

[corpora.dev]
@readers = "spacy.Corpus.v1"
path = ${paths.dev}
max_length = 0
gold_preproc = false
limit = 0
augmenter = null

[training]
dev_corpus = "corpora.dev"
train_corpus = "corpora.train"
seed = ${system.seed}
gpu_allocator = ${system.gpu_allocator}
dropout = 0.3
accumulate_gradient = 1
patience = 0
max_epochs = 0
max_steps = 4000
eval_frequency = 250
frozen_components = []
annotating_components = []
before_to_disk = null
before_update = null

[training.batcher]
@batchers = "spacy.batch_by_words.v1"
discard_oversize = false
tolerance = 0.2
get_length = null

[training.batcher.size]
@schedules = "compounding.v1"
start = 100
stop = 1000
compound = 1.001
t = 0.0

[training.logger]
@loggers = "spacy.ConsoleLogger.v1"
progress_bar = false

[training.optimizer]
@optimizers = "Adam.v1"
beta1 = 0.9
beta2 = 0.999
L2_is_weight_decay = true
L2 = 0.01
grad_clip = 1.0
use_averages = true
eps = 0.00000001
learn_rate = 0.001

[training.score_weights]
ents_f = 1.0
ents_p = 0.0
ents_r = 0.0
ents_per_type = null

[pretraining]

[initialize]
vectors = null
init_tok2vec = null
vocab_data = null
lookups = null
before_init = null
after_init = null

[initialize.components]

[initialize.tokenizer]
"""


# --- data -------------------------------------------------------------------------------------------


def read_corpus(name: str, path: Path) -> list[dict[str, Any]]:
    records = []
    with path.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines, 1):
            record = json.loads(line)
            tokens, tags = record["tokens"], record["tags"]
            if len(tokens) != len(tags) or not tokens:
                raise ValueError(f"{path}:{number}: {len(tokens)} tokens, {len(tags)} tags")
            if any(not token or any(ch.isspace() for ch in token) for token in tokens):
                raise ValueError(f"{path}:{number}: empty token or token with a space")
            records.append({"corpus": name, "id": record["id"], "doc": record.get("doc", name), **record})
    return records


def bio_spans(tags: list[str]) -> list[tuple[int, int, str | None]]:
    """(first, last+1, label) token spans of a BIO sequence; label None for dropped types (MISC).
    An I- tag that does not continue an entity of its type starts one (a few AQMAR/ANERcorp slips)."""
    spans: list[tuple[int, int, str | None]] = []
    current: list[Any] | None = None
    for index, tag in enumerate(tags):
        if tag == "O":
            current = None
            continue
        prefix, _, kind = tag.partition("-")
        if prefix not in ("B", "I") or kind not in TAG_MAP:
            raise ValueError(f"unknown tag {tag!r}")
        label = TAG_MAP[kind]
        if prefix == "I" and current is not None and current[3] == kind:
            current[1] = index + 1
            continue
        current = [index, index + 1, label, kind]
        spans.append(current)  # type: ignore[arg-type]
    return [(start, end, label) for start, end, label, _ in spans]


def split(records: list[dict[str, Any]], seed: int) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """10 % of each corpus to dev, by blocks of BLOCK consecutive sentences within one document."""
    rng = random.Random(seed)
    train, dev = [], []
    for corpus in CORPORA:
        blocks: list[list[dict[str, Any]]] = []
        for record in (r for r in records if r["corpus"] == corpus):
            if not blocks or blocks[-1][0]["doc"] != record["doc"] or len(blocks[-1]) == BLOCK:
                blocks.append([])
            blocks[-1].append(record)
        order = list(range(len(blocks)))
        rng.shuffle(order)
        total = sum(len(block) for block in blocks)
        chosen, size = set(), 0
        for index in order:
            if size >= DEV_FRACTION * total:
                break
            chosen.add(index)
            size += len(blocks[index])
        for index, block in enumerate(blocks):
            (dev if index in chosen else train).extend(block)
    return train, dev


def to_doc(nlp: Any, record: dict[str, Any], stats: Counter) -> Any:
    """The sentence as spaCy's Arabic tokenizer sees it, with PER/ORG/LOC entities by character offsets."""
    tokens = record["tokens"]
    starts, offset = [], 0
    for token in tokens:
        starts.append(offset)
        offset += len(token) + 1
    doc = nlp.make_doc(" ".join(tokens))
    doc.user_data["corpus"] = record["corpus"]
    entities = []
    for first, last, label in bio_spans(record["tags"]):
        if label is None:
            stats["dropped MISC"] += 1
            continue
        span = doc.char_span(starts[first], starts[last - 1] + len(tokens[last - 1]), alignment_mode="expand")
        begin, end = span.start, span.end
        while begin < end and doc[begin].is_punct:
            begin += 1
        while end > begin and doc[end - 1].is_punct:
            end -= 1
        if begin == end:
            stats["entity of punctuation only (skipped)"] += 1
            continue
        if (begin, end) != (span.start, span.end) or len(span) != last - first:
            stats["entity re-tokenized"] += 1
        stats[f"{record['corpus']} {label}"] += 1
        entities.append(doc[begin:end])
        entities[-1].label_ = label
    doc.ents = [doc.char_span(e.start_char, e.end_char, label=e.label_) for e in entities]
    stats["tokens changed by spaCy's tokenizer"] += len(doc) - len(tokens)
    return doc


def build_docbins(seed: int, work: Path) -> tuple[Path, Path, dict[str, Any]]:
    import spacy
    from spacy.tokens import DocBin

    nlp = spacy.blank("ar")
    records = [record for name, path in CORPORA.items() for record in read_corpus(name, path)]
    train, dev = split(records, seed)
    stats: Counter = Counter()
    paths = {}
    for part, rows in (("train", train), ("dev", dev)):
        docbin = DocBin(attrs=["ENT_IOB", "ENT_TYPE"], store_user_data=True)
        for record in rows:
            docbin.add(to_doc(nlp, record, stats if part == "train" else Counter()))
        paths[part] = work / f"{part}.spacy"
        docbin.to_disk(paths[part])
    counts = {
        part: {corpus: sum(1 for r in rows if r["corpus"] == corpus) for corpus in CORPORA}
        for part, rows in (("train", train), ("dev", dev))
    }
    summary = {"sentences": counts, "train_stats": dict(sorted(stats.items()))}
    return paths["train"], paths["dev"], summary


# --- training and export ----------------------------------------------------------------------------


def write_config(work: Path) -> Path:
    from spacy.util import load_config_from_str

    import marsad.nlp.lang.ar.components  # noqa: F401  (registers the config's functions)

    path = work / "config.cfg"
    load_config_from_str(CONFIG, interpolate=False).to_disk(path)
    return path


def train(config: Path, train_path: Path, dev_path: Path, output: Path, seed: int, max_steps: int) -> float:
    from spacy.cli.train import train as spacy_train

    overrides = {
        "paths.train": str(train_path),
        "paths.dev": str(dev_path),
        "system.seed": seed,
        "training.max_steps": max_steps,
        # the last step is scored only when it is a multiple of the evaluation frequency
        "training.eval_frequency": min(EVAL_FREQUENCY, max_steps),
    }
    started = time.perf_counter()
    spacy_train(config, output, overrides=overrides)
    return time.perf_counter() - started


def evaluate(nlp: Any, dev_path: Path) -> dict[str, Any]:
    """Entity P/R/F on dev, the pipeline run on the raw sentence text exactly as at runtime."""
    from spacy.scorer import Scorer
    from spacy.tokens import DocBin
    from spacy.training import Example

    references = list(DocBin().from_disk(dev_path).get_docs(nlp.vocab))
    started = time.perf_counter()
    predicted = list(nlp.pipe(doc.text for doc in references))
    speed = sum(len(doc) for doc in predicted) / (time.perf_counter() - started)
    examples = [Example(p, r) for p, r in zip(predicted, references, strict=True)]
    scores: dict[str, Any] = {"all": {**Scorer.score_spans(examples, "ents"), "speed": speed}}
    for corpus in CORPORA:
        subset = [e for e in examples if e.reference.user_data.get("corpus") == corpus]
        scores[corpus] = Scorer.score_spans(subset, "ents")
    return scores


def rounded(scores: dict[str, Any]) -> dict[str, Any]:
    def r(value: float | None) -> float | None:
        return None if value is None else round(value, 4)

    per_type = scores.get("ents_per_type") or {}
    return {
        "ents_p": r(scores["ents_p"]),
        "ents_r": r(scores["ents_r"]),
        "ents_f": r(scores["ents_f"]),
        "ents_per_type": {
            label: {k: r(v) for k, v in per_type[label].items()} for label in LABELS if label in per_type
        },
    }


def folder_bytes(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file())


def export(model_dir: Path, out: Path, dev_path: Path, info: dict[str, Any]) -> dict[str, Any]:
    import spacy
    from spacy.util import load_config

    import marsad.nlp.lang.ar.components  # noqa: F401

    nlp = spacy.load(model_dir)
    scores = evaluate(nlp, dev_path)
    dev = rounded(scores["all"])
    nlp.meta.update(
        {
            "name": NAME,
            "version": VERSION,
            "description": "Arabic NER (PER, ORG, LOC) for Marsad: hash-embedding CNN tok2vec + transition NER, "
            "features from marsad.normalize.fold. Load with spacy.load(path) after "
            "`import marsad.nlp.lang.ar.components`.",
            "author": "Marsad",
            "license": LICENCE,
            "spacy_version": ">=3.8.2,<3.9.0",
            "sources": SOURCES,
            "labels": {"ner": list(LABELS)},
            "performance": {**dev, "token_acc": None, "speed": round(scores["all"].get("speed") or 0)},
            "marsad": {
                "requires_import": "marsad.nlp.lang.ar.components",
                "dev_split": "10% of the ANERcorp train split + 10% of AQMAR (blocks of 20 sentences, "
                "seeded); dev comes from training data, not from ANERcorp's test split",
                "dev_scores_by_corpus": {corpus: rounded(scores[corpus]) for corpus in CORPORA},
                "tag_mapping": "PERS/PER→PER, ORG→ORG, LOC→LOC, MISC→O",
                **info,
            },
        }
    )
    for key in ("vectors", "pipeline_args"):
        nlp.meta.pop(key, None)
    if out.exists():
        meta = out / "meta.json"
        if any(out.iterdir()) and not (meta.exists() and json.loads(meta.read_text())["name"] == NAME):
            sys.exit(f"refusing to overwrite {out}: not a {NAME} folder")
        shutil.rmtree(out)
    nlp.to_disk(out)
    config = load_config(out / "config.cfg", interpolate=False)
    config["paths"]["train"] = None
    config["paths"]["dev"] = None
    config.to_disk(out / "config.cfg")
    (out / "LICENSE").write_text(LICENSE_TEXT, encoding="utf-8")
    (out / "README.md").write_text(readme(nlp.meta), encoding="utf-8")
    size = folder_bytes(out)
    if size > MAX_BYTES:
        sys.exit(f"{out} is {size / 1e6:.1f} MB, over the 20 MB package-data budget")
    nlp.meta["marsad"]["size_bytes"] = size
    (out / "meta.json").write_text(json.dumps(nlp.meta, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return nlp.meta


LICENSE_TEXT = """\
Marsad Arabic NER pipeline (marsad_ar_ner)
==========================================

The model weights in this folder were trained on the following corpora and, as an adaptation of
them, are licensed under the Creative Commons Attribution-ShareAlike 4.0 International licence
(CC BY-SA 4.0): https://creativecommons.org/licenses/by-sa/4.0/legalcode

You may share and adapt this model for any purpose, provided you give appropriate credit (the
attribution below), indicate if changes were made, and distribute your contributions under the
same licence. The rest of Marsad is licensed under Apache-2.0; this folder is not.

Attribution
-----------
* ANERcorp, by Yassine Benajiba, Paolo Rosso and José Miguel Benedí Ruiz
  ("ANERsys: An Arabic Named Entity Recognition System Based on Maximum Entropy", CICLing 2007),
  in the train split published by CAMeL Lab, New York University Abu Dhabi
  (Obeid et al., "CAMeL Tools: An Open Source Python Toolkit for Arabic NLP", LREC 2020),
  https://camel.abudhabi.nyu.edu/anercorp/ - CC BY-SA 4.0.
* AQMAR Arabic Wikipedia Named Entity Corpus, by Behrang Mohit, Nathan Schneider, Rishav Bhowmick,
  Kemal Oflazer and Noah A. Smith ("Recall-Oriented Learning of Named Entities in Arabic Wikipedia",
  EACL 2012), https://www.cs.cmu.edu/~ark/ArabicNER/ - CC BY-SA 3.0, whose section 4(b) allows
  adaptations under a later version with the same licence elements (here 4.0). The corpus text
  comes from Arabic Wikipedia (CC BY-SA).

Changes: tags PERS→PER, MISC removed; sentences re-tokenized with spaCy's Arabic tokenizer; a
statistical model was trained on them (scripts/train_ar.py in Marsad). No corpus text is
distributed here beyond the vocabulary strings of vocab/strings.json.

No warranty: the model is provided "as is", see section 5 of the licence.
"""


def readme(meta: dict[str, Any]) -> str:
    perf = meta["performance"]
    rows = [f"| all | {perf['ents_p']:.3f} | {perf['ents_r']:.3f} | {perf['ents_f']:.3f} |"]
    for label, s in perf["ents_per_type"].items():
        rows.append(f"| {label} | {s['p']:.3f} | {s['r']:.3f} | {s['f']:.3f} |")
    table = "\n".join(rows)
    return f"""# {meta["name"]} {meta["version"]}

Arabic named-entity recogniser (PER, ORG, LOC) shipped with Marsad, trained by
`scripts/train_ar.py` (`make train-ar`) on ANERcorp (train split) and AQMAR. Details:
`docs/arabic-ner.md`.

```python
import spacy
import marsad.nlp.lang.ar.components  # registers the functions named in config.cfg
nlp = spacy.load(marsad.nlp.lang.ar.components.PIPELINE_DIR)
```

Dev scores (dev = 10 % of the ANERcorp *train* split + 10 % of AQMAR, not a test set):

| label | P | R | F1 |
|---|---|---|---|
{table}

Licence: {meta["license"]}; see LICENSE. Marsad's code is Apache-2.0, this folder is not.
"""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--max-steps", type=int, default=MAX_STEPS, help=f"training steps (default {MAX_STEPS})")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="export folder (default: the package data)")
    parser.add_argument("--seed", type=int, default=0, help="seed of the split, the shuffling and the weights")
    parser.add_argument("--work", type=Path, default=None, help="keep DocBins, config and checkpoints here")
    args = parser.parse_args(argv)
    if args.max_steps < 1:
        parser.error("--max-steps must be positive")
    frequency = min(EVAL_FREQUENCY, args.max_steps)
    args.max_steps = -(-args.max_steps // frequency) * frequency  # round up to a scored step

    with tempfile.TemporaryDirectory(prefix="marsad-train-ar-") as tmp:
        work = args.work or Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        train_path, dev_path, summary = build_docbins(args.seed, work)
        print(json.dumps(summary, ensure_ascii=False, indent=1))
        config = write_config(work)
        seconds = train(config, train_path, dev_path, work / "output", args.seed, args.max_steps)
        info = {
            "seed": args.seed,
            "max_steps": args.max_steps,
            "train_seconds": round(seconds),
            "threads": 1,
            "sentences": summary["sentences"],
        }
        meta = export(work / "output" / "model-best", args.out, dev_path, info)

    perf = meta["performance"]
    print(f"\nexported {args.out} ({meta['marsad']['size_bytes'] / 1e6:.1f} MB), trained in {seconds / 60:.1f} min")
    print("dev (10% of ANERcorp train + 10% of AQMAR; not a test set)")
    print(f"{'label':6} {'P':>6} {'R':>6} {'F1':>6}")
    print(f"{'all':6} {perf['ents_p']:6.3f} {perf['ents_r']:6.3f} {perf['ents_f']:6.3f}")
    for label, s in perf["ents_per_type"].items():
        print(f"{label:6} {s['p']:6.3f} {s['r']:6.3f} {s['f']:6.3f}")
    for corpus, s in meta["marsad"]["dev_scores_by_corpus"].items():
        print(f"{corpus:9} F1 {s['ents_f']:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""ROUGE of the extractive summarizer against lead-N, LexRank and TextRank, per language.

    python benchmarks/eval_summaries.py [--json] [--languages en ru kk] [--limit N]
                                        [--weights damping=0.3,quotes=1,...]

Data: benchmarks/data/summaries/<lang>/NN.txt with hand-written references NN.short.txt and
NN.long.txt (see the README there). Every system gets the presets of models.yaml (short: 2 sentences
/ 60 words, long: 6 / 200) and chooses among the same sentences: the article's non-heading
sentences as `summarizer.segment` splits them, so the systems differ only in which they pick.

* lead-N: the article's sentences in document order;
* LexRank, TextRank: sumy's rankers on a sumy document built from our sentences, with our word
  tokenizer, our stemmer and our stopwords (sumy's own tokenizers need NLTK's punkt data, which is
  a network download; its plain-text parser only knows ALL-CAPS headings, so it would rank the
  headline as a sentence);
* ours: `ExtractiveSummarizer`, short and long from one call (the short summary nests in the long);
  `--weights` overrides fields of its `RankerWeights` (the defaults were tuned that way).

A diagnostic row, "(lead-N*)", is lead-N without sentences of fewer than 4 words: the splitter
leaves Kazinform datelines ("АСТАНА.") as sentences of their own, which costs plain lead-N a
sentence in most Kazakh articles; the row tells that artefact apart from what the ranker adds.

Baselines fill the budget the same way: sentences in their ranked order, skipping any that would
overflow the word budget, until the sentence budget is reached; if none fits, the top one alone.

ROUGE-1, ROUGE-2 and ROUGE-L F1 come from rouge-score with our own tokenizer: rouge-score's default
tokenizer keeps only [a-z0-9], so in Russian or Kazakh text only the numbers would be compared.
Tokens are *stems* (`tokens.stem`) of *all* lower-cased words (`tokens.words`), stopwords and
numbers kept: stems so that "экономика" matches "экономики" and "мектепке" matches "мектептің"
(references are abstractive, written in the editor's own inflections); stopwords kept because
ROUGE-2 and ROUGE-L measure word order and phrasing, which need the function words. Nothing here downloads anything:
rouge-score imports nltk but uses its data only for ROUGE-Lsum, which is not computed.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import math
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from summarizer import Language, Length
from summarizer.config import load_settings
from summarizer.segment import Sentence, segment, split_sentences
from summarizer.summarize import ExtractiveSummarizer, RankerWeights
from summarizer.tokens import STOPWORDS, stem, words

DATA = Path(__file__).resolve().parent / "data" / "summaries"
LANGUAGES = (Language.ENGLISH, Language.RUSSIAN, Language.KAZAKH)
PRESETS = ("short", "long")
METRICS = ("rouge1", "rouge2", "rougeL")

#: A system turns (article, language, lengths) into one summary text per length.
System = Callable[[str, Language, Sequence[Length]], list[str]]


@dataclass(frozen=True)
class Article:
    language: Language
    name: str
    text: str
    references: dict[str, str]  # preset name -> reference summary


def load(languages: Sequence[Language] = LANGUAGES, limit: int | None = None,
         data: Path = DATA) -> list[Article]:
    """The articles with both references, `limit` per language (all when None), sorted by name."""
    articles = []
    for language in languages:
        paths = sorted(p for p in (data / language.value).glob("*.txt") if p.stem.isdigit())
        for path in paths[:limit]:
            references = {preset: path.with_suffix(f".{preset}.txt").read_text(encoding="utf-8")
                          for preset in PRESETS}
            articles.append(Article(language, path.stem, path.read_text(encoding="utf-8"),
                                    references))
    return articles


# --- ROUGE ------------------------------------------------------------------------------------


class RougeTokenizer:
    """rouge-score tokenizer: stems of all lower-cased words, any script, stopwords kept."""

    def __init__(self, language: Language) -> None:
        self.language = language

    def tokenize(self, text: str) -> list[str]:
        return [stem(word, self.language) for word in words(text, self.language)]


def rouge_scorer(language: Language):
    """A rouge-score scorer for ROUGE-1/2/L that keeps Cyrillic (see the module docstring)."""
    from rouge_score import rouge_scorer as rouge  # imported here: an optional dependency

    return rouge.RougeScorer(list(METRICS), tokenizer=RougeTokenizer(language))


# --- systems ----------------------------------------------------------------------------------


class SumyTokenizer:
    """What sumy asks of a tokenizer (`to_sentences`, `to_words`), answered by ours, offline."""

    def __init__(self, language: Language) -> None:
        self.language = language

    def to_sentences(self, paragraph: str) -> tuple[str, ...]:
        return tuple(split_sentences(paragraph, self.language))

    def to_words(self, sentence: str) -> tuple[str, ...]:
        return tuple(words(sentence, self.language))


def _body(text: str, language: Language) -> list[Sentence]:
    sentences = segment(text, language)
    return [s for s in sentences if not s.is_heading] or sentences


def fill(ranked: Sequence[str], length: Length) -> list[str]:
    """The baselines' budget: take `ranked` in order, skipping what overflows the word budget."""
    max_sentences = length.sentences or len(ranked)
    if length.ratio is not None:
        max_sentences = min(max_sentences, max(1, math.ceil(length.ratio * len(ranked))))
    max_words = length.words or 10**9
    chosen: list[str] = []
    total = 0
    for sentence in ranked:
        if len(chosen) >= max_sentences:
            break
        size = len(sentence.split())
        if total + size <= max_words:
            chosen.append(sentence)
            total += size
    return chosen or list(ranked[:1])


def _in_document_order(chosen: list[str], body: list[str]) -> str:
    return " ".join(sorted(chosen, key=body.index))


def lead(text: str, language: Language, lengths: Sequence[Length]) -> list[str]:
    body = [s.text for s in _body(text, language)]
    return [_in_document_order(fill(body, length), body) for length in lengths]


def lead_full_sentences(text: str, language: Language, lengths: Sequence[Length]) -> list[str]:
    """lead-N that skips fragments as ours does (fewer than `RankerWeights.min_words` words).

    A diagnostic, not one of the issue's baselines: the splitter leaves datelines such as
    "АСТАНА." as sentences of their own, which costs plain lead-N a sentence in most Kazakh
    articles. This row shows how much of ours' lead over lead-N is only that.
    """
    body = [s.text for s in _body(text, language)]
    full = [s for s in body if len(s.split()) >= RankerWeights().min_words] or body
    return [_in_document_order(fill(full, length), body) for length in lengths]


def sumy_system(name: str) -> System:
    """sumy's LexRank or TextRank with our sentences, words, stems and stopwords."""
    from sumy.models.dom import ObjectDocumentModel, Paragraph
    from sumy.models.dom import Sentence as SumySentence
    from sumy.summarizers.lex_rank import LexRankSummarizer
    from sumy.summarizers.text_rank import TextRankSummarizer

    summarizers = {"lexrank": LexRankSummarizer, "textrank": TextRankSummarizer}

    def summarize(text: str, language: Language, lengths: Sequence[Length]) -> list[str]:
        tokenizer = SumyTokenizer(language)
        sentences = segment(text, language)
        paragraphs = [
            Paragraph([SumySentence(s.text, tokenizer, is_heading=s.is_heading)
                       for s in sentences if s.paragraph == number])
            for number in sorted({s.paragraph for s in sentences})
        ]
        summarizer = summarizers[name](lambda word: stem(word, language))
        summarizer.stop_words = STOPWORDS.get(language, frozenset())
        ranked: list[str] = []

        def keep_ranking(infos):  # sumy passes a "count" the sentences sorted best first
            ranked.extend(str(info.sentence) for info in infos)
            return infos

        summarizer(ObjectDocumentModel(paragraphs), keep_ranking)
        body = [s.text for s in _body(text, language)]
        ranked = ranked or body  # a document of headings only
        return [_in_document_order(fill(ranked, length), body) for length in lengths]

    return summarize


def ours(weights: RankerWeights | None = None) -> System:
    summarizer = ExtractiveSummarizer(weights)

    def summarize(text: str, language: Language, lengths: Sequence[Length]) -> list[str]:
        return [summary.text for summary in summarizer.summarize(text, language, lengths)]

    return summarize


def systems(weights: RankerWeights | None = None) -> dict[str, System]:
    return {"lead": lead, "lead_full": lead_full_sentences, "lexrank": sumy_system("lexrank"),
            "textrank": sumy_system("textrank"), "ours": ours(weights)}


# --- evaluation -------------------------------------------------------------------------------


def presets() -> dict[str, Length]:
    lengths = load_settings().summary.lengths
    return {"short": lengths.short, "long": lengths.long}


def score(articles: Sequence[Article], chosen: dict[str, System],
          lengths: dict[str, Length] | None = None) -> dict:
    """Per-article F1 and averages: {"articles": [...], "average": {lang|"all": {system: ...}}}.

    Averages are plain means over articles; "all" weighs every article once (each language has
    the same number of articles, so it is also the mean of the language averages).
    """
    lengths = lengths or presets()
    scorers = {language: rouge_scorer(language) for language in {a.language for a in articles}}
    rows = []
    for article in articles:
        row: dict = {"language": article.language.value, "article": article.name}
        for name, system in chosen.items():
            outputs = system(article.text, article.language, list(lengths.values()))
            row[name] = {
                preset: {metric: value.fmeasure for metric, value in scorers[article.language]
                         .score(article.references[preset], output).items()}
                for preset, output in zip(lengths, outputs, strict=True)
            }
        rows.append(row)
    groups = {language.value: [r for r in rows if r["language"] == language.value]
              for language in LANGUAGES if any(r["language"] == language for r in rows)}
    groups["all"] = rows
    average = {
        group: {name: {preset: {metric: sum(r[name][preset][metric] for r in members)
                                / len(members) for metric in METRICS}
                       for preset in lengths}
                for name in chosen}
        for group, members in groups.items()
    }
    return {"lengths": {preset: dataclasses.asdict(length) for preset, length in lengths.items()},
            "articles": rows, "average": average}


def table(report: dict) -> str:
    """The averages as text: one block per language and preset, one row per system."""
    names = {"lead": "lead-N", "lead_full": "(lead-N*)", "lexrank": "LexRank",
             "textrank": "TextRank", "ours": "ours"}
    counts = {group: sum(1 for r in report["articles"] if group in ("all", r["language"]))
              for group in report["average"]}
    lines = []
    for group, by_system in report["average"].items():
        for preset in report["lengths"]:
            spec = report["lengths"][preset]
            lines.append(f"{group} ({counts[group]} articles), {preset} "
                         f"({spec['sentences']} sentences / {spec['words']} words)")
            lines.append(f"  {'system':<10} {'R-1':>6} {'R-2':>6} {'R-L':>6}")
            for name, by_preset in by_system.items():
                values = " ".join(f"{100 * by_preset[preset][m]:6.2f}" for m in METRICS)
                lines.append(f"  {names.get(name, name):<10} {values}")
        lines.append("")
    return "\n".join(lines)


def parse_weights(spec: str) -> RankerWeights:
    """"damping=0.8,lead=1" -> RankerWeights with those fields changed."""
    types = {field.name: field.type for field in dataclasses.fields(RankerWeights)}
    changes = {}
    for item in filter(None, spec.split(",")):
        key, _, value = item.partition("=")
        key = key.strip()
        if key not in types:
            raise SystemExit(f"unknown weight {key!r}; valid: {', '.join(types)}")
        changes[key] = int(value) if types[key] in (int, "int") else float(value)
    return dataclasses.replace(RankerWeights(), **changes)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--languages", nargs="+", default=[lang.value for lang in LANGUAGES],
                        choices=[lang.value for lang in LANGUAGES])
    parser.add_argument("--limit", type=int, help="articles per language (default: all)")
    parser.add_argument("--weights", default="", help="ranker weights, e.g. damping=0.8,lead=1")
    args = parser.parse_args(argv)

    weights = parse_weights(args.weights)
    report = score(load([Language(code) for code in args.languages], args.limit), systems(weights))
    report["weights"] = dataclasses.asdict(weights)
    if args.json:
        json.dump(report, sys.stdout, ensure_ascii=False, indent=1)
        print()
    else:
        print(table(report), end="")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""A blind judging pack for the summaries, and the tally of the judge's scores.

    python benchmarks/blind_pack.py write PACK_DIR [--key KEY.json] [--languages en ru kk]
                                    [--split all|tuned|held-out|judged|blind] [--seed N]
    python benchmarks/blind_pack.py tally JUDGE1/scores.csv [JUDGE2/scores.csv ...] KEY.json
                                    [--json]
    python benchmarks/blind_pack.py check [--languages en ru kk] [--split blind]
    python benchmarks/blind_pack.py brief OUT_DIR --round N --first NNN --fields "a;b;c;d;e;f"
    python benchmarks/blind_pack.py dump OUT.json [--split all]
    python benchmarks/blind_pack.py pairs OLD.json NEW.json PACK_DIR [--key KEY.json] [--seed N]
                                    [--articles en-602 ru-595 ...]
    python benchmarks/blind_pack.py pairtally KEY.json PACK_DIR/answers.csv [...]

`write` runs ours, lead-N, LexRank and TextRank (the systems of eval_summaries.py, same presets)
on every reference article and writes, into PACK_DIR:

* `pack.md`: the rubric, then per article its text and four summaries (short and long) under
  letters A-D, shuffled anew for each article, so position says nothing about the system;
* `scores.csv`: one empty row per article and letter for the judge (short, long: 1-5).

The key (article, letter -> system) goes to KEY.json, by default *next to* PACK_DIR, not inside
it, so the folder can be handed to a judge as it is. `tally` joins the filled scores with the key
and prints the mean score per language, system and length, and each system's worst article
against lead-N. Summaries that came out identical are shown under each letter all the same.

`check`, run by whoever builds the pack before writing it (never by a judge), prints how each
article was read: its title, dateline and first body sentence, and flags what usually means a
structure failure (no title, a first sentence taken for a heading, a mechanical fault in our
summaries). Rounds 31-39 found most of their leaks that way: en 245's headline read as a body
sentence, ru 248's outlet left in the body.

`brief` writes OUT_DIR/BRIEF.md, the brief for the writers of a new blind set: six articles
numbered from `--first`, one per field of `--fields`, of the six kinds every round has had (a
classic dated lead, a feature opening, numbers with a list, a long article in sections, a first
sentence of 70 words or more, a second development), in the mess of pasted web pages. A writer
gets it with one line: "Read the brief at OUT_DIR/BRIEF.md and follow it exactly. Your LANG is
kk (Kazakh). Write the files to OUT_DIR/kk/." Writers see neither code nor scores.

`dump`, `pairs` and `pairtally` check fixes made after reading blindly, pairwise: `dump` writes
ours' summaries of every article (run it in a checkout of the judged code and in the new one),
`pairs` writes a pack of each article whose summaries differ, with the old and the new summary
as X and Y in random order, and `pairtally` counts the judges' choices of old, new and tie.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import sys
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import eval_summaries as harness  # noqa: E402

from summarizer import Language  # noqa: E402

SYSTEMS = ("ours", "lead", "lexrank", "textrank")
LETTERS = "ABCD"
RUBRIC = """\
Score each summary from 1 to 5 as an editor deciding whether to publish it next to the article:
5 publish as is; 4 minor edits (a word, a name); 3 usable after rewriting a sentence;
2 misses the main news or reads badly (cut quotation, headline glued on, a sentence that needs
one left out); 1 unusable. Score the short and the long summary apart. The four summaries of an
article are in random order, and the order changes from article to article."""


def write(pack: Path, key_path: Path, languages: Sequence[Language], split: str,
          seed: int) -> int:
    """Write pack.md and scores.csv into `pack`, and the key to `key_path`; return the count."""
    articles = harness.load(languages, split=split)
    runners = harness.systems()
    lengths = list(harness.presets().values())
    rng = random.Random(seed)
    pack.mkdir(parents=True, exist_ok=True)
    key: dict[str, dict[str, str]] = {}
    lines = ["# Summaries to judge", "", RUBRIC, ""]
    rows = []
    for article in articles:
        ident = f"{article.language.value}-{article.name}"
        order = list(SYSTEMS)
        rng.shuffle(order)
        key[ident] = dict(zip(LETTERS, order, strict=True))
        lines += [f"## {ident}", "", "### Article", "", article.text.strip(), ""]
        for letter, system in zip(LETTERS, order, strict=True):
            short, long = runners[system](article.text, article.language, lengths)
            lines += [f"### {ident} {letter}", "", f"Short: {short}", "", f"Long: {long}", ""]
            rows.append({"article": ident, "summary": letter, "short": "", "long": ""})
    (pack / "pack.md").write_text("\n".join(lines), encoding="utf-8")
    with (pack / "scores.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=["article", "summary", "short", "long"])
        writer.writeheader()
        writer.writerows(rows)
    key_path.parent.mkdir(parents=True, exist_ok=True)
    key_path.write_text(json.dumps(key, indent=1), encoding="utf-8")
    return len(articles)


def check(languages: Sequence[Language], split: str) -> list[dict]:
    """How each article of the split was read, and what looks like a structure failure."""
    from summarizer.structure import parse

    ours = harness.systems()["ours"]
    lengths = list(harness.presets().values())
    report = []
    for article in harness.load(languages, split=split):
        parsed = parse(article.text, article.language)
        short, long = ours(article.text, article.language, lengths)
        flags = [] if parsed.title else ["no title"]
        if parsed.sentences and parsed.sentences[0].is_heading:
            flags.append("first sentence is a heading")
        flags += [f"{name}: {fault}" for name, summary in (("short", short), ("long", long))
                  for fault in harness.faults(article, summary)]
        report.append({"article": f"{article.language.value}-{article.name}",
                       "title": parsed.title, "dateline": parsed.dateline,
                       "first": parsed.body[0].text if parsed.body else None, "flags": flags})
    return report


def tally(scores: Path | Sequence[Path], key_path: Path) -> dict:
    """Mean scores per language, system and length over the judges' scores files (each article
    and system averaged over the judges who scored it first); each system's worst article
    against lead, and ours' article-lengths that are a point or more below lead."""
    key = json.loads(key_path.read_text(encoding="utf-8"))
    paths = [scores] if isinstance(scores, Path) else list(scores)
    given: dict[str, dict[str, dict[str, list[float]]]] = defaultdict(dict)
    for path in paths:
        with path.open(encoding="utf-8") as handle:
            for row in csv.DictReader(handle):
                if not (row["short"] and row["long"]):
                    continue
                system = key[row["article"]][row["summary"]]
                marks = given[row["article"]].setdefault(system, {"short": [], "long": []})
                for length in ("short", "long"):
                    marks[length].append(float(row[length]))
    by_article = {article: {system: {length: sum(v) / len(v) for length, v in marks.items()}
                            for system, marks in systems.items()}
                  for article, systems in given.items()}
    means: dict[str, dict[str, dict[str, float]]] = {}
    for group in sorted({a.split("-")[0] for a in by_article}) + ["all"]:
        members = [s for a, s in by_article.items() if group in ("all", a.split("-")[0])]
        means[group] = {
            system: {length: sum(m[system][length] for m in members if system in m)
                     / max(1, sum(system in m for m in members)) for length in ("short", "long")}
            for system in SYSTEMS}
    worst = {
        system: {length: min((m[system][length] - m["lead"][length], a)
                             for a, m in by_article.items() if system in m and "lead" in m)
                 for length in ("short", "long")}
        for system in SYSTEMS if any(system in m for m in by_article.values())
    } if by_article else {}
    below = [(a, length, m["ours"][length] - m["lead"][length])
             for a, m in sorted(by_article.items()) if "ours" in m and "lead" in m
             for length in ("short", "long") if m["ours"][length] - m["lead"][length] <= -1]
    return {"articles": len(by_article), "judges": len(paths), "mean": means,
            "worst_against_lead": worst, "ours_a_point_below_lead": below}


def dump(out: Path, split: str = "all") -> int:
    """Write ours' short and long summary of every article of `split` to `out` (JSON). The
    summarizer imported must be this checkout's: a package of another checkout found first (the
    main one, run from its folder, when dumping a worktree of the judged commit) would dump that
    one's summaries under this one's name."""
    import summarizer

    root = Path(__file__).resolve().parent.parent
    if not Path(summarizer.__file__).resolve().is_relative_to(root):
        raise ValueError(f"this checkout is {root}, but the summarizer imported is "
                         f"{Path(summarizer.__file__).parent}; run dump with an environment "
                         "that imports this checkout's package")
    runner, lengths = harness.systems()["ours"], list(harness.presets().values())
    summaries = {}
    for article in harness.load(split=split):
        short, long = runner(article.text, article.language, lengths)
        summaries[f"{article.language.value}-{article.name}"] = {"short": short, "long": long}
    out.write_text(json.dumps(summaries, ensure_ascii=False, indent=0), encoding="utf-8")
    return len(summaries)


PAIRS_TASK = """\
For each item: an article and two summaries of it (X and Y) of the same length budget (short: at
most 2 sentences / 60 words; long: up to about 200 words). As a senior news editor, choose the one
you would rather publish next to the article: accurate, up to date, the main news first, reads
well, no sentence that needs one left out, no cut quotation. Answer X, Y, or tie (only when truly
equal)."""


def pairs(old: dict, new: dict, pack: Path, key_path: Path, seed: int,
          articles: Sequence[str] = ()) -> int:
    """Write pack.md and answers.csv for each summary that differs between `old` and `new`
    (`dump` outputs), X and Y shuffled; the key (item -> article, length, X, Y) to `key_path`."""
    texts = {f"{a.language.value}-{a.name}": a.text for a in harness.load()}
    rng = random.Random(seed)
    lines, key = ["# Which summary would you publish?", "", PAIRS_TASK, ""], {}
    for ident in sorted(new):
        if ident not in old or (articles and ident not in articles):
            continue
        changed = [length for length in ("short", "long")
                   if old[ident][length] != new[ident][length]]
        if not changed:
            continue
        lines += [f"## Article {ident}", "", texts[ident].strip(), ""]
        for length in changed:
            item = str(len(key) + 1)
            order = [("old", old[ident][length]), ("new", new[ident][length])]
            rng.shuffle(order)
            key[item] = {"article": ident, "length": length, "X": order[0][0], "Y": order[1][0]}
            lines += [f"### Item {item} ({length} summary of {ident})", "",
                      f"X: {order[0][1]}", "", f"Y: {order[1][1]}", ""]
    pack.mkdir(parents=True, exist_ok=True)
    (pack / "pack.md").write_text("\n".join(lines), encoding="utf-8")
    (pack / "answers.csv").write_text("item,choice\n" + "".join(f"{item},\n" for item in key),
                                      encoding="utf-8")
    key_path.write_text(json.dumps(key, indent=1), encoding="utf-8")
    return len(key)


def pairtally(key_path: Path, answers: Sequence[Path]) -> dict[str, int]:
    """How often the judges chose the old summary, the new one, or neither."""
    key = json.loads(key_path.read_text(encoding="utf-8"))
    counts = {"new": 0, "old": 0, "tie": 0}
    for path in answers:
        with path.open(encoding="utf-8") as handle:
            for raw in csv.DictReader(handle):
                # (a judge may write the header in capitals, "Item,Choice": round 145's pairwise
                # check, where two of three sheets so came back)
                row = {(name or "").strip().lower(): value for name, value in raw.items()}
                choice = row["choice"].strip().upper()
                if choice == "TIE":
                    counts["tie"] += 1
                elif choice in ("X", "Y"):
                    counts[key[row["item"].strip()][choice]] += 1
    return counts


#: The six kinds of article a blind set has, by their place in a writer's six.
KINDS = (
    "a classic dated news lead (who, what, when, where in the first sentence), then details, "
    "reactions and what happens next; 500-650 words. In Kazakh, quote a Russian-speaking "
    "official or witness in Russian (one or two sentences in «…»).",
    "a feature or context-first opening (a scene, a person, a history) with the actual news only "
    "in paragraph 2 or 3; 600-900 words. In Russian, include a quotation in English from a "
    "foreign source (one or two sentences in “…”).",
    "dense with numbers and dates (amounts, percentages, years, counts), with a list after a "
    "lead-in ending with a colon (bullets '-', '–', '•' or numbered; items with or without final "
    "punctuation); 550-750 words.",
    "a long article of 1,000-1,300 words in sections with subheadings (one may be a question), "
    "whose reactions and next steps come late in the text. In Russian, quote an English source; "
    "in Kazakh, quote a Russian source.",
    "a first sentence of 70 words or more (a long lead with appositions, ages, titles, a "
    "participial clause), with a photo caption or byline line before the dateline; 500-700 "
    "words.",
    "a story with a second development later on (a ruling, then an appeal; a plan, then a "
    "reversal; a deal, then a collapse), told several paragraphs after the lead, with a short "
    "teaser of it earlier or not; 600-800 words.",
)
BRIEF = """\
# Brief: six news articles for a summarization benchmark (round {round})

You write invented but realistic news articles, as people paste them from news sites into a
summarizing tool, plus two reference summaries of each. Do not read or search any other files on
this machine (no code, no other articles, no scores): write from your own knowledge only. Your
LANG is given in the message that sent you here; write only in it (except the quotations asked
for below).

## Files

For each article number NN, write three UTF-8 files in the folder your message names:
`NN.txt`, the article as pasted; `NN.short.txt`, a reference SHORT summary (1-2 sentences, at
most 60 words, the core news in your own words); `NN.long.txt`, a reference LONG summary (4-7
sentences, at most 200 words: main facts, numbers, the key reaction, what happens next). The
references never repeat the headline word for word and hold no dateline, byline or caption.

## The six articles

{articles}

Invent the story, people, companies and figures; real countries, cities and institutions may
appear as setting. Pick dates in varied years.

## Mess (as pasted from a web page)

Every article starts with a headline line (no final stop) and mixes several of these, varied
from article to article: the headline over a single newline or a blank line, in capitals once,
of 15-22 words once; a kicker or rubric above it, a deck under it; a time-stamp, "updated" or
reading-time line, a byline, a photo caption; a dateline with an agency ("NAIROBI, May 4 (Rift
Wire) - ", «ТОМСК, 12 марта — Сибирский курьер.», «ПАВЛОДАР, 3 наурыз. ҚазАқпарат –»); "Read
also" / «Читайте также» / «Оқи отырыңыз» lines; a pull quote repeated on its own line, a key facts
box, an editor's note, a correction, an update at the top or the end, tags or an agency line at
the end; quotations over several sentences; sentences that lean on the one before (This/They/
However, Это/При этом/Кроме того, Бұл/Ол/Сондықтан/Одан кейін). Russian and Kazakh use the
abbreviations real text has («г.», «млн руб.», «т.е.», «ж.», «млн теңге», «ҚР», initials).

## Rules

Original writing only: nothing copied or adapted from real reports or elsewhere. Write as a
professional reporter of that language; the references must be what a good editor would publish.
When done, reply with one line per article: number, words, headline.
"""


def brief(out: Path, round_number: int, first: int, fields: Sequence[str]) -> Path:
    """Write the writers' brief for six articles from `first`, one per field, to out/BRIEF.md."""
    if len(fields) != len(KINDS):
        raise ValueError(f"give {len(KINDS)} fields, one per article, not {len(fields)}")
    articles = "\n".join(f"- {first + k}, on {field}: {kind}"
                          for k, (field, kind) in enumerate(zip(fields, KINDS, strict=True)))
    out.mkdir(parents=True, exist_ok=True)
    path = out / "BRIEF.md"
    path.write_text(BRIEF.format(round=round_number, articles=articles), encoding="utf-8")
    return path


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    make = commands.add_parser("write", help="write the pack and the key")
    make.add_argument("pack", type=Path)
    make.add_argument("--key", type=Path, help="default: PACK_DIR.key.json next to PACK_DIR")
    make.add_argument("--languages", nargs="+", default=[lang.value for lang in harness.LANGUAGES],
                      choices=[lang.value for lang in harness.LANGUAGES])
    make.add_argument("--split", default="all", choices=["all", *harness.SPLITS])
    make.add_argument("--seed", type=int, default=13)
    look = commands.add_parser("check", help="how each article was read, before judging")
    look.add_argument("--languages", nargs="+", default=[lang.value for lang in harness.LANGUAGES],
                      choices=[lang.value for lang in harness.LANGUAGES])
    look.add_argument("--split", default="blind", choices=["all", *harness.SPLITS])
    words = commands.add_parser("brief", help="write the brief for a new set's writers")
    words.add_argument("out", type=Path)
    words.add_argument("--round", type=int, required=True, dest="round_number")
    words.add_argument("--first", type=int, required=True, help="the first article's number")
    words.add_argument("--fields", required=True, help="six fields, separated by ';'")
    save = commands.add_parser("dump", help="ours' summaries of every article, as JSON")
    save.add_argument("out", type=Path)
    save.add_argument("--split", default="all", choices=["all", *harness.SPLITS])
    pair = commands.add_parser("pairs", help="a pairwise pack of old and new summaries")
    pair.add_argument("old", type=Path)
    pair.add_argument("new", type=Path)
    pair.add_argument("pack", type=Path)
    pair.add_argument("--key", type=Path, help="default: PACK_DIR.key.json next to PACK_DIR")
    pair.add_argument("--seed", type=int, default=13)
    pair.add_argument("--articles", nargs="*", default=[], help="only these (en-602 …)")
    chose = commands.add_parser("pairtally", help="count old, new and tie in the answers")
    chose.add_argument("key", type=Path)
    chose.add_argument("answers", type=Path, nargs="+")
    count = commands.add_parser("tally", help="join filled scores with the key")
    count.add_argument("files", type=Path, nargs="+",
                       help="one scores.csv per judge, then the key")
    count.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)

    if args.command == "write":
        key = args.key or args.pack.with_name(args.pack.name + ".key.json")
        written = write(args.pack, key, [Language(c) for c in args.languages], args.split,
                        args.seed)
        print(f"{written} articles -> {args.pack}/pack.md, {args.pack}/scores.csv; key: {key}")
        return 0
    if args.command == "brief":
        fields = [field.strip() for field in args.fields.split(";") if field.strip()]
        try:
            print(brief(args.out, args.round_number, args.first, fields))
        except ValueError as error:
            print(f"error: {error}", file=sys.stderr)
            return 2
        return 0
    if args.command == "dump":
        try:
            print(f"{dump(args.out, args.split)} articles -> {args.out}")
        except ValueError as error:
            print(f"error: {error}", file=sys.stderr)
            return 2
        return 0
    if args.command == "pairs":
        key = args.key or args.pack.with_name(args.pack.name + ".key.json")
        load = lambda path: json.loads(path.read_text(encoding="utf-8"))  # noqa: E731
        items = pairs(load(args.old), load(args.new), args.pack, key, args.seed, args.articles)
        print(f"{items} items -> {args.pack}/pack.md, {args.pack}/answers.csv; key: {key}")
        return 0
    if args.command == "pairtally":
        print(" ".join(f"{who} {n}" for who, n in pairtally(args.key, args.answers).items()))
        return 0
    if args.command == "check":
        read = check([Language(c) for c in args.languages], args.split)
        for entry in read:
            flags = "  <<< " + "; ".join(entry["flags"]) if entry["flags"] else ""
            print(f"{entry['article']}{flags}\n  title:    {entry['title']}\n"
                  f"  dateline: {entry['dateline']}\n  first:    {(entry['first'] or '')[:100]}")
        print(f"{len(read)} articles, {sum(bool(e['flags']) for e in read)} flagged")
        return 0
    if len(args.files) < 2:
        print("error: give the scores file(s), then the key", file=sys.stderr)
        return 2
    report = tally(args.files[:-1], args.files[-1])
    if args.json:
        print(json.dumps(report, indent=1))
        return 0
    print(f"{report['articles']} articles scored by {report['judges']} judge(s)")
    for group, by_system in report["mean"].items():
        cells = "  ".join(f"{harness.NAMES.get(s, s)} {v['short']:.2f}/{v['long']:.2f}"
                          for s, v in by_system.items())
        print(f"  {group:<4} (short/long)  {cells}")
    for system, by_length in report["worst_against_lead"].items():
        print(f"  worst {system} - lead: short {by_length['short'][0]:+.0f} "
              f"({by_length['short'][1]}), long {by_length['long'][0]:+.0f} "
              f"({by_length['long'][1]})")
    below = report["ours_a_point_below_lead"]
    print(f"  ours a point or more below lead: {len(below)}" +
          "".join(f"\n    {a} {length} {d:+.1f}" for a, length, d in below))
    return 0


if __name__ == "__main__":
    sys.exit(main())

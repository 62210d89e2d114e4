"""The summary evaluation harness: ROUGE that sees Cyrillic, baselines that run offline."""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

pytest.importorskip("rouge_score", reason="the harness needs the [eval] extra")
pytest.importorskip("sumy", reason="the harness needs the [eval] extra")

from summarizer import Language  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
HARNESS = ROOT / "benchmarks" / "eval_summaries.py"

REFERENCE_RU = "Национальный банк сохранил базовую ставку на уровне 14,75 % годовых."


@pytest.fixture(scope="module")
def harness() -> ModuleType:
    """benchmarks/eval_summaries.py imported as a module (benchmarks is no package)."""
    if "eval_summaries" in sys.modules:
        return sys.modules["eval_summaries"]
    spec = importlib.util.spec_from_file_location("eval_summaries", HARNESS)
    module = importlib.util.module_from_spec(spec)
    sys.modules["eval_summaries"] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def blind(harness: ModuleType) -> ModuleType:
    """benchmarks/blind_pack.py imported as a module (on the harness it imports)."""
    spec = importlib.util.spec_from_file_location("blind_pack", ROOT / "benchmarks" /
                                                  "blind_pack.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_russian_candidate_equal_to_its_reference_scores_one(harness: ModuleType) -> None:
    scores = harness.rouge_scorer(Language.RUSSIAN).score(REFERENCE_RU, REFERENCE_RU)
    assert scores["rouge1"].fmeasure == pytest.approx(1.0)
    assert scores["rouge2"].fmeasure == pytest.approx(1.0)
    assert scores["rougeL"].fmeasure == pytest.approx(1.0)


def test_russian_candidate_sharing_no_word_with_its_reference_scores_zero(
        harness: ModuleType) -> None:
    candidate = "Футбольный клуб выиграл чемпионат страны впервые."
    scores = harness.rouge_scorer(Language.RUSSIAN).score(REFERENCE_RU, candidate)
    assert scores["rouge1"].fmeasure == 0.0


def test_rouge_scores_default_tokenizer_drops_cyrillic_which_is_why_ours_exists() -> None:
    from rouge_score import rouge_scorer

    text = "Мост через Иртыш закроют на ремонт."
    default = rouge_scorer.RougeScorer(["rouge1"]).score(text, text)["rouge1"]
    assert default.fmeasure == 0.0  # no token left: identical texts score nothing


@pytest.mark.parametrize(("language", "reference", "candidate"), [
    (Language.RUSSIAN, "рост экономики", "рост экономика"),
    (Language.KAZAKH, "жаңа мектептің", "жаңа мектепке"),
    (Language.ENGLISH, "the banks opened", "the bank opens"),
], ids=["ru", "kk", "en"])
def test_inflected_forms_of_a_word_match(harness: ModuleType, language: Language,
                                         reference: str, candidate: str) -> None:
    scores = harness.rouge_scorer(language).score(reference, candidate)
    assert scores["rouge1"].fmeasure == pytest.approx(1.0)


def test_sumy_tokenizer_keeps_cyrillic_words_and_splits_like_our_segmenter(
        harness: ModuleType) -> None:
    tokenizer = harness.SumyTokenizer(Language.RUSSIAN)
    assert tokenizer.to_words("Мост закроют 1 апреля.") == ("мост", "закроют", "1", "апреля")
    assert tokenizer.to_sentences("Ставка 14,75 %. Решение принято в 2024 г. в Астане.") == (
        "Ставка 14,75 %.", "Решение принято в 2024 г. в Астане.")


def test_every_system_fits_the_presets_and_picks_article_sentences(harness: ModuleType) -> None:
    presets = harness.presets()
    for article in harness.load([Language.RUSSIAN, Language.KAZAKH], limit=1):
        flat = " ".join(article.text.split())
        for name, system in harness.systems().items():
            outputs = system(article.text, article.language, list(presets.values()))
            for (preset, length), output in zip(presets.items(), outputs, strict=True):
                assert 0 < len(output.split()) <= length.words, (name, preset)
                sentences = harness.split_sentences(output, article.language)
                assert all(sentence in flat for sentence in sentences), (name, preset)


def test_harness_runs_offline_on_two_articles_and_prints_one_json_object(tmp_path: Path) -> None:
    # An empty home and NLTK_DATA: nothing may rely on downloaded NLTK data.
    env = {**os.environ, "HOME": str(tmp_path), "NLTK_DATA": str(tmp_path / "nltk_data")}
    result = subprocess.run(
        [sys.executable, str(HARNESS), "--json", "--languages", "ru", "kk", "--limit", "1"],
        capture_output=True, env=env, cwd=tmp_path, timeout=60, check=False)
    assert result.returncode == 0, result.stderr.decode()
    report = json.loads(result.stdout)
    assert [(r["language"], r["article"]) for r in report["articles"]] == [("ru", "01"),
                                                                            ("kk", "01")]
    assert set(report["average"]) == {"ru", "kk", "all"}
    for group in report["average"].values():
        assert {"lead", "lexrank", "textrank", "ours"} <= set(group)
        for by_preset in group.values():
            assert set(by_preset) == {"short", "long"}
            for scores in by_preset.values():
                assert set(scores) == {"rouge1", "rouge2", "rougeL"}
                assert all(0.0 <= value <= 1.0 for value in scores.values())
    assert report["average"]["all"]["ours"]["short"]["rouge1"] > 0.2  # Cyrillic was counted


# --- mechanical checks, splits, speed (issue 13) ---------------------------------------------


def _article(harness: ModuleType, text: str, language: Language = Language.ENGLISH):  # noqa: ANN202
    return harness.Article(language, "01", text, {"short": "", "long": ""})


ARTICLE_EN = ("Parliament passes the 2027 budget\n\n"
              "NEW YORK (AP) — The lower house voted on Tuesday to pass the budget. It now goes to "
              "the senate. The main measures are:\n- higher pensions\n- cheaper fares")


@pytest.mark.parametrize(("summary", "fault"), [
    ("Parliament passes the 2027 budget The lower house voted on Tuesday.", "headline"),
    ("NEW YORK (AP) — The lower house voted on Tuesday to pass the budget.", "headline"),
    ("June 11 (Steppe Wire) — The lower house voted on Tuesday.", "headline"),  # round 19
    # a place, a date and the agency in quotes; a date and view count (blind round 29, ru 184
    # and 188, kk 188: judged glued on, as the check did not see them)
    ("Калуга, 11 июня, «Центр-Информ». The lower house voted on Tuesday.", "headline"),
    ("Шымкент, 5 маусым, «Оңтүстік Ақпарат» агенттігі. The lower house voted.", "headline"),
    ("3 апреля 2025 г. · Просмотров: 2 418 The lower house voted on Tuesday.", "boilerplate"),
    # an agency with a word of the trade (blind round 30, kk 190, 192 and 194, ru 189)
    ("Ақтау. Дала ақпарат – Енді бұл жағдай өзгеруі мүмкін.", "headline"),
    ("Дала ақпарат – Алматы қаласының әкімдігі жобаны жариялады.", "headline"),
    ("Шымкент қаласы, 28 қазан, Дала ақпарат. Сот талапты қанағаттандырды.", "headline"),
    ("Уральский телеграф. The lower house voted on Tuesday.", "agency"),
    # any capitalised prefix with a stop or comma before a dash (judged en 86)
    ("Leeds, England — The lower house voted on Tuesday.", "headline"),
    # a related link line (blind round 33, kk 212)
    ("Қатысты: Жоғары оқу орындарында бақылау күшейтіледі. The lower house voted.", "boilerplate"),
    # an editor's note (blind round 31, ru 200)
    ("The lower house voted. Материал дополнен комментарием компании «Сладкий берег».",
     "boilerplate"),
    ("Тараз, Жамбыл облысы – Аудандық сот талапты қанағаттандырды.", "headline"),
    ("Уральское бюро новостей — Арбитражный суд встал на сторону компании.", "headline"),
    ("The main measures are:", "colon"),
    ("“We cannot keep borrowing.", "quotes"),
    ("It now goes to the senate.", "dangling"),
])
def test_each_mechanical_fault_is_found(harness: ModuleType, summary: str, fault: str) -> None:
    assert fault in harness.faults(_article(harness, ARTICLE_EN), summary)


def test_a_list_item_opening_with_a_country_abbreviation_is_no_dateline(
        harness: ModuleType) -> None:
    """Blind round 20, ru 131: "ОАЭ — 1,4 тыс. т." from a list was counted as a dateline."""
    article = _article(harness, "Экспорт вырос\n\nГлавные покупатели: Китай — 17 тыс. т. "
                                "ОАЭ — 1,4 тыс. т.", Language.RUSSIAN)
    assert "headline" not in harness.faults(article, "Китай — 17 тыс. т. ОАЭ — 1,4 тыс. т.")
    assert "headline" in harness.faults(article, "МОСКВА — Экспорт вырос.")


def test_a_day_in_the_locative_after_today_is_no_dateline(harness: ModuleType) -> None:
    """Round 190's check, kk 1970: «Бүгін, 15 қарашада, «Жайық Балық» ЖШС … шағым түсірді.»
    ("Today, on 15 November, …") was counted as a place, a date and an agency."""
    article = _article(harness, "Зауыт шағым түсірді\n\nСот шешім шығарды.", Language.KAZAKH)
    assert "headline" not in harness.faults(
        article, "Бүгін, 15 қарашада, «Жайық Балық» ЖШС облыстық сотқа шағым түсірді.")
    assert "headline" in harness.faults(
        article, "Атырау, 15 қараша, «Каспий таңы». Сот шешім шығарды.")


ARTICLE_SPEECH = ("Runner sets record\n\nGebremedhin won the race on Sunday. Sarsenov was "
                  "seventh.\n\nExperts were divided. Some said the heat helped.\n\n"
                  "Sarsenov hopes to qualify. \"Two minutes faster and I am close,\" he said. "
                  "\"Now I know it is possible.\"")


@pytest.mark.parametrize(("summary", "fault"), [
    ('"Two minutes faster and I am close," he said.', "speaker"),
    ('Gebremedhin won the race on Sunday. "Now I know it is possible."', "speaker"),
    ("Gebremedhin won the race on Sunday. Experts were divided.", "setup"),
    ("Gebremedhin won the race on Sunday. Steppe Wire News.", "agency"),
    ("Here are the main sports stories of the day. Gebremedhin won the race.", "boilerplate"),
    ("The results were: Gebremedhin first; Sarsenov seventh.", "list"),
])
def test_speaker_outlet_boilerplate_list_and_setup_faults_are_found(
        harness: ModuleType, summary: str, fault: str) -> None:
    assert fault in harness.faults(_article(harness, ARTICLE_SPEECH), summary)


def test_a_list_of_names_with_their_figures_is_no_run_on(harness: ModuleType) -> None:
    """A list of names and figures joined with "; " (round 82, en 665) is a list, not items
    glued into a run-on; items that are sentences still are one."""
    article = _article(harness, ARTICLE_SPEECH)
    assert "list" not in harness.faults(article, "The best were: Yarmouth 6,900 tonnes, down 11%; "
                                                 "Sheet Harbour 1,450 tonnes, up 2%.")
    assert "list" in harness.faults(article, "The findings were: Glaciers shrank; The ice went.")
    # (nor a clause whose subject is a name: round 158's check, en 1575)
    assert "list" not in harness.faults(article, "No money is changing hands; Erie Valley will "
                                                 "take on the smaller group's debt.")
    # (nor a sentence the article wrote so itself, round 169, en 1710; the same list that
    # the article did not write is still one)
    written = ("The towns losing service are Dauphin and The Pas in Manitoba; Yorkton in "
               "Saskatchewan; and Dryden in Ontario.")
    listed = _article(harness, ARTICLE_SPEECH + "\n\n" + written)
    assert "list" not in harness.faults(listed, written)
    assert "list" in harness.faults(article, written)


def test_a_list_item_that_points_to_the_item_before_it_is_no_dangling_opener(
        harness: ModuleType) -> None:
    """Round 89's check, kk 755: «Мәміле шарттары бойынша: … төленеді. Қалған 122 млн доллар
    …», a list rendered compactly, was counted as leaning on the body item before the list."""
    article = _article(harness, "Deal agreed\n\nThe company agreed to sell the copper mine on "
                                "Tuesday for 412 million dollars.\n\nThe mine employs 2,140 "
                                "people.\n\nThe terms of the deal are:\n- 290 million dollars are "
                                "paid when the deal closes.\n- The rest is paid in three parts "
                                "until 2028.")
    summary = ("The company agreed to sell the copper mine on Tuesday for 412 million dollars. "
               "The terms of the deal are: 290 million dollars are paid when the deal closes. "
               "The rest is paid in three parts until 2028.")
    assert "dangling" not in harness.faults(article, summary)
    assert "dangling" in harness.faults(article, "The company agreed to sell the copper mine on "
                                                 "Tuesday for 412 million dollars. The rest is "
                                                 "paid in three parts until 2028.")


def test_a_quotation_with_its_speaker_and_a_setup_with_its_point_are_clean(
        harness: ModuleType) -> None:
    summary = ("Gebremedhin won the race on Sunday. Experts were divided. Some said the heat "
               "helped. Sarsenov hopes to qualify. \"Two minutes faster and I am close,\" he "
               "said. \"Now I know it is possible.\"")
    assert harness.faults(_article(harness, ARTICLE_SPEECH), summary) == []


def test_a_short_sentence_about_the_news_is_not_an_agency_line(harness: ModuleType) -> None:
    summary = ("Gebremedhin won the race on Sunday. Fans took the news calmly. Some said the "
               "heat helped.")
    assert "agency" not in harness.faults(_article(harness, ARTICLE_SPEECH), summary)


def test_a_clean_summary_has_no_mechanical_fault(harness: ModuleType) -> None:
    summary = "The lower house voted on Tuesday to pass the budget. It now goes to the senate."
    assert harness.faults(_article(harness, ARTICLE_EN), summary) == []


def test_articles_are_split_by_when_they_were_seen(harness: ModuleType, tmp_path: Path) -> None:
    folder = tmp_path / "en"
    folder.mkdir()
    for name in ("01", "10", "11", "20", "21", "99", "2210", "2211"):
        for suffix in (".txt", ".short.txt", ".long.txt"):
            (folder / f"{name}{suffix}").write_text("Text here.", encoding="utf-8")
    names = {split: [a.name for a in harness.load([Language.ENGLISH], data=tmp_path, split=split)]
             for split in ("all", "tuned", "held-out", "judged", "blind")}
    assert names == {"all": ["01", "10", "11", "20", "21", "99", "2210", "2211"],
                     "tuned": ["01", "10"], "held-out": ["11", "20"],
                     "judged": ["21", "99", "2210"], "blind": ["2211"]}


def test_report_counts_faults_per_system_and_times_ours(harness: ModuleType) -> None:
    articles = harness.load([Language.ENGLISH], limit=2)
    report = harness.score(articles, {"lead": harness.lead, "ours": harness.ours()})
    assert set(report["faults"]) == {"lead", "ours"}
    assert set(report["faults"]["ours"]) == set(harness.FAULTS)
    assert set(report["split_average"]["tuned"]) == {"en", "all"}
    speed = harness.speed(articles, harness.presets(), repeats=1, long_sentences=200)
    assert speed["articles_per_second"] > 0 and speed["long_sentences"] == 200


def test_blind_pack_hides_the_systems_and_keeps_the_key_outside_the_pack(
        blind: ModuleType, tmp_path: Path) -> None:
    pack, key_path = tmp_path / "pack", tmp_path / "key.json"
    count = blind.write(pack, key_path, [Language.RUSSIAN], "tuned", seed=1)
    assert count == 10 and sorted(p.name for p in pack.iterdir()) == ["pack.md", "scores.csv"]
    key = json.loads(key_path.read_text(encoding="utf-8"))
    assert all(sorted(letters.values()) == sorted(blind.SYSTEMS) for letters in key.values())
    assert len({tuple(letters.values()) for letters in key.values()}) > 1  # shuffled per article
    text = (pack / "pack.md").read_text(encoding="utf-8").lower()
    assert not any(name in text for name in ("lexrank", "textrank", "lead-n", "extractive"))
    rows = (pack / "scores.csv").read_text(encoding="utf-8").splitlines()
    assert len(rows) == 1 + 4 * 10
    filled = [rows[0]] + [f"{row.split(',')[0]},{row.split(',')[1]},4,3" for row in rows[1:]]
    (pack / "scores.csv").write_text("\n".join(filled) + "\n", encoding="utf-8")
    report = blind.tally(pack / "scores.csv", key_path)
    assert report["articles"] == 10
    assert report["mean"]["ru"]["ours"] == {"short": 4.0, "long": 3.0}
    # a second judge: each article and system averaged over the two, then over articles
    key_of = {(a, system): letter for a, letters in key.items()
              for letter, system in letters.items()}
    second = [rows[0]] + [
        f"{a},{letter},{'2' if (a, letter) == (first, key_of[(first, 'ours')]) else '4'},3"
        for a, letter in (row.split(",")[:2] for row in rows[1:])
        for first in [sorted(key)[0]]]
    (pack / "second.csv").write_text("\n".join(second) + "\n", encoding="utf-8")
    both = blind.tally([pack / "scores.csv", pack / "second.csv"], key_path)
    assert both["judges"] == 2 and both["mean"]["ru"]["lead"]["short"] == 4.0
    assert both["mean"]["ru"]["ours"]["short"] == (3.0 + 9 * 4.0) / 10
    assert both["ours_a_point_below_lead"] == [(sorted(key)[0], "short", -1.0)]


def test_blind_pack_check_shows_how_each_article_was_read(blind: ModuleType) -> None:
    read = blind.check([Language.ENGLISH], "tuned")
    assert len(read) == 10 and all(entry["title"] and entry["first"] for entry in read)
    assert not any(entry["flags"] for entry in read)  # the clean set reads cleanly
    assert all(entry["title"] not in entry["first"] for entry in read)


def test_a_result_line_is_no_dateline(harness: ModuleType) -> None:
    """Round 43, kk 271: "Ингрид Ховланн (Норвегия) – +8,7 сек." looked like "PLACE (Agency) —"."""
    article = _article(harness, ARTICLE_EN)
    assert "headline" not in harness.faults(article, "Ингрид Ховланн (Норвегия) – +8,7 сек.")
    assert "headline" in harness.faults(article, "(Деловая лента) — Суд отклонил иск.")


def test_a_short_sentence_with_a_verb_is_no_outlet(harness: ModuleType) -> None:
    """Round 42, ru 261: «Новость вызвала неоднозначную реакцию.» was counted as an outlet's
    name (a word of the trade, capitalised, in a short sentence); an outlet has no verb."""
    article = _article(harness, ARTICLE_EN)
    assert "agency" not in harness.faults(article, "Новость вызвала неоднозначную реакцию.")
    assert "agency" in harness.faults(article, "Новости Урала.")


@pytest.mark.parametrize("summary", ["A U.S. federal judge fined the company on Monday.",
                                     "ҚР Ұлттық банкі мөлшерлемені өзгертпеді.",
                                     "NATO said the exercise would start in May.",
                                     # (an ordinal before a stage from town to town: round 67,
                                     # kk 492)
                                     "Екінші, Павлодар – Екібастұз кезеңінде жел күшейді.",
                                     # (an acronym as the subject, a participle after its
                                     # comma: round 96, ru 836)
                                     "РСПЗ, запущенный в 1961 г., выпускает 1,15 млн т стали.",
                                     # (an acronym a dash defines: round 170, ru 1728)
                                     "ПРКБ — небольшой региональный банк из Рязани.",
                                     # (a designation's name in brackets: round 194's check,
                                     # ru 2017)
                                     "Комета получила обозначение C/2021 D4 (Gladyshev)."])
def test_capitals_that_are_no_dateline_are_no_fault(harness: ModuleType, summary: str) -> None:
    assert "headline" not in harness.faults(_article(harness, ARTICLE_EN), summary)


@pytest.mark.parametrize("summary", ["АСТАНА. Елордада жаңа көпір ашылды.",
                                     "МОСКВА, 3 марта — РИА Новости. Бюджет утвердили.",
                                     "МОСКВА — Правительство утвердило бюджет.",
                                     "KAMPALA - The court set the approval aside.",
                                     "Алматы. ҚазАқпарат – Алматыда мектеп ашылды.",
                                     # blind round 26, en 170: the agency after the dash
                                     "(Fynbos News Agency) The court set the approval aside.",
                                     # blind round 28, kk 182: "Алматы қаласы." went unseen
                                     "ДалаАқпарат – Аудандық сот талапты қанағаттандырды."])
def test_datelines_in_each_language_are_faults(harness: ModuleType, summary: str) -> None:
    assert "headline" in harness.faults(_article(harness, ARTICLE_EN), summary)


def test_a_dependent_sentence_after_a_shortened_lead_is_not_dangling(harness: ModuleType) -> None:
    article = _article(harness, "Bridge to close\n\nThe old bridge over the river in the city "
                                "centre, built by a Soviet design bureau in 1950, will close on "
                                "Monday for two years of repairs. This was announced by the mayor."
                                " Traffic will use the new bridge.")
    summary = ("The old bridge over the river in the city centre will close on Monday for two "
               "years of repairs. This was announced by the mayor.")
    assert "dangling" not in harness.faults(article, summary)
    assert "dangling" in harness.faults(article, "This was announced by the mayor.")


def test_that_year_after_the_sentence_that_named_it_is_not_dangling(harness: ModuleType) -> None:
    article = _article(harness, "Rules to change\n\nThe council received 2,300 complaints in "
                                "2024. Residents objected to the smell. That year 47 road "
                                "accidents involved animals. A ban is planned.")
    complaints, smell, that_year = ("The council received 2,300 complaints in 2024.",
                                    "Residents objected to the smell.",
                                    "That year 47 road accidents involved animals.")
    assert "dangling" not in harness.faults(article, f"{complaints} {that_year}")
    assert "dangling" in harness.faults(article, f"{smell} {that_year}")
    assert "dangling" in harness.faults(article, that_year)


def test_ours_has_no_mechanical_fault_on_any_reference_article(harness: ModuleType) -> None:
    """The issue's goal as a regression check: no headline, dateline, colon ending, open
    quotation, dangling opener, run-on list or lone set-up in any summary of ours, on every
    article of the reference set (blind round 13 found a dropped pick that "It also examined…"
    leaned on, en 56)."""
    lengths = list(harness.presets().values())
    ours = harness.ours()
    found = {}
    for article in harness.load():
        for name, summary in zip(("short", "long"), ours(article.text, article.language, lengths)):
            if faults := harness.faults(article, summary):
                found[f"{article.language.value} {article.name} {name}"] = faults
    assert found == {}


def test_a_reason_after_the_paragraph_it_explains_is_not_dangling(harness: ModuleType) -> None:
    article = _article(harness, "Queues at clinics\n\nThe queue reached the door on Wednesday. "
                                "Nurses wrote by hand.\n\nThe reason: the new records system "
                                "failed. It has been down since Monday.")
    scene, nurses, reason = ("The queue reached the door on Wednesday.", "Nurses wrote by hand.",
                             "The reason: the new records system failed.")
    assert "dangling" not in harness.faults(article, f"{scene} {reason}")
    assert "dangling" not in harness.faults(article, f"{nurses} {reason}")
    assert "dangling" in harness.faults(article, reason)


def test_a_headline_whose_words_open_the_story_s_first_sentence_is_no_fault(
        harness: ModuleType) -> None:
    """Round 194's check, ru 2008: the headline «Ключ от Никольской церкви» opens the story's
    own first sentence, «Ключ от Никольской церкви Анна Ефимовна Кожина хранит …», which a
    summary tells whole; the headline glued to another sentence is still a fault."""
    text = ("Ключ от старой мельницы\n\nРубрика\n\nКлюч от старой мельницы Пётр Ильич хранит "
            "в шкатулке на комоде. Мельницу в среду передали музею.")
    article = _article(harness, text, Language.RUSSIAN)
    assert "headline" not in harness.faults(
        article, "Ключ от старой мельницы Пётр Ильич хранит в шкатулке на комоде.")
    assert "headline" in harness.faults(
        article, "Ключ от старой мельницы Мельницу в среду передали музею.")


def test_a_subheading_glued_to_the_sentence_after_it_is_a_fault(harness: ModuleType) -> None:
    """Round 56 (en 351, kk 357-361): «What happens next A judge in Osijek will decide …» —
    a subheading read as the start of its paragraph — was in six long summaries and no check
    counted it."""
    article = _article(harness, "Six held over beehive thefts\n\nPolice arrested six people on "
                                "Wednesday. The hives were found on a farm.\n\nWhat happens next"
                                "\nA judge in Osijek will decide on Friday whether to keep the "
                                "six in custody.")
    assert "headline" in harness.faults(article, "Police arrested six people on Wednesday. What "
                                                 "happens next A judge in Osijek will decide.")
    clean = ("Police arrested six people on Wednesday. A judge in Osijek will decide on Friday "
             "whether to keep the six in custody.")
    assert harness.faults(article, clean) == []


def test_a_lead_cut_to_its_subject_and_verb_is_found_where_it_was_cut_from(
        harness: ModuleType) -> None:
    """A lead that lost the asides around its subject and its end ("Two thieves[, who …,]
    smashed …[, police said …]") starts and ends unlike the sentence it came from; it was not
    found, so the sentence after it, which points back at it, read as dangling."""
    text = ("Gold stolen from museum\n\n"
            "Two thieves, who cut a hole through the roof of the old mining museum late on "
            "Saturday, smashed two glass cases and took nine gold nuggets worth about $2 million, "
            "police said on Monday, adding that the alarm had been switched off for repairs. "
            "They are still looking for the car the men drove away in.")
    summary = ("Two thieves smashed two glass cases and took nine gold nuggets worth about $2 "
               "million. They are still looking for the car the men drove away in.")
    assert "dangling" not in harness.faults(_article(harness, text), summary)


def test_blind_brief_numbers_six_articles_one_per_field_and_keeps_writers_off_the_code(
        blind: ModuleType, tmp_path: Path) -> None:
    fields = ["ferries", "a copper mine", "school meals", "wind farms", "a museum theft",
              "fishing quotas"]
    text = blind.brief(tmp_path, 77, 603, fields).read_text(encoding="utf-8")
    assert "(round 77)" in text and "Do not read or search any other files" in text
    for number, field in zip(range(603, 609), fields, strict=True):
        assert f"- {number}, on {field}: " in text
    assert "- 609" not in text
    with pytest.raises(ValueError, match="give 6 fields"):
        blind.brief(tmp_path, 77, 603, fields[:2])
    assert blind.main(["brief", str(tmp_path / "cli"), "--round", "77", "--first", "603",
                       "--fields", "a;b"]) == 2


def test_blind_pairs_pack_only_changed_summaries_and_count_choices_by_version(
        blind: ModuleType, tmp_path: Path) -> None:
    old = {"en-01": {"short": "Old short.", "long": "Same long."},
           "en-02": {"short": "Same.", "long": "Same."}, "en-99999": {"short": "", "long": ""}}
    new = {"en-01": {"short": "New short.", "long": "Same long."},
           "en-02": {"short": "Same.", "long": "Same."}}
    pack, key_path = tmp_path / "pairs", tmp_path / "pairs.key.json"
    assert blind.pairs(old, new, pack, key_path, seed=3) == 1
    text = (pack / "pack.md").read_text(encoding="utf-8")
    assert "## Article en-01" in text and "en-02" not in text
    assert "X: Old short." in text or "Y: Old short." in text
    assert "Same long." not in text  # (the long summaries did not change)
    key = json.loads(key_path.read_text(encoding="utf-8"))
    assert key["1"]["article"] == "en-01" and key["1"]["length"] == "short"
    new_letter = "X" if key["1"]["X"] == "new" else "Y"
    (pack / "answers.csv").write_text(f"item,choice\n1,{new_letter}\n", encoding="utf-8")
    (tmp_path / "b.csv").write_text("Item,Choice\n1,tie\n", encoding="utf-8")
    assert blind.pairtally(key_path, [pack / "answers.csv", tmp_path / "b.csv"]) == \
        {"new": 1, "old": 0, "tie": 1}
    dumped = tmp_path / "dump.json"
    assert blind.dump(dumped, "tuned") == 30
    summaries = json.loads(dumped.read_text(encoding="utf-8"))
    assert set(summaries["kk-01"]) == {"short", "long"} and summaries["kk-01"]["short"]


def test_a_kazakh_sentence_cut_to_its_first_deed_is_found_where_it_was_cut_from(
        harness: ModuleType) -> None:
    """`shorten` makes a Kazakh converb the past tense where it cuts ("…айыппұл салып, …" to
    "…айыппұл салды."), its asides taken out: the dangling check must still find the sentence,
    or the "Бұл – …" after it reads as leaning on nothing (kk 1327's short summary)."""
    body = ["Агенттік бейсенбі күні облыстағы ең ірі жеткізушілердің бірі – «Ертіс Энерго» АҚ-ға "
            "тарифтерді алдын ала келісіп, кәсіпорындарға электр қуатын қымбат сатқаны үшін 4,7 "
            "млрд теңге айыппұл салып, заңсыз табысты өндіріп алуды талап етті.",
            "Бұл – агенттіктің ең ірі айыппұлы."]
    cut = ("Агенттік бейсенбі күні «Ертіс Энерго» АҚ-ға тарифтерді алдын ала келісіп, "
           "кәсіпорындарға электр қуатын қымбат сатқаны үшін 4,7 млрд теңге айыппұл салды.")
    assert harness._find(cut, body) == 0
    assert harness._find("Басқа бір сөйлем мүлде басқа нәрсе туралы айтады және табылмайды.",
                         body) is None


def test_a_sentence_told_with_its_words_in_another_order_is_found_where_it_came_from(
        harness: ModuleType) -> None:
    """`_one_of_many` tells the many a scene's person was one of as the subject («37 мастеров
    сегодня … занимаются дымковской игрушкой.» from «Галина Русинова — одна из 37 мастеров,
    которые сегодня …»): the dangling check must still find it, or «Десять лет назад их было
    почти 60.» after it reads as leaning on nothing (round 161's check, judged ru 280)."""
    body = ["Галина Русинова — одна из 37 мастеров, которые сегодня профессионально занимаются "
            "дымковской игрушкой.", "Десять лет назад их было почти 60."]
    assert harness._find("37 мастеров сегодня профессионально занимаются дымковской игрушкой.",
                         body) == 0
    # (not one that shares only some of its words, nor a short one)
    assert harness._find("Сегодня мастера в Кирове работают над новой выставкой игрушек.",
                         body) is None
    assert harness._find("Их было 60.", body) is None


def test_a_figure_compared_past_a_general_line_is_no_dangling_fault(harness: ModuleType) -> None:
    """Round 205's check, en 2141: "That was still 3 percent above …" right after the price it
    compares, the general line between them left out, was counted as dangling."""
    article = _article(harness, "Salmon farmer reports record quarter\n\nThe company achieved an "
                                "average price of 52.10 crowns, down 4 percent from the spring. "
                                "Prices usually fall in autumn. That was still 6 percent above "
                                "the 49.10 crowns of a year earlier.\n\nCosts rose.")
    summary = ("The company achieved an average price of 52.10 crowns, down 4 percent from the "
               "spring. That was still 6 percent above the 49.10 crowns of a year earlier.")
    assert "dangling" not in harness.faults(article, summary)
    assert "dangling" in harness.faults(article, "Costs rose. That was still 6 percent above "
                                                 "the 49.10 crowns of a year earlier.")


def test_a_list_item_written_with_no_stop_is_the_article_s_own(harness: ModuleType) -> None:
    """Round 205, en 2147: an item the article wrote without a stop, "• December was the busiest
    month, with 46,200 parcels; August, with 27,900, was the quietest", given one in the
    summary, was counted as a list flattened into a run-on."""
    article = _article(harness, "Food banks report a record year\n\nThe network gave out a "
                                "record 400,000 parcels.\n\nKey findings:\n• December was the "
                                "busiest month, with 41,000 parcels; August, with 25,000, was "
                                "the quietest\n• Volunteers gave 1 million hours")
    assert "list" not in harness.faults(article, "December was the busiest month, with 41,000 "
                                                 "parcels; August, with 25,000, was the quietest.")
    assert "list" in harness.faults(article, "The network gave out a record 400,000 parcels; "
                                             "Volunteers gave 1 million hours.")


def test_a_sentence_the_article_left_unbalanced_is_no_quotes_fault(harness: ModuleType) -> None:
    """Round 206's check, ru 370: «…компанией «Комбинат школьного питания «Клязьма».», as the
    article wrote it, was counted as a quotation left open."""
    article = _article(harness, "Школы перешли на свои кухни\n\nМэрия отказалась от контракта с "
                                "компанией «Комбинат питания «Ока». Школы готовят сами.",
                       Language.RUSSIAN)
    assert "quotes" not in harness.faults(article, "Мэрия отказалась от контракта с компанией "
                                                   "«Комбинат питания «Ока».")
    assert "quotes" in harness.faults(article, "«Школы готовят сами.")

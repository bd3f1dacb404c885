"""`newsevents evaluate`: score extracted facts against gold annotations.

The rules are those of the gold README (`tests/gold/README.md` mirrors it): names compared after
normalisation, last-word match with transliteration variants; a statement matches on a speaker
and half the gold snippet's words; a meeting on min(2, n) participants; a deployment on the
actor and a shared destination word; greedy one-to-one matching per article and fact type;
date accuracy over matched pairs whose gold date is not null.

Predictions come from the warehouse marts (`predictions_from_warehouse`) or straight from the
extraction frames (`predictions_from_frames`, and the `--corpus` mode of the command line).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from datetime import date
from pathlib import Path

import polars as pl

FACT_TYPES = ("meetings", "deployments", "statements")
ARTICLE_WORDS = frozenset(
    "the a an le la les l el los las lo der die das den dem il".split()
)
HONORIFICS = frozenset(
    "mr mrs ms miss dr sir m mme mlle monsieur madame herr frau senor senora sr sra sayin "
    "bay bayan".split()
)
# Words that two destinations may share without naming the same place.
FUNCTION_WORDS = ARTICLE_WORDS | frozenset(
    "of and in to on at for du des de d del y e et und von zu im am ve ile".split()
)
# Spelling rules of transliteration, applied to both words before they are compared.
SKELETON_RULES = (
    ("sch", "sh"), ("kh", "h"), ("ch", "h"), ("ph", "f"), ("ck", "k"), ("ou", "u"),
    ("w", "v"), ("y", "i"), ("j", "i"), ("z", "s"), ("q", "k"), ("x", "ks"),
)
VARIANT_MIN_LETTERS = 5


# --------------------------------------------------------------------------- names and words


# Letters with a stroke or bar, which Unicode does not decompose into a base letter and an accent.
UNDECOMPOSED_LETTERS = str.maketrans("łŁøØđĐħĦ", "lLoOdDhH")


def _fold(text: str) -> str:
    """Case-folded, Turkish ı read as i, accents (and strokes: ł, ø, đ) stripped."""
    text = text.replace("ı", "i").replace("İ", "I").translate(UNDECOMPOSED_LETTERS)
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def text_words(text: str) -> list[str]:
    """The words of a text, folded, punctuation dropped."""
    return re.findall(r"[^\W_]+", _fold(text))


def normalise_name(name: str | None) -> str:
    """A name as compared: folded, punctuation, articles and honorifics stripped."""
    words = text_words(name or "")
    kept = [w for w in words if w not in ARTICLE_WORDS and w not in HONORIFICS]
    return " ".join(kept or words)


def _skeleton(word: str) -> str:
    for old, new in SKELETON_RULES:
        word = word.replace(old, new)
    return re.sub(r"(.)\1+", r"\1", word)


def _within_one_edit(a: str, b: str) -> bool:
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    # the rest after one substitution (same length) or one insertion into the shorter word
    return a[i + 1 :] == b[i + 1 :] if len(a) == len(b) else a[i:] == b[i + 1 :]


def same_word(a: str, b: str) -> bool:
    """Equal words, or transliteration variants of a word of 5+ letters (Zelensky/Zelenskyy)."""
    if a == b:
        return True
    if min(len(a), len(b)) < VARIANT_MIN_LETTERS:
        return False
    sa, sb = _skeleton(a), _skeleton(b)
    return sa == sb or _within_one_edit(sa, sb)


def names_match(predicted: str | None, gold: str | None) -> bool:
    """Whether a predicted name names the gold entity ("M. Rutte" and "Rutte" → "Mark Rutte")."""
    p, g = normalise_name(predicted).split(), normalise_name(gold).split()
    if not p or not g:
        return False
    if p == g:
        return True
    if not same_word(p[-1], g[-1]):
        return False
    return all(w in g or (len(w) == 1 and any(x.startswith(w) for x in g)) for w in p[:-1])


# --------------------------------------------------------------------------- facts


@dataclass(frozen=True)
class Meeting:
    participants: tuple[str, ...]
    date: str | None = None
    location: str | None = None


@dataclass(frozen=True)
class Deployment:
    actor: str | None
    destination: str | None
    date: str | None = None
    count: int | None = None
    count_qualifier: str | None = None
    status: str | None = None


@dataclass(frozen=True)
class Statement:
    speakers: tuple[str, ...]
    text: str
    date: str | None = None
    kind: str | None = None


@dataclass
class ArticlePredictions:
    """What the pipeline says one article reports."""

    meetings: list[Meeting] = field(default_factory=list)
    deployments: list[Deployment] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)


def _as_list(value) -> list[str]:
    if value is None:
        return []
    return [value] if isinstance(value, str) else [v for v in value if v]


def meeting_matches(predicted: Meeting, gold: dict) -> bool:
    """At least min(2, n) gold participants are matched by distinct predicted participants."""
    wanted = _as_list(gold.get("participants"))
    unused = list(predicted.participants)
    matched = 0
    for name in wanted:
        hit = next((p for p in unused if names_match(p, name)), None)
        if hit is not None:
            unused.remove(hit)
            matched += 1
    return bool(wanted) and matched >= min(2, len(wanted))


def deployment_matches(predicted: Deployment, gold: dict) -> bool:
    """The actor matches one of the gold actors and the destinations share a word."""
    if not any(names_match(predicted.actor, actor) for actor in _as_list(gold.get("actor"))):
        return False
    shared = set(text_words(predicted.destination or "")) & set(text_words(gold.get("destination") or ""))
    return bool(shared - FUNCTION_WORDS)


def snippet_overlap(predicted_text: str, snippet: str) -> float:
    """The share of the gold snippet's words that occur in the predicted text."""
    words = text_words(snippet)
    present = set(text_words(predicted_text))
    return sum(w in present for w in words) / len(words) if words else 0.0


def statement_matches(predicted: Statement, gold: dict) -> bool:
    """Some speaker matches and at least half the gold snippet's words are in the text."""
    speakers = _as_list(gold.get("speaker"))
    if not any(names_match(p, g) for p in predicted.speakers for g in speakers):
        return False
    return snippet_overlap(predicted.text, gold.get("text_snippet") or "") >= 0.5


MATCHERS = {"meetings": meeting_matches, "deployments": deployment_matches, "statements": statement_matches}


def date_correct(predicted: str | None, gold: str | None) -> bool:
    """Whether a predicted date agrees with a gold date at the gold date's precision.

    A gold day needs the same day, a month the same year and month, a year the same year, a
    range the same start (at the start's precision); a predicted range is read by its start.
    """
    if gold is None or predicted is None:
        return False
    want, have = gold.split("/")[0], predicted.split("/")[0]
    if len(want) == 10:
        return have == want
    return have[: len(want)] == want


# --------------------------------------------------------------------------- scores


@dataclass
class Counts:
    true_positives: int = 0
    predicted: int = 0
    gold: int = 0

    def add(self, other: Counts) -> None:
        self.true_positives += other.true_positives
        self.predicted += other.predicted
        self.gold += other.gold

    @property
    def precision(self) -> float:
        return self.true_positives / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.true_positives / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict:
        return {**asdict(self), "precision": self.precision, "recall": self.recall, "f1": self.f1}


@dataclass
class DateCounts:
    correct: int = 0
    total: int = 0

    def add(self, other: DateCounts) -> None:
        self.correct += other.correct
        self.total += other.total

    @property
    def accuracy(self) -> float:
        return self.correct / self.total if self.total else 0.0

    def as_dict(self) -> dict:
        return {**asdict(self), "accuracy": self.accuracy}


@dataclass
class ArticleScore:
    key: str
    language: str | None
    published: str | None
    found: bool
    counts: dict[str, Counts]
    dates: DateCounts
    misses: list[str]


@dataclass
class Scores:
    articles: list[ArticleScore]
    by_type: dict[str, Counts]
    by_language: dict[str, dict[str, Counts]]
    overall: Counts
    dates: DateCounts
    dates_published: DateCounts

    def as_dict(self) -> dict:
        return {
            "overall": self.overall.as_dict(),
            "by_type": {k: v.as_dict() for k, v in self.by_type.items()},
            "by_language": {
                lang: {k: v.as_dict() for k, v in counts.items()}
                for lang, counts in self.by_language.items()
            },
            "dates": self.dates.as_dict(),
            "dates_published": self.dates_published.as_dict(),
            "articles": [
                {
                    "key": a.key,
                    "language": a.language,
                    "published": a.published,
                    "found": a.found,
                    "counts": {k: v.as_dict() for k, v in a.counts.items()},
                    "dates": a.dates.as_dict(),
                    "misses": a.misses,
                }
                for a in self.articles
            ],
        }


def article_key(gold_row: dict) -> str:
    """How a gold row names its article: by `url` when it has one, else by `file`."""
    return gold_row.get("url") or gold_row.get("file") or ""


def _lookup(gold_row: dict, predictions: dict[str, ArticlePredictions]) -> ArticlePredictions | None:
    for key in (gold_row.get("url"), gold_row.get("file")):
        if key and key in predictions:
            return predictions[key]
    return None


def match_facts(fact_type: str, gold: list[dict], predicted: list) -> list[tuple[int, int]]:
    """Greedy one-to-one (gold index, predicted index) pairs, strongest matches first.

    Strength: for statements the snippet overlap, then (for every type) an agreeing date;
    ties go to the earlier gold fact and the earlier prediction.
    """
    matches = MATCHERS[fact_type]
    candidates = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(predicted):
            if matches(p, g):
                overlap = snippet_overlap(p.text, g.get("text_snippet") or "") if fact_type == "statements" else 0.0
                candidates.append((-overlap, not date_correct(p.date, g.get("date")), gi, pi))
    used_gold, used_predicted, pairs = set(), set(), []
    for *_, gi, pi in sorted(candidates):
        if gi not in used_gold and pi not in used_predicted:
            used_gold.add(gi)
            used_predicted.add(pi)
            pairs.append((gi, pi))
    return sorted(pairs)


def _describe_gold(fact_type: str, g: dict) -> str:
    if fact_type == "meetings":
        return f"{', '.join(_as_list(g.get('participants')))} (date {g.get('date')})"
    if fact_type == "deployments":
        return f"{' / '.join(_as_list(g.get('actor')))} → {g.get('destination')} ({g.get('count')}, date {g.get('date')})"
    return f"{', '.join(_as_list(g.get('speaker')))}: {g.get('text_snippet')!r}"


def _describe_predicted(fact_type: str, p) -> str:
    if fact_type == "meetings":
        return f"{', '.join(p.participants)} (date {p.date})"
    if fact_type == "deployments":
        return f"{p.actor} → {p.destination} ({p.count}, date {p.date})"
    return f"{', '.join(p.speakers)}: {p.text[:120]!r}"


def score_article(gold_row: dict, predicted: ArticlePredictions | None) -> ArticleScore:
    """Counts, date agreement and misses for one gold article (no predictions: all missed)."""
    found = predicted is not None
    predicted = predicted or ArticlePredictions()
    counts, dates, misses = {}, DateCounts(), []
    for fact_type in FACT_TYPES:
        gold_facts = gold_row.get(fact_type) or []
        predicted_facts = getattr(predicted, fact_type)
        pairs = match_facts(fact_type, gold_facts, predicted_facts)
        counts[fact_type] = Counts(len(pairs), len(predicted_facts), len(gold_facts))
        for gi, pi in pairs:
            gold_date = gold_facts[gi].get("date")
            if gold_date is None:
                continue
            right = date_correct(predicted_facts[pi].date, gold_date)
            dates.add(DateCounts(int(right), 1))
            if not right:
                misses.append(
                    f"wrong date {fact_type[:-1]}: {_describe_gold(fact_type, gold_facts[gi])}"
                    f" — predicted {predicted_facts[pi].date}"
                )
        matched_gold = {gi for gi, _ in pairs}
        matched_predicted = {pi for _, pi in pairs}
        misses += [
            f"missed {fact_type[:-1]}: {_describe_gold(fact_type, g)}"
            for gi, g in enumerate(gold_facts)
            if gi not in matched_gold
        ]
        misses += [
            f"spurious {fact_type[:-1]}: {_describe_predicted(fact_type, p)}"
            for pi, p in enumerate(predicted_facts)
            if pi not in matched_predicted
        ]
    return ArticleScore(
        article_key(gold_row),
        gold_row.get("language"),
        gold_row.get("published"),
        found,
        counts,
        dates,
        misses,
    )


def score(gold: list[dict], predictions: dict[str, ArticlePredictions]) -> Scores:
    """Score predictions (keyed by url or file name) against gold rows, summed over articles."""
    articles = []
    by_type = {t: Counts() for t in FACT_TYPES}
    by_language: dict[str, dict[str, Counts]] = {}
    overall, dates, dates_published = Counts(), DateCounts(), DateCounts()
    for row in gold:
        article = score_article(row, _lookup(row, predictions))
        articles.append(article)
        language = by_language.setdefault(article.language or "unknown", {t: Counts() for t in (*FACT_TYPES, "all")})
        for fact_type, counts in article.counts.items():
            by_type[fact_type].add(counts)
            language[fact_type].add(counts)
            language["all"].add(counts)
            overall.add(counts)
        dates.add(article.dates)
        if article.published:
            dates_published.add(article.dates)
    return Scores(articles, by_type, dict(sorted(by_language.items())), overall, dates, dates_published)


def format_scores(scores: Scores, verbose: bool = False) -> str:
    """A readable table of precision, recall and F1, date accuracy, and (verbose) the misses."""
    header = f"{'scope':<9}{'facts':<13}{'tp':>5}{'pred':>6}{'gold':>6}{'P':>8}{'R':>8}{'F1':>8}"
    lines = [header, "-" * len(header)]

    def row(scope: str, facts: str, c: Counts) -> str:
        return (
            f"{scope:<9}{facts:<13}{c.true_positives:>5}{c.predicted:>6}{c.gold:>6}"
            f"{c.precision:>8.3f}{c.recall:>8.3f}{c.f1:>8.3f}"
        )

    for fact_type, counts in scores.by_type.items():
        lines.append(row("all", fact_type, counts))
    lines.append(row("all", "all", scores.overall))
    for language, counts in scores.by_language.items():
        lines.append("")
        lines += [row(language, fact_type, c) for fact_type, c in counts.items()]
    lines.append("")
    d, dp = scores.dates, scores.dates_published
    lines.append(f"date accuracy: {d.correct}/{d.total} = {d.accuracy:.3f} over matched facts with a gold date")
    lines.append(f"  articles with a publication date: {dp.correct}/{dp.total} = {dp.accuracy:.3f}")
    missing = [a.key for a in scores.articles if not a.found]
    lines.append(f"articles: {len(scores.articles)} in gold, {len(missing)} without predictions")
    if verbose:
        for a in scores.articles:
            if a.misses or not a.found:
                lines.append("")
                lines.append(f"== {a.key} ({a.language}, published {a.published})" + ("" if a.found else " NOT FOUND"))
                lines += [f"   {m}" for m in a.misses]
    return "\n".join(lines)


# --------------------------------------------------------------------------- predictions


def format_date(start, end=None, precision: str | None = None) -> str | None:
    """A predicted date as gold writes it: day, 'YYYY-MM', 'YYYY', 'START/END', or None."""
    if start is None or precision == "unknown":
        return None
    start = start.isoformat() if isinstance(start, date) else str(start)
    if precision == "month":
        return start[:7]
    if precision == "year":
        return start[:4]
    if precision == "range" and end is not None:
        end = end.isoformat() if isinstance(end, date) else str(end)
        return f"{start}/{end}"
    return start


def _basename(uri: str) -> str:
    return uri.rstrip("/").rsplit("/", 1)[-1]


def article_keys(articles: Iterable[dict]) -> dict[str, list[str]]:
    """article_id -> the keys gold may name it by: its url, and the basename of an input
    file that holds no other article (a JSONL file's name names none of its articles)."""
    rows = list(articles)
    holders: dict[str, set[str]] = {}
    for row in rows:
        for uri in row.get("source_uris") or []:
            holders.setdefault(_basename(uri), set()).add(row["article_id"])
    keys = {}
    for row in rows:
        names = [row["url"]] if row.get("url") else []
        names += [
            name
            for uri in row.get("source_uris") or []
            if len(holders[name := _basename(uri)]) == 1
        ]
        keys[row["article_id"]] = names
    return keys


def _meeting(row: dict) -> Meeting:
    return Meeting(
        tuple(row.get("participant_names") or ()),
        format_date(row.get("meeting_date"), row.get("meeting_date_end") or row.get("date_end"), row.get("date_precision")),
        row.get("location_name"),
    )


def _deployment(row: dict) -> Deployment:
    return Deployment(
        row.get("actor_name"),
        row.get("destination_name"),
        format_date(row.get("deployment_date"), row.get("date_end"), row.get("date_precision")),
        row.get("troop_count"),
        row.get("count_qualifier"),
        row.get("status"),
    )


def _statement(row: dict) -> Statement:
    return Statement(
        tuple(row.get("speaker_names") or ()),
        row.get("text") or "",
        format_date(row.get("statement_date"), row.get("date_end"), row.get("date_precision")),
        row.get("statement_kind"),
    )


FACT_BUILDERS = {"meetings": _meeting, "deployments": _deployment, "statements": _statement}


def _assemble(
    keys: dict[str, list[str]], facts: dict[str, Iterable[dict]]
) -> dict[str, ArticlePredictions]:
    """Predictions per article, under every key of the article; repeated facts kept once."""
    by_id = {article_id: ArticlePredictions() for article_id in keys}
    for fact_type, rows in facts.items():
        for row in rows:
            if fact_type == "meetings" and row.get("mode") == "phone":
                continue
            article = by_id.get(row["article_id"])
            fact = FACT_BUILDERS[fact_type](row)
            if article is not None and fact not in getattr(article, fact_type):
                getattr(article, fact_type).append(fact)
    return {key: by_id[article_id] for article_id, names in keys.items() for key in names}


def _frame_rows(frame: pl.DataFrame | None) -> list[dict]:
    return [] if frame is None else frame.to_dicts()


def predictions_from_frames(
    articles: pl.DataFrame, frames: dict[str, pl.DataFrame]
) -> dict[str, ArticlePredictions]:
    """Predictions from the extraction frames of `extract.pipeline.extract_all`.

    `articles` has `article_id` and `url`, and may have `source_uris` (list of input files).
    Mentions of the same fact within one article count once.
    """
    keys = article_keys(articles.to_dicts())
    return _assemble(
        keys,
        {
            "meetings": _frame_rows(frames.get("meeting_mentions")),
            "deployments": _frame_rows(frames.get("deployment_mentions")),
            "statements": _frame_rows(frames.get("statements")),
        },
    )


def _columns(con, table: str) -> set[str]:
    return {row[0] for row in con.execute(f"describe {table}").fetchall()}


def _rows(con, sql: str) -> list[dict]:
    cursor = con.execute(sql)
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, values)) for values in cursor.fetchall()]


def predictions_from_warehouse(con) -> dict[str, ArticlePredictions]:
    """Predictions from the marts of a DuckDB warehouse (an open connection)."""
    keys = article_keys(_rows(con, "select article_id, url, source_uris from dim_articles"))
    deployment_end = "d.date_end" if "date_end" in _columns(con, "fct_deployments") else "null"
    mentioned = """
        select distinct article_id, event_id from fct_event_mentions
        where rtrim(lower(event_type), 's') = '{kind}'
    """
    meetings = _rows(
        con,
        f"""
        select e.article_id, m.participant_names, m.meeting_date, m.meeting_date_end,
            m.date_precision, m.location_name, m.mode
        from ({mentioned.format(kind="meeting")}) as e
        join fct_meetings as m on m.meeting_id = e.event_id
        order by e.article_id, m.meeting_id
        """,
    )
    deployments = _rows(
        con,
        f"""
        select e.article_id, d.actor_name, d.destination_name, d.troop_count, d.count_qualifier,
            d.deployment_date, {deployment_end} as date_end, d.date_precision, d.status
        from ({mentioned.format(kind="deployment")}) as e
        join fct_deployments as d on d.deployment_id = e.event_id
        order by e.article_id, d.deployment_id
        """,
    )
    statements = _rows(
        con,
        """
        select article_id, speaker_names, text, statement_kind, statement_date, date_precision
        from fct_statements
        order by article_id, char_start, statement_id
        """,
    )
    return _assemble(keys, {"meetings": meetings, "deployments": deployments, "statements": statements})


# --------------------------------------------------------------------------- inputs and CLI


def read_gold(paths: Sequence[Path]) -> list[dict]:
    """Gold rows from JSON Lines files, in order."""
    rows = []
    for path in paths:
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if line.strip():
                try:
                    rows.append(json.loads(line))
                except json.JSONDecodeError as error:
                    raise ValueError(f"{path}:{number}: invalid JSON ({error})") from error
    return rows


def read_corpus(paths: Sequence[Path]) -> pl.DataFrame:
    """Articles from files and folders, read by the ingest readers (text with an optional
    header, JSONL, HTML, feeds, WARC); records that would be quarantined are reported on
    stderr and left out."""
    from ingest.files import walk_inputs
    from ingest.reading import read_file
    from ingest.records import ArticleRecord, Quarantined

    rows = []
    for path in walk_inputs(list(paths)).files:
        for record in read_file(path, max_bytes=50_000_000):
            if isinstance(record, Quarantined):
                print(f"warning: {record.source_uri} {record.record_locator}: {record.reason}", file=sys.stderr)
            elif isinstance(record, ArticleRecord):
                rows.append(
                    {
                        "article_id": f"{len(rows):06d}",
                        "url": record.url,
                        "title": record.title,
                        "language": record.language,
                        "published_date": record.published_date,
                        "text": record.text,
                        "source_uris": [record.source_uri],
                    }
                )
    schema = {
        "article_id": pl.String, "url": pl.String, "title": pl.String, "language": pl.String,
        "published_date": pl.Date, "text": pl.String, "source_uris": pl.List(pl.String),
    }
    return pl.DataFrame(rows, schema=schema)


def predictions_from_corpus(paths: Sequence[Path]) -> dict[str, ArticlePredictions]:
    """Run the extraction on a corpus and read its frames."""
    from extract.pipeline import extract_all

    articles = read_corpus(paths)
    return predictions_from_frames(articles, extract_all(articles.drop("source_uris")))


def _default_warehouse() -> Path:
    return Path(os.environ.get("NEWSEVENTS_WAREHOUSE", "data/warehouse.duckdb"))


def main(argv: list[str]) -> int:
    """`newsevents evaluate --gold FILE [--warehouse PATH | --corpus PATH...] [--verbose] [--json OUT]`."""
    parser = argparse.ArgumentParser(
        prog="newsevents evaluate",
        description="Score the warehouse (or the extraction on a corpus) against gold annotations.",
    )
    parser.add_argument("--gold", type=Path, action="append", required=True, help="gold JSONL (repeatable)")
    source = parser.add_mutually_exclusive_group()
    source.add_argument("--warehouse", type=Path, default=None, help="DuckDB file, opened read-only")
    source.add_argument(
        "--corpus", type=Path, nargs="+", help="run the extraction on these files/folders instead"
    )
    parser.add_argument("--verbose", action="store_true", help="list the misses of every article")
    parser.add_argument("--json", type=Path, help="also write the scores as JSON here")
    args = parser.parse_args(argv)

    missing = [p for p in [*args.gold, *(args.corpus or [])] if not p.exists()]
    warehouse = args.warehouse or _default_warehouse()
    if args.corpus is None and not warehouse.exists():
        missing.append(warehouse)
    if missing:
        print(f"error: not found: {', '.join(map(str, missing))}", file=sys.stderr)
        return 2
    try:
        gold = read_gold(args.gold)
    except ValueError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    if args.corpus:
        predictions = predictions_from_corpus(args.corpus)
    else:
        import duckdb

        with duckdb.connect(str(warehouse), read_only=True) as con:
            predictions = predictions_from_warehouse(con)
    scores = score(gold, predictions)
    print(format_scores(scores, verbose=args.verbose))
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(scores.as_dict(), ensure_ascii=False, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

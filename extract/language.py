"""Language of each article: the input's language when given, otherwise detected.

Detection uses py3langid (the maintained, numpy-only fork of langid.py) on the first
`DETECTION_CHARS` characters of title and text. We compared it with lingua-language-detector on
the development articles: with 200-300 characters both identify every article (and py3langid
every sentence longer than 20 characters), but py3langid is faster, and the whole extraction
has a budget of 5,000 articles/s. Its model is restricted to the
languages we have a lexicon for plus a few other frequent news languages, so that an Italian or
Russian article is recognised as such (and gets no lexicon) instead of being forced into one of
ours. When the text has no letters, or the best language's normalised probability is below
`MIN_PROBABILITY` (very short or mixed text), the language is null rather than a guess.

py3langid classifies one text per Python call: ≈4,700 bench articles/s on one core.
`detect_languages` applies the same model to a whole column instead, ≈30,000/s with the same
languages for 20,000 bench articles (2026-11-29, back to back): pyarrow prepares the bytes
as py3langid does (lower case for an all-capitals text, NFC, UTF-8), numpy walks the model's byte
automaton over all texts at once, one position per step, and sums each language's log
probabilities of the features found (weighted by log(1 + count), scaled by the square root of the
length, normalised) as `LanguageIdentifier.classify` does. A test holds it to `classify`.
"""

from dataclasses import dataclass
from functools import cache

import numpy as np
import polars as pl
import pyarrow as pa
import pyarrow.compute as pc
from py3langid.langid import MODEL_FILE, LanguageIdentifier

from extract import lexicon
from extract.schemas import ARTICLE_LANGUAGES, conform, empty

OTHER_NEWS_LANGUAGES = ("it", "pt", "nl", "ru", "uk", "ar", "pl")
DETECTION_CHARS = 300
MIN_PROBABILITY = 0.5
# Texts whose features are counted together: bounds the memory of the (text, feature) pairs.
BLOCK_TEXTS = 2_048


@cache
def _identifier() -> LanguageIdentifier:
    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    identifier.set_languages(sorted({*lexicon.languages(), *OTHER_NEWS_LANGUAGES}))
    return identifier


@dataclass(frozen=True)
class _Model:
    """py3langid's model as arrays: the byte automaton and the naive Bayes tables."""

    next_state: np.ndarray  # next state, at (row of the state << 8) + byte
    row_base: np.ndarray  # per state
    feature: np.ndarray  # feature a state emits, or -1
    log_probability: np.ndarray  # (feature x language)
    prior: np.ndarray  # per language
    languages: np.ndarray

    @classmethod
    def of(cls, identifier: LanguageIdentifier) -> "_Model":
        if identifier._alias_pairs:  # script variants of one language (not among ours)
            raise ValueError("languages with several scripts are not supported")
        return cls(
            # a view of the model's own array (10 M states), not a copy
            next_state=np.frombuffer(identifier.tk_nextmove, dtype=np.uint32),
            row_base=np.asarray(identifier.tk_row, dtype=np.int64) << 8,
            feature=np.asarray(identifier.tk_output, dtype=np.int64),
            log_probability=np.asarray(identifier.nb_ptc, dtype=np.float32),
            prior=np.asarray(identifier.nb_pc, dtype=np.float32),
            languages=np.asarray(identifier.nb_classes, dtype=object),
        )


@cache
def _model() -> _Model:
    return _Model.of(_identifier())


def detect_languages(texts: pl.Series) -> pl.Series:
    """ISO 639-1 code of each text's first `DETECTION_CHARS` characters; null when a text has
    no letter or is too ambiguous to tell (the best probability below `MIN_PROBABILITY`)."""
    samples = texts.cast(pl.String).str.slice(0, DETECTION_CHARS)
    model = _model()
    codes = np.full(len(samples), None, dtype=object)
    for first in range(0, len(samples), BLOCK_TEXTS):
        block = samples.slice(first, BLOCK_TEXTS)
        probabilities = _probabilities(*_model_bytes(block), model)
        best = probabilities.argmax(axis=1)
        sure = probabilities[np.arange(len(best)), best] >= MIN_PROBABILITY
        codes[first : first + len(block)] = np.where(sure, model.languages[best], None)
    codes[~samples.str.contains(r"\p{L}").fill_null(False).to_numpy()] = None
    # from a list: polars reads an object array that starts with None as objects, not strings
    return pl.Series(texts.name, codes.tolist(), pl.String)


def _model_bytes(samples: pl.Series) -> tuple[np.ndarray, np.ndarray]:
    """The texts' bytes as py3langid reads them (an all-capitals text in lower case, NFC,
    UTF-8), concatenated, and the offset of each text's first byte (and of the end)."""
    text = samples.fill_null("").to_arrow().cast(pa.large_string())
    text = pc.if_else(pc.utf8_is_upper(text), pc.utf8_lower(text), text)
    text = pc.utf8_normalize(text, form="NFC").cast(pa.large_binary())
    _, offsets, data = text.buffers()
    offsets = np.frombuffer(offsets, dtype=np.int64)[text.offset : text.offset + len(text) + 1]
    return (np.frombuffer(data, dtype=np.uint8) if data is not None else np.empty(0, np.uint8)), offsets


def _probabilities(data: np.ndarray, offsets: np.ndarray, model: _Model) -> np.ndarray:
    """(text x language) normalised probabilities, as `LanguageIdentifier.classify` gives them."""
    lengths = np.diff(offsets)
    texts, features = _features(data, offsets, model)
    # count each (text, feature) pair: sorted keys keep a text's pairs together
    keys = (
        pl.Series(texts * len(model.log_probability) + features, dtype=pl.Int64)
        .sort()
        .rle()
        .struct.unnest()
    )
    key = keys.get_column("value").to_numpy()
    text_of_pair = key // len(model.log_probability)
    weights = np.log1p(keys.get_column("len").to_numpy().astype(np.float32))
    scores = np.zeros((len(lengths), len(model.languages)), dtype=np.float32)
    if len(key):
        first_pairs = np.flatnonzero(np.r_[True, text_of_pair[1:] != text_of_pair[:-1]])
        sums = np.add.reduceat(
            weights[:, None] * model.log_probability[key % len(model.log_probability)], first_pairs
        )
        # a text without features keeps scores of zero: equal probabilities, no language
        scores[text_of_pair[first_pairs]] = sums + model.prior
    scores *= (1.0 / np.sqrt(np.maximum(lengths, 1))).astype(np.float32)[:, None]
    scores = np.exp(scores - scores.max(axis=1, keepdims=True))
    return scores / scores.sum(axis=1, keepdims=True)


def _features(data: np.ndarray, offsets: np.ndarray, model: _Model) -> tuple[np.ndarray, np.ndarray]:
    """(text, feature) of every feature the automaton emits in the texts: all texts advance
    one byte per step, the longest first, so the texts still reading are a prefix."""
    lengths = np.diff(offsets)
    order = np.argsort(-lengths, kind="stable")
    starts = offsets[:-1][order]
    longest = int(lengths.max()) if len(lengths) else 0
    reading = len(lengths) - np.searchsorted(np.sort(lengths), np.arange(longest), side="right")
    states = np.zeros(len(lengths), dtype=np.int64)
    texts, features = [np.empty(0, np.int64)], [np.empty(0, np.int64)]
    for position, count in enumerate(reading.tolist()):
        step = model.next_state[model.row_base[states[:count]] + data[starts[:count] + position]]
        states[:count] = step
        emitted = model.feature[step]
        found = np.flatnonzero(emitted >= 0)
        texts.append(order[found])
        features.append(emitted[found])
    return np.concatenate(texts), np.concatenate(features)


def _normalised_input_language() -> pl.Expr:
    """'EN', 'en-US', ' de_AT ' -> 'en', 'en', 'de'; blank -> null."""
    code = pl.col("language").cast(pl.String).str.strip_chars().str.to_lowercase()
    code = code.str.extract(r"^([a-z]{2,3})(?:[-_].*)?$", 1)
    return code


def identify_languages(articles: pl.DataFrame) -> pl.DataFrame:
    """raw.article_languages: one row per article, `language_source` 'input' or 'detected'."""
    if articles.height == 0:
        return empty(ARTICLE_LANGUAGES)
    frame = articles.with_row_index("row").select(
        "row",
        "article_id",
        (
            _normalised_input_language()
            if "language" in articles.columns
            else pl.lit(None, pl.String)
        ).alias("input_language"),
        pl.concat_str(
            [
                pl.col("title").fill_null("") if "title" in articles.columns else pl.lit(""),
                pl.col("text").fill_null(""),
            ],
            separator="\n",
        )
        .str.slice(0, DETECTION_CHARS)
        .alias("sample"),
    )
    to_detect = frame.filter(pl.col("input_language").is_null())
    detected_frame = to_detect.select(
        "row", detected_language=detect_languages(to_detect.get_column("sample"))
    )
    result = frame.join(detected_frame, on="row", how="left", maintain_order="left").select(
        "article_id",
        pl.coalesce("input_language", "detected_language").alias("language"),
        pl.when(pl.col("input_language").is_not_null())
        .then(pl.lit("input"))
        .otherwise(pl.lit("detected"))
        .alias("language_source"),
    )
    return conform(result, ARTICLE_LANGUAGES)

"""Statements: direct quotes and reported speech, each with its speaker(s), kind and date.

Direct quotes are found in every quotation style (“ ”, " ", « », » «, „ “, ‚ ‘, ‘ ’ and the
straight single quotes of Turkish papers) over paragraph chunks, so a quote that the sentence
splitter cut in two stays one statement. Reported speech is a sentence with a reporting verb
from `[statements] reported` ("said", "dedi", "sagte", "a déclaré", "afirmó") or an attribution
from `reported_after` ("according to", "laut", "selon", "según"); its text is the clause that
the verb reports ("<content>, the minister said ..." reports what stands before the comma,
unless it is a preface that sets the scene: "Speaking to reporters in Brussels, ...", `preface`).
Silences and things declared that are not said (`silence`: "declined to comment", "declared
war"), media attributions (`media` next to the verb: "Reuters reported") and sentences that
introduce a quote ("... said:") are no statements. In verb-final languages the sentence's last
verb reports, and passive reports ("açıklamada ... belirtildi") count when they name the
statement. Quotes over several paragraphs give one statement per paragraph, long quotes one per
sentence; short quotes without a reporting verb beside them (scare quotes) and quoted names
are no statements, and quotes inside a reported clause are part of it, unless the clause is the
quote and its speaker ("“...,” Jane Doe, the defence minister, said"). A verb followed by
"that" or a colon reports the clause after it, wherever it stands in the sentence, and the date
of the saying between them is no part of it ("said on Tuesday that"); in German the clause opens
after the comma behind the verb and its subject ("sagte der Minister am Montag, ..."). Sentences
after a statement that report by their mood alone (German Konjunktiv I, `reported_mood`: "Es
gebe keine Einigung.") go on reporting it, each a statement of the last speaker.

The speaker is a named actor of the statement's sentence outside the quote or the reported
clause, nearest the quote or the verb (or the first actor, in languages that put the verb last,
where the statement then starts after the speaker and its comma), else the subject of the
sentence before a quote (a person or office, not a state); a demonym speaks only before an
official noun ("Turkish officials"), and a body or state inside a person's title speaks through
the person ("NATO Secretary General Ana Ruiz", "le porte-parole du Kremlin, Ivan Sokolov"); a
state named as a place ("in Kosovo", "Kosova'da") speaks only through officials named before it
("officials in Kosovo"). A pronoun subject or "he added" takes the last speakers of the article,
and so does a quote without a speaker of its own (a reported clause whose subject is no actor,
"Diplomatic sources said ...", has none); a joint statement is given to every person named in
its sentence and the two before. Statements without a speaker are dropped. A statement is dated
by a date of its own sentence outside what it says (the dates it speaks of are not when it was
said), else by the day the article's lead names, else by the publication.
"""

import polars as pl

from extract import facts, lexicon
from extract.schemas import STATEMENTS, conform, empty
from extract.statements.common import FACT_SCHEMA, attribution_inside_quote
from extract.statements.quotes import (
    attributed_quotes,
    direct_quotes,
    multi_paragraph_quotes,
    split_long_quotes,
    with_joint_sentences,
    without_short_quotes_beside_reports,
)
from extract.statements.reported import (
    after_date_of_saying,
    after_opening_date,
    reported_by_mood,
    reported_speech,
    with_contrasted_reports,
)
from extract.statements.speakers import attribute_speakers
from extract.statements.verbs import VERB_SCHEMA, verbs_of_language


def extract_statements(sentences: pl.DataFrame, dates: pl.DataFrame, actors: pl.DataFrame) -> pl.DataFrame:
    """raw.statements: direct quotes and reported speech with speakers, kind and date."""
    if sentences.is_empty():
        return empty(STATEMENTS)
    quotes = direct_quotes(sentences)
    quotes = pl.concat(
        [part.select(FACT_SCHEMA.names()).cast(dict(FACT_SCHEMA)) for part in (quotes, multi_paragraph_quotes(sentences))]
    )
    quotes = with_joint_sentences(quotes, sentences)
    verbs = facts.per_language(sentences, verbs_of_language, VERB_SCHEMA)
    reported = with_contrasted_reports(after_date_of_saying(reported_speech(sentences, quotes, verbs), dates), sentences)
    quotes = without_short_quotes_beside_reports(quotes, reported, sentences)
    quotes = attributed_quotes(quotes, sentences, verbs)
    statements = pl.concat([quotes.select(FACT_SCHEMA.names()), reported.select(FACT_SCHEMA.names())])
    statements = pl.concat([statements, reported_by_mood(sentences, statements)])
    if statements.is_empty():
        return empty(STATEMENTS)
    statements = statements.sort("article_id", "char_start").with_row_index("_fact")
    attributed = split_long_quotes(attribute_speakers(statements, sentences, actors), sentences)
    attributed = after_opening_date(attributed, dates, sentences)
    # the dates of what is said are not when it was said; those of an attribution inside a
    # quote are (“...,” Lavrov said on Tuesday, “...”)
    quoted_until = pl.when(attribution_inside_quote()).then("anchor_start")
    saying_dates = _dates_of_saying(dates, sentences, actors, attributed)
    dated = facts.attach_dates(
        attributed.with_columns(_anchor=pl.col("char_start"), _said_end=quoted_until.otherwise("char_end")),
        saying_dates,
        anchor="_anchor",
        lookback=0,
        not_after_publication=True,
        outside=("char_start", "_said_end"),
    )
    lead = facts.lead_dates(saying_dates, sentences)
    fallback = pl.coalesce("_lead_date", "published_date")
    return conform(
        dated.filter(pl.col("speaker_names").list.len() > 0)
        .join(lead, on="article_id", how="left")
        .sort("article_id", "char_start")
        .with_columns(
            statement_index=pl.int_range(pl.len()).over("article_id"),
            statement_date=pl.coalesce("date_start", fallback),
            date_precision=pl.when(pl.col("date_start").is_null() & fallback.is_not_null())
            .then(pl.lit("day"))
            .otherwise(pl.col("date_precision")),
            date_text=pl.when(pl.col("date_start").is_null()).then("_lead_text").otherwise("date_text"),
        ),
        STATEMENTS,
    )


def _dates_of_saying(
    dates: pl.DataFrame, sentences: pl.DataFrame, actors: pl.DataFrame, statements: pl.DataFrame
) -> pl.DataFrame:
    """The date mentions that may date a statement: not those inside an apposition describing
    a person ("said Jane Doe, who has covered the war since 2014"), in languages that name the
    speaker near the verb (in verb-final ones the comma after the speaker opens the clause:
    "Erdoğan, salı günü yaptığı açıklamada, ..."); words after a person that hold a statement's
    verb are its predicate ("Le président, Emmanuel Macron, a annoncé le 24 septembre ...,").
    """
    descriptions = facts.person_descriptions(
        actors.join(sentences.filter(~_speaker_first()).select(facts.SENTENCE_KEYS), on=facts.SENTENCE_KEYS),
        sentences,
        to_sentence_end=True,
    )
    predicates = (
        descriptions.join(statements.select("article_id", "anchor_start"), on="article_id")
        .filter(pl.col("anchor_start").is_between(pl.col("description_start"), pl.col("description_end"), closed="left"))
        .select("article_id", "description_start")
    )
    descriptions = descriptions.join(predicates, on=["article_id", "description_start"], how="anti")
    return dates.join(facts.inside_descriptions(dates, descriptions), on=["article_id", "char_start"], how="anti")


def _speaker_first() -> pl.Expr:
    """Whether a sentence's language names its speaker first (`speaker_position`: verb-final)."""
    first = [language for language in lexicon.languages() if facts.names_speaker_first(language)]
    return pl.col("language").is_in(first)

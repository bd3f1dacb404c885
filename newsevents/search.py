"""Full-text search over article sentences and statements, with DuckDB's fts extension.

The fts extension comes from the `duckdb-extension-fts` package and is loaded from the file
that package ships (`LOAD '<path>'`): nothing is downloaded at run time.

An fts index is not updated when its table changes, and building one costs a pass over the
table. So every language and month of partitions has its own small table and index
(`search.sentences_en_202503`, `search.statements_tr_202411`, ...), stemmed with that language's
Snowball stemmer, and a build only rebuilds the tables whose content changed since the last
build (a fingerprint per table kept in `search.index_state`): a day's run rebuilds the tables of
its month, whatever the length of the history. Two table macros search them all at once:

    select * from search_sentences('troops Kursk') limit 10;
    select * from search_statements('peace') where language = 'en';
"""

from dataclasses import dataclass
from pathlib import Path

import duckdb
import duckdb_extension_fts

SEARCH_SCHEMA = "search"

# ISO 639-1 code -> the Snowball stemmer of the fts extension; other languages are indexed
# without stemming, in one table `<kind>_other`.
STEMMERS = {
    "ar": "arabic", "ca": "catalan", "da": "danish", "de": "german", "el": "greek",
    "en": "english", "es": "spanish", "eu": "basque", "fi": "finnish", "fr": "french",
    "ga": "irish", "hi": "hindi", "hu": "hungarian", "id": "indonesian", "it": "italian",
    "lt": "lithuanian", "ne": "nepali", "nl": "dutch", "no": "norwegian", "pt": "portuguese",
    "ro": "romanian", "ru": "russian", "sr": "serbian", "sv": "swedish", "ta": "tamil",
    "tr": "turkish",
}
UNSTEMMED = "other"
# Words are runs of letters and digits in any script (the default keeps only a-z, which would
# cut "Kırım" into pieces); accents are stripped, so "Erdogan" finds "Erdoğan".
WORD_SEPARATORS = r"(\.|[^\p{L}\p{N}])+"

# What every document shows of its article (`partition_date` names its shard, below).
ARTICLE_COLUMNS = (
    "article.title, article.language, article.published_date, article.outlet, article.url, "
    "article.partition_date"
)
# What each kind of document is made of: one row per document, `text` is what is indexed.
DOCUMENTS = {
    "sentences": f"""
        select
            sentence.article_id,
            sentence.sentence_index,
            sentence.char_start,
            sentence.char_end,
            sentence.text,
            {ARTICLE_COLUMNS},
        from raw.sentences as sentence
        inner join main.dim_articles as article on sentence.article_id = article.article_id
    """,
    "statements": f"""
        select
            statement.statement_id,
            statement.article_id,
            statement.speaker_names,
            statement.statement_kind,
            statement.statement_date,
            statement.text,
            {ARTICLE_COLUMNS},
        from main.fct_statements as statement
        inner join main.dim_articles as article on statement.article_id = article.article_id
    """,
}

# The columns each search macro returns, best match first.
SEARCH_COLUMNS = {
    "sentences": [
        "article_id", "title", "language", "published_date", "sentence_index", "text",
        "char_start", "char_end", "outlet", "url",
    ],
    "statements": [
        "statement_id", "article_id", "title", "language", "published_date", "speaker_names",
        "statement_kind", "statement_date", "text", "outlet", "url",
    ],
}


def fts_extension_path() -> Path:
    """The fts extension file shipped by the `duckdb-extension-fts` package for this DuckDB."""
    folder = Path(duckdb_extension_fts.__file__).parent / "extensions" / f"v{duckdb.__version__}"
    path = folder / "fts.duckdb_extension"
    if not path.exists():
        raise FileNotFoundError(
            f"no fts extension for DuckDB {duckdb.__version__} in {folder}: "
            "install duckdb-extension-fts of the same version as duckdb"
        )
    return path


def load_fts(con: duckdb.DuckDBPyConnection) -> None:
    """Load the fts extension into `con` from its packaged file (needed to search, too)."""
    con.execute(f"load '{fts_extension_path()}'")


@dataclass
class IndexBuild:
    """What a build did: documents per index table, and which tables it rebuilt or dropped."""

    documents: dict[str, int]
    rebuilt: list[str]
    dropped: list[str]


# The shard of a document: its index group (its language, or UNSTEMMED) and its partitions'
# month, as in `en_202503`.
SHARD_KEY = (
    f"(case when language in ({', '.join(repr(code) for code in STEMMERS)}) then language "
    f"else '{UNSTEMMED}' end || '_' || strftime(partition_date, '%Y%m'))"
)


def _fingerprints(con: duckdb.DuckDBPyConnection, kind: str) -> dict[str, tuple[int, int]]:
    rows = con.execute(
        f"""
        select
            {SHARD_KEY} as shard,
            count(*),
            bit_xor(hash(documents)),
        from ({DOCUMENTS[kind]}) as documents
        group by all
        """
    ).fetchall()
    return {shard: (count, fingerprint) for shard, count, fingerprint in rows}


def _stage_documents(con: duckdb.DuckDBPyConnection, kind: str, shards: list[str]) -> None:
    """The documents of `shards` in one temporary table, in one pass over the history.

    Sorted by shard, so that reading one shard back touches only its own row groups (DuckDB
    skips the others by their min/max); selecting each shard from the documents' query instead
    would join and scan the whole history once per shard.
    """
    con.execute(
        f"""
        create or replace temp table search_documents as
        select {SHARD_KEY} as shard, documents.* exclude (partition_date)
        from ({DOCUMENTS[kind]}) as documents
        where {SHARD_KEY} in (select unnest(?::varchar[]))
        order by shard
        """,
        [shards],
    )


def _rebuild_table(con: duckdb.DuckDBPyConnection, kind: str, shard: str) -> None:
    """The shard's table, from the staged documents, and its fts index."""
    table = f"{SEARCH_SCHEMA}.{kind}_{shard}"
    group = shard.rsplit("_", 1)[0]
    con.execute(
        f"""
        create or replace table {table} as
        select row_number() over () as doc_id, documents.* exclude (shard)
        from search_documents as documents
        where shard = ?
        """,
        [shard],
    )
    stemmer = STEMMERS.get(group, "none")
    stopwords = "english" if group == "en" else "none"
    con.execute(
        f"pragma create_fts_index('{table}', 'doc_id', 'text', stemmer='{stemmer}', "
        f"stopwords='{stopwords}', ignore='{WORD_SEPARATORS}', strip_accents=1, lower=1, "
        "overwrite=1)"
    )


def _search_macro(kind: str, shards: list[str]) -> str:
    columns = SEARCH_COLUMNS[kind]
    selects = [
        f"select fts_{SEARCH_SCHEMA}_{kind}_{shard}.match_bm25(doc_id, query_string) as score, "
        f"{', '.join(columns)} from {SEARCH_SCHEMA}.{kind}_{shard}"
        for shard in shards
    ]
    if not selects:  # nothing indexed yet: an empty result with the same columns
        selects = [
            f"select null::double as score, {', '.join(f'null as {c}' for c in columns)} "
            "where false"
        ]
    return f"""
        create or replace macro main.search_{kind}(query_string) as table
        select * from ({' union all by name '.join(selects)})
        where score is not null
        order by score desc
    """


def build_search_index(con: duckdb.DuckDBPyConnection) -> IndexBuild:
    """Bring the search tables, their fts indexes and the search macros up to date."""
    load_fts(con)
    con.execute(f"create schema if not exists {SEARCH_SCHEMA}")
    con.execute(
        f"""
        create table if not exists {SEARCH_SCHEMA}.index_state (
            index_table varchar primary key, documents bigint, fingerprint ubigint
        )
        """
    )
    built = {
        table: (documents, fingerprint)
        for table, documents, fingerprint in con.execute(
            f"select index_table, documents, fingerprint from {SEARCH_SCHEMA}.index_state"
        ).fetchall()
    }
    documents, rebuilt, dropped = {}, [], []
    for kind in DOCUMENTS:
        current = _fingerprints(con, kind)
        documents |= {f"{kind}_{shard}": state[0] for shard, state in current.items()}
        changed = sorted(
            shard for shard, state in current.items() if built.get(f"{kind}_{shard}") != state
        )
        if changed:
            _stage_documents(con, kind, changed)
            for shard in changed:
                _rebuild_table(con, kind, shard)
                con.execute(
                    f"insert or replace into {SEARCH_SCHEMA}.index_state values (?, ?, ?)",
                    [f"{kind}_{shard}", *current[shard]],
                )
                rebuilt.append(f"{kind}_{shard}")
            con.execute("drop table search_documents")
        for table in sorted(t for t in built if t.startswith(f"{kind}_")):
            if table.removeprefix(f"{kind}_") not in current:
                con.execute(f"pragma drop_fts_index('{SEARCH_SCHEMA}.{table}')")
                con.execute(f"drop table {SEARCH_SCHEMA}.{table}")
                con.execute(
                    f"delete from {SEARCH_SCHEMA}.index_state where index_table = ?", [table]
                )
                dropped.append(table)
        con.execute(_search_macro(kind, sorted(current)))
    return IndexBuild(documents, rebuilt, dropped)

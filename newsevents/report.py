"""`newsevents report`: one self-contained HTML page of the facts in the published warehouse.

The charts are Vega-Lite specifications built with Altair and drawn in the page by vega-embed;
the JavaScript of Vega, Vega-Lite and vega-embed comes from vl-convert's bundle and is written
into the page, so that the page works offline and can be mailed as one file.
"""

import html
import json
import math
import re
from datetime import UTC, datetime
from itertools import combinations
from pathlib import Path
from urllib.parse import quote

import altair as alt
import duckdb

from newsevents.sql import connect_published

FACTS = """
    select
        'meeting' as fact_type,
        meeting_id as fact_id,
        array_to_string(participant_names, ' + ')
        || case when status = 'planned' then ' to meet' else ' met' end
        || coalesce(' in ' || location_name, '') as summary,
        meeting_date as fact_date,
        status,
        source_article_count,
    from main.fct_meetings
    union all by name
    select
        'deployment' as fact_type,
        deployment_id as fact_id,
        coalesce(actor_name, '?') || ' sends ' || coalesce(troop_count || ' troops', 'troops')
        || ' to ' || coalesce(destination_name, '?') as summary,
        deployment_date as fact_date,
        status,
        source_article_count,
    from main.fct_deployments
    order by fact_date nulls last, fact_type, summary
"""

SOURCES = """
    select
        mention.event_id as fact_id,
        article.title,
        article.language,
        article.published_date,
        article.url,
        article.source_uris[1] as source_uri,
        substring(article.text, mention.char_start + 1, mention.char_end - mention.char_start)
            as evidence,
    from main.fct_event_mentions as mention
    inner join main.dim_articles as article on mention.article_id = article.article_id
    order by mention.event_id, article.published_date, article.title, mention.sentence_index
"""

MEETINGS = """
    select meeting_id, participant_names, meeting_date, location_name, status
    from main.fct_meetings
"""

DEPLOYMENTS_BY_DESTINATION = """
    select
        coalesce(destination_name, '(unknown)') as destination,
        status,
        count(*) as deployments,
        coalesce(sum(troop_count), 0) as troops,
    from main.fct_deployments
    group by all
"""

SPEAKERS = """
    select speaker, count(*) as statements, count(distinct article_id) as articles
    from main.fct_statements, unnest(speaker_names) as speakers(speaker)
    group by speaker
    order by statements desc, speaker
    limit ?
"""


def _records(con: duckdb.DuckDBPyConnection, sql: str, params: list | None = None) -> list[dict]:
    result = con.execute(sql, params or [])
    names = [column[0] for column in result.description]
    return [
        {name: value.isoformat() if hasattr(value, "isoformat") else value
         for name, value in zip(names, row)}
        for row in result.fetchall()
    ]


def timeline_chart(facts: list[dict]) -> alt.Chart:
    """Meetings and deployments on a time axis, one row per kind; a click leads to the fact."""
    dated = [
        {**fact, "link": f"#fact-{fact['fact_id']}"} for fact in facts if fact["fact_date"]
    ]
    return (
        alt.Chart(alt.Data(values=dated), title="Timeline of meetings and deployments")
        .mark_point(filled=True, size=120)
        .encode(
            x=alt.X("fact_date:T", title="date"),
            y=alt.Y("fact_type:N", title=None),
            color=alt.Color("status:N"),
            shape=alt.Shape("fact_type:N", legend=None),
            href="link:N",
            tooltip=["summary:N", "fact_date:T", "status:N", "source_article_count:Q"],
        )
        .properties(width=760, height=140)
    )


def meeting_graph(meetings: list[dict]) -> alt.LayerChart:
    """Who met whom: participants on a circle, a line for every pair that met."""
    counts: dict[str, int] = {}
    for meeting in meetings:
        for name in meeting["participant_names"]:
            counts[name] = counts.get(name, 0) + 1
    names = sorted(counts)
    position = {
        name: (math.cos(2 * math.pi * i / max(len(names), 1)),
               math.sin(2 * math.pi * i / max(len(names), 1)))
        for i, name in enumerate(names)
    }
    nodes = [
        {"name": name, "x": x, "y": y, "meetings": counts[name]}
        for name, (x, y) in position.items()
    ]
    edges = [
        {
            "x": position[a][0], "y": position[a][1], "x2": position[b][0], "y2": position[b][1],
            "pair": f"{a} + {b}", "date": meeting["meeting_date"] or "undated",
            "where": meeting["location_name"] or "", "status": meeting["status"],
        }
        for meeting in meetings
        for a, b in combinations(sorted(meeting["participant_names"]), 2)
    ]
    axis = alt.Axis(labels=False, ticks=False, grid=False, domain=False, title=None)
    scale = alt.Scale(domain=[-1.6, 1.6])
    lines = alt.Chart(alt.Data(values=edges)).mark_rule(strokeWidth=2, opacity=0.6).encode(
        x=alt.X("x:Q", axis=axis, scale=scale), y=alt.Y("y:Q", axis=axis, scale=scale),
        x2="x2:Q", y2="y2:Q", color=alt.Color("status:N"),
        tooltip=["pair:N", "date:N", "where:N", "status:N"],
    )
    points = alt.Chart(alt.Data(values=nodes)).mark_circle(color="#333").encode(
        x=alt.X("x:Q", axis=axis, scale=scale), y=alt.Y("y:Q", axis=axis, scale=scale),
        size=alt.Size("meetings:Q", legend=None, scale=alt.Scale(range=[80, 400])),
        tooltip=["name:N", "meetings:Q"],
    )
    labels = points.mark_text(dy=-14, fontSize=11).encode(text="name:N", size=alt.value(11))
    return alt.layer(lines, points, labels, title="Who met whom").properties(
        width=560, height=560
    )


def destinations_chart(rows: list[dict]) -> alt.Chart:
    """Deployments by destination, stacked by status, with the troops reported."""
    return (
        alt.Chart(alt.Data(values=rows), title="Deployments by destination")
        .mark_bar()
        .encode(
            y=alt.Y("destination:N", sort="-x", title=None),
            x=alt.X("sum(deployments):Q", title="deployments"),
            color=alt.Color("status:N"),
            tooltip=["destination:N", "status:N", "deployments:Q", "troops:Q"],
        )
        .properties(width=600)
    )


def speakers_chart(rows: list[dict]) -> alt.Chart:
    """The most quoted speakers: statements attributed to each."""
    return (
        alt.Chart(alt.Data(values=rows), title="Most quoted speakers")
        .mark_bar()
        .encode(
            y=alt.Y("speaker:N", sort="-x", title=None),
            x=alt.X("statements:Q", title="statements"),
            tooltip=["speaker:N", "statements:Q", "articles:Q"],
        )
        .properties(width=600)
    )


def _source_link(source: dict) -> str:
    if source["url"]:
        href = source["url"]
    elif source["source_uri"] and "://" not in source["source_uri"]:
        href = "file://" + quote(source["source_uri"])
    else:
        href = source["source_uri"] or ""
    title = html.escape(source["title"] or "(untitled)")
    return (
        f'<a href="{html.escape(href, quote=True)}">{title}</a> '
        f'<span class="meta">{html.escape(source["language"] or "?")}, '
        f'{html.escape(source["published_date"] or "undated")}</span>'
        f'<blockquote>{html.escape(source["evidence"] or "")}</blockquote>'
    )


def facts_table(facts: list[dict], sources: list[dict]) -> str:
    """Every meeting and deployment with the articles that report it and their evidence."""
    by_fact: dict[str, list[dict]] = {}
    for source in sources:
        by_fact.setdefault(source["fact_id"], []).append(source)
    rows = [
        f'<tr id="fact-{html.escape(fact["fact_id"])}"><td>{html.escape(fact["fact_type"])}</td>'
        f'<td>{html.escape(fact["fact_date"] or "undated")}</td>'
        f'<td>{html.escape(fact["summary"])}</td><td>{html.escape(fact["status"] or "")}</td>'
        f'<td>{"".join(_source_link(s) for s in by_fact.get(fact["fact_id"], []))}</td></tr>'
        for fact in facts
    ]
    return (
        '<table class="facts"><thead><tr><th>fact</th><th>date</th><th>what</th>'
        "<th>status</th><th>sources</th></tr></thead><tbody>" + "".join(rows) + "</tbody></table>"
    )


def _json_in_script(value: object) -> str:
    """JSON that cannot end the <script> element it is written into."""
    return json.dumps(value).replace("</", "<\\/")


def _code_in_script(code: str) -> str:
    """JavaScript that cannot end the <script> element it is written into."""
    if re.search(r"</script", code, re.IGNORECASE):
        raise ValueError("the JavaScript bundle contains '</script' and cannot be inlined")
    return code


def vega_bundle() -> str:
    """vega, vega-lite and vega-embed in one script, from vl-convert (no network)."""
    import vl_convert
    from altair.utils._importers import vl_version_for_vl_convert

    return vl_convert.javascript_bundle(vl_version=vl_version_for_vl_convert())


def render_page(charts: dict[str, alt.TopLevelMixin], facts_html: str, subtitle: str) -> str:
    """The HTML page: the charts (embedded as Vega-Lite specs) and the table of facts."""
    specs = {name: chart.to_dict() for name, chart in charts.items()}
    divs = "\n".join(
        f'<section><div id="chart-{name}" class="chart"></div></section>' for name in specs
    )
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>newsevents report</title>
<style>
  body {{ font-family: system-ui, sans-serif; margin: 2em auto; max-width: 1100px; color: #222; }}
  .meta {{ color: #777; font-size: 0.85em; }}
  table.facts {{ border-collapse: collapse; width: 100%; font-size: 0.9em; }}
  table.facts td, table.facts th {{
    border-top: 1px solid #ddd; padding: 6px; vertical-align: top; text-align: left;
  }}
  blockquote {{ margin: 2px 0 8px 1em; color: #555; font-style: italic; }}
  section {{ margin: 2em 0; }}
</style>
<script type="text/javascript">
{_code_in_script(vega_bundle())}
</script>
</head>
<body>
<h1>newsevents report</h1>
<p class="meta">{html.escape(subtitle)}</p>
{divs}
<section><h2>Facts and their sources</h2>
{facts_html}
</section>
<script type="text/javascript">
  const specs = {_json_in_script(specs)};
  for (const [name, spec] of Object.entries(specs)) {{
    vegaEmbed('#chart-' + name, spec, {{renderer: 'svg', actions: false}}).catch(console.error);
  }}
</script>
</body>
</html>
"""


def build_report(con: duckdb.DuckDBPyConnection, subtitle: str, top_speakers: int = 15) -> str:
    """The report page of the warehouse open in `con`."""
    facts = _records(con, FACTS)
    charts = {
        "timeline": timeline_chart(facts),
        "meetings": meeting_graph(_records(con, MEETINGS)),
        "destinations": destinations_chart(_records(con, DEPLOYMENTS_BY_DESTINATION)),
        "speakers": speakers_chart(_records(con, SPEAKERS, [top_speakers])),
    }
    return render_page(charts, facts_table(facts, _records(con, SOURCES)), subtitle)


def write_report(published: Path, output: Path) -> Path:
    """Write the report of the published warehouse to `output` (one HTML file)."""
    with connect_published(published) as con:
        articles = con.execute("select count(*) from main.dim_articles").fetchone()[0]
        generated = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
        page = build_report(con, f"{articles} articles in {published}; generated {generated}")
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(page, encoding="utf-8")
    return output

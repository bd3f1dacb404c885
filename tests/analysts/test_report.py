"""`newsevents report`: one self-contained HTML page with the charts and the facts' sources."""

import json
import re
from pathlib import Path

import duckdb
import pytest

from newsevents.cli import main
from tests.analysts.conftest import SampleWarehouse

CHARTS = ("timeline", "meetings", "destinations", "speakers")
CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")


@pytest.fixture(scope="module")
def report(sample_warehouse: SampleWarehouse, tmp_path_factory: pytest.TempPathFactory) -> Path:
    output = tmp_path_factory.mktemp("report") / "report.html"
    published = str(sample_warehouse.published)
    assert main(["report", "--published", published, "--output", str(output)]) == 0
    return output


def _specs(page: str) -> dict:
    found = re.search(r"const specs = (\{.*?\});\n", page, re.S)
    assert found, "no chart specifications in the page"
    return json.loads(found.group(1).replace("<\\/", "</"))


def test_the_page_holds_every_chart_spec_and_works_offline(report: Path):
    page = report.read_text(encoding="utf-8")
    specs = _specs(page)
    assert set(specs) == set(CHARTS)
    for name, spec in specs.items():
        assert "vega-lite" in spec["$schema"], name
        assert f'id="chart-{name}"' in page
    titles = {json.dumps(spec.get("title")) for spec in specs.values()}
    assert any("Who met whom" in title for title in titles)
    # vega, vega-lite and vega-embed are in the page itself: no script is fetched
    assert not re.search(r"<script[^>]+src=", page)
    assert "vegaEmbed" in page and len(page) > 300_000


def test_the_charts_show_the_sample_facts(report: Path, sample_warehouse: SampleWarehouse):
    specs = _specs(report.read_text(encoding="utf-8"))
    quoted = {row["speaker"]: row["statements"] for row in specs["speakers"]["data"]["values"]}
    with duckdb.connect(str(sample_warehouse.published), read_only=True) as con:
        for speaker, count in quoted.items():
            assert con.execute(
                "select count(*) from fct_statements where list_contains(speaker_names, ?)",
                [speaker],
            ).fetchone()[0] == count
        most = con.execute(
            "select max(n) from (select count(*) as n from fct_statements, "
            "unnest(speaker_names) as s(speaker) group by speaker)"
        ).fetchone()[0]
    assert max(quoted.values()) == most
    assert "Keir Starmer" in quoted  # quoted in English and Turkish reports
    destinations = {row["destination"] for row in specs["destinations"]["data"]["values"]}
    assert {"Estonia", "Romania"} <= destinations
    graph_edges = [
        row for layer in specs["meetings"]["layer"] for row in layer["data"]["values"]
        if "pair" in row
    ]
    assert any(row["pair"] == "Donald Trump + Volodymyr Zelensky" for row in graph_edges)
    timeline = {row["summary"] for row in specs["timeline"]["data"]["values"]}
    assert "Donald Trump + Volodymyr Zelensky met in Rome" in timeline


def test_every_chart_spec_draws_with_vega(report: Path):
    """vl-convert runs the same Vega as the page: every spec compiles and draws marks."""
    import vl_convert

    for name, spec in _specs(report.read_text(encoding="utf-8")).items():
        svg = vl_convert.vegalite_to_svg(spec)
        assert svg.count("<path") + svg.count("<line") > 10, name


def test_each_fact_links_to_its_sources(report: Path):
    page = report.read_text(encoding="utf-8")
    facts = re.findall(r'<tr id="fact-[0-9a-f]+">.*?</tr>', page, re.S)
    rome = [row for row in facts if "Donald Trump + Volodymyr Zelensky met in Rome" in row]
    assert len(rome) == 1, "the Rome meeting is not in the table of facts"
    rome = rome[0]
    assert "<td>2025-07-01</td>" in rome
    assert 'href="https://wire.example.org/2025/07/02/trump-zelenskyy-meet-in-rome"' in rome
    assert 'href="https://noticias.example.es/internacional/2025/07/02/trump-zelenski-roma"' in rome
    # files without a URL are linked by path, with the sentence that reports the fact
    assert 'href="file://' in page and "<blockquote>" in page


@pytest.mark.browser
@pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian's chromium (make browser-deps)")
def test_the_charts_render_in_headless_chromium(report: Path):
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"):
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(options=options, service=Service(str(CHROMEDRIVER)))
    try:
        driver.get(report.as_uri())
        for name in CHARTS:
            chart = f"#chart-{name}"
            WebDriverWait(driver, 60).until(
                lambda d, chart=chart: d.find_elements(
                    By.CSS_SELECTOR, f"{chart} svg, {chart} canvas"
                )
            )
            marks = driver.find_elements(
                By.CSS_SELECTOR,
                f"{chart} svg .mark-symbol path, {chart} svg .mark-rect path, "
                f"{chart} svg .mark-rule line",
            )
            assert marks, f"chart {name} drew no marks"
        errors = [entry for entry in driver.get_log("browser") if entry["level"] == "SEVERE"]
        assert not errors, errors
    finally:
        driver.quit()

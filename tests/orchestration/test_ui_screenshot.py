"""The asset graph page renders in headless Chromium; its screenshot is the README's picture.

Needs Debian's `chromium` and `chromium-driver` (`make browser-deps`); run with
`make test-browser`. Writes docs/images/asset-graph.png.
"""

import shutil
import struct
from pathlib import Path

import pytest
from dagster import DagsterRunStatus

from orchestration.partitions import partition_range_tags
from tests.conftest import REPO_ROOT
from tests.orchestration.dagster_server import DagsterServer, run_job

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path(shutil.which("chromedriver") or "/usr/bin/chromedriver")
SCREENSHOT = REPO_ROOT / "docs" / "images" / "asset-graph.png"
WINDOW = (1600, 2200)  # tall enough for the whole graph at a readable zoom
SAMPLE_DAY = "2025-09-24"  # a publication day of the bundled sample
# a node of each layer, drawn once the groups are expanded
LAYER_ASSETS = ("raw_articles", "statements", "dim_articles", "fct_statements")

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        not (CHROMIUM.exists() and CHROMEDRIVER.exists()),
        reason="needs Debian's chromium and chromium-driver: make browser-deps",
    ),
]


def _chromium():
    webdriver = pytest.importorskip("selenium.webdriver")
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for argument in (
        "--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--hide-scrollbars",
        f"--window-size={WINDOW[0]},{WINDOW[1]}",
    ):
        options.add_argument(argument)
    return webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=options)


def _node_styles(driver) -> dict[str, str]:
    """Asset name -> inline style of its box (which carries the status colour)."""
    return driver.execute_script(
        """
        const styles = {};
        for (const name of document.querySelectorAll("[class*='AssetNode_assetName']")) {
          const box = name.closest("[class*='AssetNode_assetNodeContainer']").firstElementChild;
          styles[name.textContent] = box.getAttribute("style") || "";
        }
        return styles;
        """
    )


def _render_asset_graph(driver, url: str, timeout: float = 120) -> dict[str, str]:
    from selenium.common.exceptions import NoSuchElementException, StaleElementReferenceException
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as until
    from selenium.webdriver.support.ui import WebDriverWait

    wait = WebDriverWait(
        driver, timeout, ignored_exceptions=(NoSuchElementException, StaleElementReferenceException)
    )
    graph = (By.CSS_SELECTOR, "svg[class*='svgContainer']")
    skip = (By.XPATH, "//button[normalize-space()='Skip']")
    driver.get(f"{url}/asset-groups")
    # a new instance greets the first visit with "Join the Dagster community": skip it
    wait.until(
        until.any_of(until.element_to_be_clickable(skip), until.presence_of_element_located(graph))
    )
    if driver.find_elements(*skip):
        driver.find_element(*skip).click()
        wait.until(until.invisibility_of_element_located(skip))
    # the global lineage starts with its groups collapsed: expand them from the graph's menu
    # (right-clicking again until the menu shows: the graph may redraw while statuses load)
    expand = (By.XPATH, "//*[@role='menuitem'][contains(., 'Expand all groups')]")

    def expand_item(_):
        shown = [item for item in driver.find_elements(*expand) if item.is_displayed()]
        if not shown:
            ActionChains(driver).context_click(driver.find_element(*graph)).perform()
        return shown[0] if shown else False

    wait.until(expand_item).click()
    wait.until(lambda _: set(LAYER_ASSETS) <= set(_node_styles(driver)))
    # statuses arrive after the layout: the unpartitioned raw_articles turns green (its one
    # materialisation), the partitioned assets grey (one day of thousands is materialised)
    wait.until(lambda _: "accent-green" in _node_styles(driver)["raw_articles"])
    wait.until(lambda _: "accent-" in _node_styles(driver)["fct_statements"])
    # double-clicking the background zooms the graph to fit the window
    driver.execute_script(
        "arguments[0].dispatchEvent(new MouseEvent('dblclick', {bubbles: true}))",
        driver.find_element(*graph),
    )
    wait.until(_zoom_settled(driver))
    return _node_styles(driver)


def _zoom_settled(driver):
    """A condition that holds once the graph's transform stays the same over three polls."""
    seen = []

    def settled(_) -> bool:
        seen.append(
            driver.execute_script(
                "return document.querySelector(\"svg[class*='svgContainer']\")"
                ".parentElement.style.transform"
            )
        )
        return len(seen) >= 3 and seen[-1] == seen[-2] == seen[-3]

    return settled


def _png_size(path: Path) -> tuple[int, int]:
    header = path.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG"
    return struct.unpack(">II", header[16:24])


def test_asset_graph_page_renders_and_is_saved_as_the_readme_picture(dagster_server: DagsterServer):
    client = dagster_server.client
    assert run_job(client, "ingest_job") == DagsterRunStatus.SUCCESS
    assert (
        run_job(client, "daily_job", tags=partition_range_tags(SAMPLE_DAY, SAMPLE_DAY))
        == DagsterRunStatus.SUCCESS
    )

    driver = _chromium()
    try:
        styles = _render_asset_graph(driver, dagster_server.url)
        SCREENSHOT.parent.mkdir(parents=True, exist_ok=True)
        assert driver.save_screenshot(str(SCREENSHOT))
    finally:
        driver.quit()

    assert not [name for name, style in styles.items() if "accent-red" in style]
    width, height = _png_size(SCREENSHOT)
    assert width == WINDOW[0] and height > WINDOW[1] // 2

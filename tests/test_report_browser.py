"""The report in a real browser: Debian's headless Chromium, driven by Selenium.

CI installs ``chromium`` and ``chromium-driver`` (``.ci/run``); where they are
absent (a laptop without them) these tests skip and say why.
"""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from culturedipl import Corpus, Span, identify, query

webdriver = pytest.importorskip("selenium.webdriver", reason="needs selenium (culturedipl[test])")

from selenium.webdriver.common.action_chains import ActionChains  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.common.keys import Keys  # noqa: E402
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402

ARTICLES = Path(__file__).parent / "articles" / "*.txt"


def _program(*names: str) -> str | None:
    for name in names:
        found = shutil.which(name) or (name if Path(name).is_file() else None)
        if found:
            return found
    return None


CHROMIUM = _program(os.environ.get("CHROMIUM", ""), "/usr/bin/chromium", "chromium")
DRIVER = _program(os.environ.get("CHROMEDRIVER", ""), "/usr/bin/chromedriver", "chromedriver")

pytestmark = pytest.mark.skipif(
    CHROMIUM is None or DRIVER is None,
    reason="needs Chromium and chromedriver (Debian: apt-get install chromium chromium-driver)",
)


@pytest.fixture(scope="module")
def corpus() -> Corpus:
    """Our own example articles."""
    return Corpus.from_paths([ARTICLES])


@pytest.fixture(scope="module")
def report_url(corpus: Corpus, tmp_path_factory: pytest.TempPathFactory) -> str:
    """The report of the example articles, as a file:// URL."""
    path = corpus.report(tmp_path_factory.mktemp("report") / "report.html")
    return path.resolve().as_uri()


@pytest.fixture(scope="module")
def driver() -> Iterator[Any]:
    """One headless Chromium for the module, logging the console and the network."""
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu"):
        options.add_argument(argument)
    options.add_argument("--window-size=1400,1000")
    options.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
    service = webdriver.ChromeService(executable_path=str(DRIVER))
    browser = webdriver.Chrome(options=options, service=service)
    try:
        yield browser
    finally:
        browser.quit()


def _open(driver: Any, url: str) -> None:
    driver.get(url)
    WebDriverWait(driver, 30).until(
        lambda d: d.find_element(By.TAG_NAME, "body").get_attribute("data-ready") == "true"
    )


def _count(driver: Any, name: str) -> int:
    text = driver.find_element(By.CSS_SELECTOR, f'[data-count="{name}"]').text
    return int(text.replace(",", ""))


def test_opens_with_no_console_error_and_no_request(driver: Any, report_url: str) -> None:
    """From disk, the page loads nothing but itself and logs no error (CSP included)."""
    driver.get_log("browser")  # drop anything from before
    driver.get_log("performance")
    _open(driver, report_url)
    errors = [entry for entry in driver.get_log("browser") if entry["level"] == "SEVERE"]
    assert errors == []
    requested = []
    for entry in driver.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        if message["method"] == "Network.requestWillBeSent":
            requested.append(message["params"]["request"]["url"])
    assert requested  # the performance log does see requests: the page's own
    assert {url for url in requested if not url.startswith(("data:", "blob:"))} == {report_url}


def test_displayed_summary_equals_the_queries(driver: Any, report_url: str, corpus: Corpus) -> None:
    """The summary's numbers are those of culturedipl.query."""
    _open(driver, report_url)
    assert _count(driver, "articles") == len(corpus)
    assert _count(driver, "meetings") == len(list(query.meetings(corpus)))
    assert _count(driver, "statements") == len(list(query.statements(corpus)))
    assert _count(driver, "initiatives") == len(list(query.initiatives(corpus)))
    assert _count(driver, "officials") == len(list(query.officials(corpus)))
    assert _count(driver, "people") == len(identify(corpus))
    assert _count(driver, "invitations") == len(list(query.invitations(corpus)))


def _click_node(driver: Any, index: int) -> None:
    points = driver.find_elements(
        By.CSS_SELECTOR, "#network-plot .scatterlayer .trace:last-of-type path.point"
    )
    assert len(points) > index
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", points[index])
    ActionChains(driver).move_to_element(points[index]).click().perform()


def test_clicking_a_country_node_filters_the_other_panels(
    driver: Any, report_url: str, corpus: Corpus
) -> None:
    """A click on a country filters meetings, partners, invitations and evidence to it."""
    _open(driver, report_url)
    body = driver.find_element(By.TAG_NAME, "body")
    _click_node(driver, 0)
    WebDriverWait(driver, 10).until(lambda d: body.get_attribute("data-filter"))
    kind, _, country = body.get_attribute("data-filter").partition(":")
    assert kind == "country"
    meetings = list(query.meetings(corpus, country=country))
    statements = list(query.statements(corpus, country=country))
    assert _count(driver, "filtered-meetings") == len(meetings)
    assert _count(driver, "filtered-statements") == len(statements)
    assert _count(driver, "evidence") == len(meetings) + len(statements)
    assert driver.find_element(By.ID, "partner-country").get_attribute("value") == country
    rows = driver.find_elements(By.CSS_SELECTOR, "#partners-table tbody tr[data-country]")
    shown = [
        (r.get_attribute("data-country"), int(r.find_elements(By.TAG_NAME, "td")[2].text))
        for r in rows
    ]
    assert shown == query.partners(corpus, country)
    invited = [
        i
        for i in query.invitations(corpus)
        if any(o.country == country for o in i.statement.speakers)
    ]
    assert _count(driver, "invitations") == len(invited)
    # the timeline gained the filtered series
    assert "meetings of" in driver.find_element(By.ID, "timeline-plot").text
    # a second click on the same node clears the filter
    _click_node(driver, 0)
    WebDriverWait(driver, 10).until(lambda d: body.get_attribute("data-filter") == "")
    assert _count(driver, "evidence") == len(list(query.meetings(corpus))) + len(
        list(query.statements(corpus))
    )


def test_clicking_a_person_node_filters_to_that_person(
    driver: Any, report_url: str, corpus: Corpus
) -> None:
    """In the person network, a click filters the page to one identity's meetings."""
    _open(driver, report_url)
    driver.find_element(By.CSS_SELECTOR, 'input[name="network-by"][value="person"]').click()
    body = driver.find_element(By.TAG_NAME, "body")
    _click_node(driver, 0)
    WebDriverWait(driver, 10).until(lambda d: body.get_attribute("data-filter"))
    kind, _, _index = body.get_attribute("data-filter").partition(":")
    assert kind == "person"
    status = driver.find_element(By.ID, "filter-status").text
    name = status.removeprefix("Showing ").partition(":")[0]
    (person,) = [p for p in identify(corpus) if p.name == name]
    assert _count(driver, "filtered-meetings") == len(list(query.meetings(corpus, person=person)))


def test_the_filter_works_from_the_keyboard(driver: Any, report_url: str, corpus: Corpus) -> None:
    """Tab reaches the filter; arrow keys choose a country, and the page filters to it."""
    _open(driver, report_url)
    body = driver.find_element(By.TAG_NAME, "body")
    body.send_keys(Keys.TAB)  # the skip link first
    for _ in range(12):
        if driver.switch_to.active_element.get_attribute("id") == "filter":
            break
        driver.switch_to.active_element.send_keys(Keys.TAB)
    select = driver.switch_to.active_element
    assert select.get_attribute("id") == "filter"
    select.send_keys(Keys.ARROW_DOWN)
    WebDriverWait(driver, 10).until(lambda d: body.get_attribute("data-filter"))
    kind, _, country = body.get_attribute("data-filter").partition(":")
    assert kind == "country"
    assert _count(driver, "filtered-meetings") == len(list(query.meetings(corpus, country=country)))


def test_an_evidence_row_highlights_the_records_span(
    driver: Any, report_url: str, corpus: Corpus
) -> None:
    """Opening a row (by keyboard too) shows the sentence; the highlight is the span's text."""
    _open(driver, report_url)
    rows = driver.find_elements(By.CSS_SELECTOR, "#evidence-table tbody tr[data-record]")
    assert len(rows) > 20
    for number, row in enumerate(rows[:12]):
        button = row.find_element(By.CSS_SELECTOR, "button.show-evidence")
        if number % 2:
            button.send_keys(Keys.ENTER)
        else:
            driver.execute_script("arguments[0].click()", button)
        assert button.get_attribute("aria-expanded") == "true"
        detail = driver.find_element(By.ID, button.get_attribute("aria-controls"))
        mark = detail.find_element(By.TAG_NAME, "mark")
        article = corpus.article(mark.get_attribute("data-article"))
        assert article.id == row.get_attribute("data-article")
        span = Span(int(mark.get_attribute("data-start")), int(mark.get_attribute("data-end")))
        record = row.get_attribute("data-record")
        spans = {m.id: m.span for m in article.meetings} | {
            s.id: s.span for s in article.statements
        }
        assert spans[record] == span
        assert mark.get_attribute("textContent") == article.text_of(span)
        assert str(article.source) in detail.text


def test_the_print_view_hides_the_controls(driver: Any, report_url: str) -> None:
    """Printed, the page drops its buttons and selects and keeps the tables."""
    _open(driver, report_url)
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    try:
        assert not driver.find_element(By.ID, "filter").is_displayed()
        assert not driver.find_element(By.ID, "clear-filter").is_displayed()
        assert driver.find_element(By.ID, "evidence-table").is_displayed()
    finally:
        driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})

"""The report's figures for docs/report.md: a screenshot, the page's size and its first paint.

    python benchmarks/report.py [PATH ...] [--screenshot docs/_static/report.png]
                                [--articles 10000]
    nox -s report

Writes the report of PATH (default: our own articles, tests/articles*/*.txt)
and a screenshot of it in headless Chromium, then the report of --articles
articles (ours, copied as often as needed, each copy its own id) and prints
its size, the size per article, and the times Chromium took to its first
contentful paint and to the page's panels being drawn. Needs chromium and
chromedriver (Debian: apt-get install chromium chromium-driver) and the
report extra plus selenium. Not part of the test suite.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path
from typing import Any

import attrs
from selenium import webdriver
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from culturedipl import Corpus
from culturedipl.report import write_report

ROOT = Path(__file__).parents[1]
OWN = sorted(ROOT.glob("tests/articles*/*.txt"))


def _driver(width: int, height: int) -> Any:  # noqa: ANN401 - a selenium Chrome
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu"):
        options.add_argument(argument)
    options.add_argument(f"--window-size={width},{height}")
    options.add_argument("--hide-scrollbars")
    service = webdriver.ChromeService(executable_path="/usr/bin/chromedriver")
    return webdriver.Chrome(options=options, service=service)


def _open(driver: Any, path: Path) -> float:  # noqa: ANN401 - a selenium Chrome
    """Open *path*; seconds until the panels are drawn, as the browser's wall clock sees it."""
    start = time.perf_counter()
    driver.get(path.resolve().as_uri())
    WebDriverWait(driver, 600).until(
        lambda d: d.find_element(By.TAG_NAME, "body").get_attribute("data-ready") == "true"
    )
    return time.perf_counter() - start


def _timings(driver: Any, seconds: float) -> str:  # noqa: ANN401 - a selenium Chrome
    """The first contentful paint and the panels' drawing, since navigation."""
    paint = driver.execute_script(
        "var e = performance.getEntriesByName('first-contentful-paint')[0];"
        "return e ? e.startTime : null;"
    )
    ready = driver.execute_script("return Number(document.body.getAttribute('data-ready-ms'));")
    return (
        f"first contentful paint {paint / 1000:.2f} s, panels drawn {ready / 1000:.2f} s "
        f"after navigation ({seconds:.2f} s wall clock)"
    )


def screenshot(paths: list[str], target: Path) -> None:
    """The report of *paths*, filtered to its busiest country, as a PNG."""
    corpus = Corpus.from_paths(paths)
    with tempfile.TemporaryDirectory() as folder:
        page = write_report(corpus, Path(folder) / "report.html")
        driver = _driver(1400, 2000)
        try:
            timings = _timings(driver, _open(driver, page))
            options = driver.find_elements(By.CSS_SELECTOR, "#partner-country option")
            chosen = driver.find_element(By.ID, "partner-country").get_attribute("value")
            assert options
            driver.execute_script(
                "var s = document.getElementById('filter'); s.value = arguments[0];"
                "s.dispatchEvent(new Event('change'));",
                f"country:{chosen}",
            )
            time.sleep(1)
            target.parent.mkdir(parents=True, exist_ok=True)
            driver.save_screenshot(str(target))
        finally:
            driver.quit()
    print(f"screenshot of {len(corpus)} articles: {target}")
    print(f"page for {len(corpus)} articles: {page_size(corpus)}")
    print(f"Chromium, {len(corpus)} articles: {timings}")


def page_size(corpus: Corpus) -> str:
    """The page's size in bytes, and without plotly.js, per article."""
    with tempfile.TemporaryDirectory() as folder:
        size = write_report(corpus, Path(folder) / "report.html").stat().st_size
    from plotly.offline import get_plotlyjs  # the library's share of the page

    library = len(get_plotlyjs().encode())
    per_article = (size - library) / max(len(corpus), 1)
    return f"{size:,} bytes ({library:,} of them plotly.js; {per_article:,.0f} bytes an article)"


def scaled(count: int) -> Corpus:
    """*count* articles: ours, copied, each copy with an id of its own."""
    base = Corpus.from_paths([str(path) for path in OWN])
    copies = []
    for n in range(count):
        article = base[n % len(base)]
        copies.append(attrs.evolve(article, id=f"{article.id}-{n}", source=f"copy-{n}.txt"))
    return Corpus(tuple(copies))


def main() -> None:
    """Print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", default=[str(path) for path in OWN])
    parser.add_argument("--screenshot", type=Path, default=ROOT / "docs/_static/report.png")
    parser.add_argument("--articles", type=int, default=10_000)
    args = parser.parse_args()
    screenshot(args.paths, args.screenshot)

    corpus = scaled(args.articles)
    start = time.perf_counter()
    with tempfile.TemporaryDirectory() as folder:
        page = write_report(corpus, Path(folder) / "report.html")
        written = time.perf_counter() - start
        print(f"page for {len(corpus):,} articles: {page_size(corpus)}; written in {written:.1f} s")
        driver = _driver(1400, 1000)
        try:
            timings = _timings(driver, _open(driver, page))
        finally:
            driver.quit()
    print(f"Chromium, {len(corpus):,} articles: {timings}")


if __name__ == "__main__":
    main()

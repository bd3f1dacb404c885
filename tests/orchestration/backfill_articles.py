"""Small invented articles over four publication days, with known statements per article.

Every statement is a direct quote closed by "<Name> said." or "<Name> told reporters.", with the
speaker introduced by office and full name earlier in the same article, so each counts once.
"""

from pathlib import Path

# file name -> (publication day, text); the header line gives the day and the outlet
ARTICLES = {
    "vienna_trade_talks.txt": (
        "2025-04-07",
        "date 2025-04-07 (Harbour Post)\n"
        "Finance Minister Ilse Brandt met Trade Minister Tomas Varga in Vienna on Monday. "
        '"The talks were frank and useful," Brandt told reporters after the meeting.\n',
    ),
    "border_crossings.txt": (
        "2025-04-08",
        "date 2025-04-08 (Valley Courier)\n"
        "Interior Minister Marta Kowal inspected the northern border posts on Tuesday. "
        '"We will reopen all three crossings before the summer," Kowal said.\n',
    ),
    "grain_corridor.txt": (
        "2025-04-08",
        "date 2025-04-08 (Coastal Times)\n"
        "Agriculture Minister Piet Janssen hosted Transport Minister Elena Duarte in Rotterdam "
        'on Tuesday. "The grain corridor stays open for every partner," Janssen said.\n',
    ),
    "port_visit.txt": (
        "2025-04-09",
        "date 2025-04-09 (Northern Ledger)\n"
        "Prime Minister Jonas Berg visited the port of Bergen on Wednesday. "
        '"Our ports are open to our partners," Berg said. '
        'Harbour Director Sofie Lund welcomed the visit. "We expect twice as many ships next '
        'year," Lund told reporters.\n',
    ),
    "rail_link.txt": (
        "2025-04-10",
        "date 2025-04-10 (Valley Courier)\n"
        "Transport Minister Elena Duarte opened the new rail link on Thursday. "
        '"This line joins two regions that were apart for a century," Duarte said.\n',
    ),
}
STATEMENTS_PER_ARTICLE = {
    "vienna_trade_talks.txt": 1,
    "border_crossings.txt": 1,
    "grain_corridor.txt": 1,
    "port_visit.txt": 2,
    "rail_link.txt": 1,
}


def write_articles(folder: Path) -> Path:
    """Write the articles into `folder` (created) and return it."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, (_, text) in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def expected_counts(first_day: str, last_day: str) -> dict[str, tuple[int, int]]:
    """Articles and statements per publication day, for the days of an inclusive range."""
    counts: dict[str, tuple[int, int]] = {}
    for name, (day, _) in ARTICLES.items():
        if first_day <= day <= last_day:
            articles, statements = counts.get(day, (0, 0))
            counts[day] = (articles + 1, statements + STATEMENTS_PER_ARTICLE[name])
    return counts

"""What counts as article text (for extracted pages and feed items, not for given texts).

On a page without an article, extractors return navigation, cookie notices and link lists.
Article text is prose: at least `MIN_WORDS` words, at least `MIN_SENTENCES` sentences of
`SENTENCE_WORDS`+ words ending in a full stop (or ! ? …), and most of its characters in lines of
`PROSE_LINE_WORDS`+ words (not a list of short link lines).
"""

import re

MIN_WORDS = 50
MIN_SENTENCES = 2
SENTENCE_WORDS = 6
PROSE_LINE_WORDS = 8
MIN_PROSE_SHARE = 0.5
SENTENCE_END = re.compile(r"(?<=[.!?…])[\"'”’»)\]]*\s+")
TERMINAL = re.compile(r"[.!?…][\"'”’»)\]]*$")


def article_problem(text: str) -> str | None:
    """Why `text` is not article text (a human-readable detail), or None when it is."""
    words = len(text.split())
    if words < MIN_WORDS:
        return f"{words} words of extracted text (an article has at least {MIN_WORDS})"
    sentences = sum(
        1
        for sentence in SENTENCE_END.split(text.replace("\n", " "))
        if len(sentence.split()) >= SENTENCE_WORDS and TERMINAL.search(sentence.strip())
    )
    if sentences < MIN_SENTENCES:
        return f"{sentences} sentence(s) in {words} words: not prose"
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    prose = sum(len(line) for line in lines if len(line.split()) >= PROSE_LINE_WORDS)
    share = prose / max(1, sum(len(line) for line in lines))
    if share < MIN_PROSE_SHARE:
        return f"only {share:.0%} of the text is in prose lines: mostly short (link) lines"
    return None

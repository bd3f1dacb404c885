"""Bytes to text: BOMs, UTF-8, else charset-normalizer's candidates weighed by their letters.

charset-normalizer alone reads short Turkish cp1254 text as cp1250 (`konuţlandýrýlmasýnýn`):
single-byte code pages differ only in a few letters, and its coherence score does not separate
them. So every plausible single-byte candidate is decoded and scored by the letters it yields:
letters of the Latin-script languages we read count for it, letters that are typical mojibake
of another code page (ţ ý þ ð đ ř ...) and C1 control characters count against it.
"""

import codecs

from charset_normalizer import from_bytes

BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
SINGLE_BYTE_CANDIDATES = (
    "cp1252",
    "cp1254",
    "iso8859_9",
    "iso8859_15",
    "cp1250",
    "iso8859_2",
    "latin_1",
)
PLAUSIBLE = set("àâäçéèêëîïôöùûüÿœæñáíóúßışğİŞĞÀÂÄÇÉÈÊËÎÏÔÖÙÛÜÑÁÍÓÚŒÆ¿¡«»„“”‘’‚–—…€°§ºª·")
MOJIBAKE = set("ţŢýÝþÞðÐđĐřŘěĚůŮĺĹľĽŕŔňŇťŤďĎ¤¦¨¸¹²³¬¯´¼½¾×÷ŸƒˆŠšŽžŁłŃńőŐűŰ")
SAMPLE_BYTES = 64_000


def bom_encoding(data: bytes) -> str | None:
    for bom, name in BOMS:
        if data.startswith(bom):
            return name
    return None


def _letter_score(text: str) -> int:
    score = 0
    for char in text:
        if char < "\x80":
            continue
        if char in PLAUSIBLE:
            score += 1
        elif char in MOJIBAKE or "\x80" <= char <= "\x9f":
            score -= 3
    return score


def detect_encoding(data: bytes) -> str | None:
    """The encoding of `data` (a whole text or its first bytes); None when it looks binary."""
    bom = bom_encoding(data)
    if bom:
        return bom
    sample = data[:SAMPLE_BYTES]
    try:
        sample.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError as error:
        if len(data) > SAMPLE_BYTES and error.start >= len(sample) - 4:
            return "utf-8"  # a character cut by the sample boundary
    matches = from_bytes(sample)
    best = matches.best()
    if best is None:
        return None
    if best.encoding.startswith(("utf_16", "utf_32", "utf_8")):
        return best.encoding
    candidates = [match.encoding for match in matches]
    candidates += [name for name in SINGLE_BYTE_CANDIDATES if name not in candidates]
    scored = []
    for rank, name in enumerate(candidates):
        try:
            decoded = sample.decode(name)
        except (UnicodeDecodeError, LookupError):
            continue
        scored.append((-_letter_score(decoded), rank, name))
    return min(scored)[2] if scored else best.encoding


def decode(data: bytes, encoding: str | None = None) -> tuple[str, str]:
    """`data` decoded (with `encoding`, else the detected one) and the encoding used.

    Raises ValueError when no encoding fits (binary data).
    """
    name = encoding or detect_encoding(data)
    if name is None:
        raise ValueError("no text encoding fits these bytes")
    return data.decode(name, errors="strict"), name


def normalise_text(text: str) -> str:
    """Line endings to \\n and no BOM; nothing else changes (offsets point into this text)."""
    return text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")

"""Encodings: BOMs, UTF-8, and single-byte code pages weighed by their letters."""

import pytest

from ingest.decoding import decode, detect_encoding, normalise_text

TURKISH_SHORT = "Askerlerin konuşlandırılmasının planlandığı iddia edildi."
TURKISH = "Ağır yağış nedeniyle İstanbul'da okullar bir gün tatil edildi; öğrenciler şaşırdı."


@pytest.mark.parametrize("text", [TURKISH_SHORT, TURKISH])
@pytest.mark.parametrize("encoding", ["cp1254", "iso8859_9"])
def test_turkish_single_byte_text_decodes_to_turkish_letters(text, encoding):
    decoded, used = decode(text.encode(encoding))
    assert decoded == text
    assert used in ("cp1254", "iso8859_9")


def test_turkish_smart_quotes_pick_cp1254():
    text = "Bakan “barış görüşmeleri sürecek” dedi ve İzmir’e döndü."
    decoded, used = decode(text.encode("cp1254"))
    assert (decoded, used) == (text, "cp1254")


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        ("Die Bürgermeisterin begrüßte die Öffnung der Straße am Dienstag.", "cp1252"),
        ("Le maire a annoncé la réouverture du marché couvert après des travaux.", "latin_1"),
        ("El alcalde inauguró la biblioteca pública con una exposición española.", "cp1252"),
    ],
)
def test_western_european_single_byte_text(text, encoding):
    assert decode(text.encode(encoding))[0] == text


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ("Grüße".encode("utf-16"), "utf-16"),
        ("Grüße".encode("utf-16-be").join([b"\xfe\xff", b""]), "utf-16"),
        ("\ufeffGrüße".encode("utf-8"), "utf-8-sig"),
        ("Grüße".encode(), "utf-8"),
    ],
)
def test_boms_and_utf8(data, expected):
    assert detect_encoding(data) == expected
    assert decode(data)[0] == "Grüße"


def test_utf8_cut_at_the_sample_boundary_is_still_utf8():
    data = ("a" * 63_999 + "ş" * 10).encode()
    assert detect_encoding(data) == "utf-8"


def test_normalise_text_only_touches_line_endings_and_bom():
    assert normalise_text("\ufeffone\r\ntwo\rthree  \n\n four") == "one\ntwo\nthree  \n\n four"

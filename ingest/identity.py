"""Near-duplicate identity: MinHash over word 3-shingles, LSH bands stored in the warehouse.

Two records are the same article when the Jaccard similarity of their word 3-shingle sets,
estimated from 128 MinHash values, is at least `THRESHOLD`. Candidates are found by a join on
32 bands of 4 values (probability of becoming a candidate: 0.9994 at Jaccard 0.8, 0.87 at 0.5,
0.27 at 0.3); every candidate is then verified on the full signature.

Shingles are hashed without a Python call per shingle: each word gets a CRC-32 (stable across
processes and versions), the three word hashes of a shingle are mixed with numpy, and
datasketch applies its seeded permutations (scheme `affine32`) to those 32-bit values.
"""

import hashlib
import re
import zlib

import numpy as np
from datasketch import MinHash

NUM_PERM = 128
BANDS = 32
ROWS_PER_BAND = NUM_PERM // BANDS
SHINGLE_WORDS = 3
THRESHOLD = 0.8
WORD = re.compile(r"\w+")
_PERMUTATIONS = MinHash(num_perm=NUM_PERM, seed=1, scheme="affine32").permutations
_MIX = (np.uint64(0x9E3779B1), np.uint64(0x85EBCA77), np.uint64(0xC2B2AE3D))
_LOW32 = np.uint64(0xFFFFFFFF)
# MurmurHash3's fmix32 (shifts and multipliers), as datasketch's affine32 scheme applies it.
_FMIX32 = (np.uint32(16), np.uint32(0x85EBCA6B), np.uint32(13), np.uint32(0xC2B2AE35), np.uint32(16))
# CRC-32 of words seen before: news vocabulary repeats, and a lookup costs a fraction of
# encoding and hashing the word again. Bounded, so memory does not grow with the input.
_WORD_HASHES: dict[str, int] = {}
_WORD_HASHES_MAX = 500_000


def words(text: str) -> list[str]:
    """Case-folded word tokens: blind to wrapping, whitespace, quotes and punctuation."""
    return WORD.findall(text.casefold())


def shingle_hashes(text: str) -> np.ndarray:
    """Distinct 32-bit hashes of the word 3-shingles of `text` (one shingle for shorter texts)."""
    tokens = words(text)
    known = _WORD_HASHES.get
    word_hashes = np.fromiter(
        (value if (value := known(word)) is not None else _word_hash(word) for word in tokens),
        dtype=np.uint64,
        count=len(tokens),
    )
    if len(word_hashes) < SHINGLE_WORDS:
        word_hashes = np.concatenate(
            [word_hashes, np.zeros(SHINGLE_WORDS - len(word_hashes), np.uint64)]
        )
    count = len(word_hashes) - SHINGLE_WORDS + 1
    mixed = np.zeros(count, dtype=np.uint64)
    for offset, factor in enumerate(_MIX):
        mixed = (mixed ^ (word_hashes[offset : offset + count] * factor)) & _LOW32
        mixed = ((mixed << np.uint64(13)) | (mixed >> np.uint64(19))) & _LOW32
    return np.unique(mixed.astype(np.uint32))


def _word_hash(word: str) -> int:
    value = zlib.crc32(word.encode())
    if len(_WORD_HASHES) >= _WORD_HASHES_MAX:
        _WORD_HASHES.clear()
    _WORD_HASHES[word] = value
    return value


def signature(text: str) -> np.ndarray:
    """The MinHash signature of a text: `NUM_PERM` uint32 values.

    datasketch's `affine32` scheme computed on the whole shingle array at once (no Python call
    per shingle): the MurmurHash3 32-bit finalizer, then each permutation `a * x + b` modulo
    2**32, and the minimum per permutation. Equal to `MinHash.update_batch` on the same values.
    """
    values = shingle_hashes(text).reshape(-1, 1)
    shift1, multiplier1, shift2, multiplier2, shift3 = _FMIX32
    values = values ^ (values >> shift1)
    values = values * multiplier1
    values = values ^ (values >> shift2)
    values = values * multiplier2
    values = values ^ (values >> shift3)
    first, second = _PERMUTATIONS
    return (values * first + second).min(axis=0)


def band_hashes(values: np.ndarray) -> list[int]:
    """One unsigned 64-bit key per band of the signature (band index included in the key)."""
    return [
        int.from_bytes(
            hashlib.blake2b(
                band.to_bytes(2, "little")
                + values[band * ROWS_PER_BAND : (band + 1) * ROWS_PER_BAND].tobytes(),
                digest_size=8,
            ).digest(),
            "little",
        )
        for band in range(BANDS)
    ]


def similarity(first: np.ndarray, second: np.ndarray) -> float:
    """Estimated Jaccard similarity of two signatures."""
    return np.count_nonzero(first == second) / len(first)


def jaccard(first: str, second: str) -> float:
    """Exact Jaccard similarity of the shingle sets (for tests and diagnostics)."""
    a, b = set(shingle_hashes(first).tolist()), set(shingle_hashes(second).tolist())
    return len(a & b) / len(a | b)

"""Near-duplicate identity: MinHash over word 3-shingles, LSH bands stored in the warehouse.

Two records are the same article when the Jaccard similarity of their word 3-shingle sets,
estimated from 128 MinHash values, is at least `THRESHOLD`. Candidates are found by a join on
32 bands of 4 values (probability of becoming a candidate: 0.9994 at Jaccard 0.8, 0.87 at 0.5,
0.27 at 0.3); every candidate is then verified on the full signature.

A batch of texts is hashed at once, without a Python call per word or shingle: polars splits
the lower-cased texts into words, each distinct word of the batch gets a CRC-32 (stable across
processes and versions), numpy mixes the three word hashes of each shingle and applies
datasketch's seeded permutations (scheme `affine32`) to those 32-bit values.
"""

import zlib
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from functools import cache

import numpy as np
import polars as pl

NUM_PERM = 128
BANDS = 32
ROWS_PER_BAND = NUM_PERM // BANDS
SHINGLE_WORDS = 3
THRESHOLD = 0.8
WORD = r"\w+"
_MIX = (np.uint32(0x9E3779B1), np.uint32(0x85EBCA77), np.uint32(0xC2B2AE3D))
# MurmurHash3's fmix32 (shifts and multipliers), as datasketch's affine32 scheme applies it.
_FMIX32 = (np.uint32(16), np.uint32(0x85EBCA6B), np.uint32(13), np.uint32(0xC2B2AE35), np.uint32(16))
# SplitMix64's increment and multipliers, and a distinct seed per band.
_SPLITMIX = tuple(
    np.uint64(value) for value in (0x9E3779B97F4A7C15, 0xBF58476D1CE4E5B9, 0x94D049BB133111EB)
)
_BAND_SEEDS = np.arange(1, BANDS + 1, dtype=np.uint64) * _SPLITMIX[1]
# Shingles permuted at once: a (NUM_PERM x shingles) uint32 matrix of 2 MB, which stays in the
# CPU cache (64 MB blocks made the signatures three times slower). A permutation's values lie in
# one row, so that each text's minimum is taken over contiguous memory (`reduceat` down the
# columns of the transposed matrix took 4.5 times longer: 2.4 s against 0.53 s for 10,000 bench
# articles).
_PERMUTED_ROWS = 4096


@cache
def _permutations() -> tuple[np.ndarray, np.ndarray]:
    """datasketch's seeded `affine32` permutations (datasketch imports scipy: about 1 s, paid
    here by a batch's first signatures rather than by every process loading the definitions)."""
    from datasketch import MinHash

    return MinHash(num_perm=NUM_PERM, seed=1, scheme="affine32").permutations


def _word_hashes(texts: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
    """CRC-32 of every word of every text, in order, and each text's word count.

    A text of fewer than `SHINGLE_WORDS` words is padded with empty words (CRC-32 zero) to one
    shingle. The frames are lazy, so that polars splits the work over all cores.
    """
    words = (
        pl.LazyFrame({"text": texts}, schema={"text": pl.String})
        .select(words=pl.col("text").str.to_lowercase().str.extract_all(WORD).fill_null([]))
        .select(
            pl.when(pl.col("words").list.len() >= SHINGLE_WORDS)
            .then("words")
            .otherwise(
                pl.concat_list("words", pl.lit([""] * SHINGLE_WORDS)).list.head(SHINGLE_WORDS)
            )
        )
        .collect()
        .lazy()
    )
    vocabulary = words.select(pl.col("words").explode().unique()).collect().to_series()
    crc = pl.Series([zlib.crc32(word.casefold().encode()) for word in vocabulary], dtype=pl.UInt32)
    hashes = words.select(
        pl.col("words").explode().replace_strict(vocabulary, crc, return_dtype=pl.UInt32)
    ).collect()
    counts = words.select(pl.col("words").list.len()).collect()
    return hashes.to_series().to_numpy(), counts.to_series().cast(pl.Int64).to_numpy()


def _shingles(texts: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
    """Each text's number of shingles, and the 32-bit hash of every shingle of the texts in order.

    A shingle repeated in a text is hashed each time: a minimum does not change for repeats,
    and dropping them costs a sort of every shingle.
    """
    words, counts = _word_hashes(texts)
    positions = len(words) - SHINGLE_WORDS + 1  # where a shingle of consecutive words can start
    mixed = np.zeros(positions, dtype=np.uint32)
    for offset, factor in enumerate(_MIX):
        mixed ^= words[offset : offset + positions] * factor
        mixed = (mixed << np.uint32(13)) | (mixed >> np.uint32(19))
    # none starts at a text's last SHINGLE_WORDS - 1 words (every text has SHINGLE_WORDS or more)
    ends = np.cumsum(counts)
    across = (ends[:, None] - np.arange(1, SHINGLE_WORDS)).ravel()
    starts = np.ones(positions, dtype=bool)
    starts[across[across < positions]] = False
    return counts - (SHINGLE_WORDS - 1), mixed[starts]


def shingle_hashes(text: str) -> np.ndarray:
    """Distinct 32-bit hashes of the word 3-shingles of `text` (one shingle for shorter texts)."""
    return np.unique(_shingles([text])[1])


def signatures(texts: Sequence[str]) -> np.ndarray:
    """The MinHash signatures of `texts`: a (len(texts) x `NUM_PERM`) uint32 matrix.

    datasketch's `affine32` scheme on all shingles at once: the MurmurHash3 32-bit finalizer,
    then each permutation `a * x + b` modulo 2**32, and the minimum per text and permutation.
    Equal to `MinHash.update_batch` on the same values. Blocks of texts are permuted on all
    cores (numpy releases the GIL).
    """
    if not texts:
        return np.empty((0, NUM_PERM), dtype=np.uint32)
    shingles, values = _shingles(texts)
    values = _fmix32(values)
    text_starts = np.cumsum(shingles) - shingles
    row_ends = np.append(text_starts[1:], len(values))
    result = np.empty((len(texts), NUM_PERM), dtype=np.uint32)
    first, second = _permutations()
    first_column, second_column = first.reshape(-1, 1), second.reshape(-1, 1)

    def permute(block: tuple[int, int]) -> None:
        first_text, end_text = block
        offset = text_starts[first_text]
        shingle_values = values[offset : row_ends[end_text - 1]]
        permuted = first_column * shingle_values + second_column  # one row per permutation
        result[first_text:end_text] = np.minimum.reduceat(
            permuted, text_starts[first_text:end_text] - offset, axis=1
        ).T

    with ThreadPoolExecutor(pl.thread_pool_size()) as pool:
        list(pool.map(permute, _text_blocks(text_starts)))
    return result


def _fmix32(values: np.ndarray) -> np.ndarray:
    shift1, multiplier1, shift2, multiplier2, shift3 = _FMIX32
    values = values ^ (values >> shift1)
    values = values * multiplier1
    values = values ^ (values >> shift2)
    values = values * multiplier2
    return values ^ (values >> shift3)


def _text_blocks(text_starts: np.ndarray) -> list[tuple[int, int]]:
    """Consecutive (first, end) ranges of texts with about `_PERMUTED_ROWS` shingles each."""
    blocks, first = [], 0
    while first < len(text_starts):
        limit = np.searchsorted(text_starts, text_starts[first] + _PERMUTED_ROWS, side="right")
        end = max(first + 1, int(limit) - 1)
        blocks.append((first, end))
        first = end
    return blocks


def signature(text: str) -> np.ndarray:
    """The MinHash signature of one text: `NUM_PERM` uint32 values."""
    return signatures([text])[0]


def band_hashes(signatures: np.ndarray) -> np.ndarray:
    """One unsigned 64-bit key per band of each signature, the band's index mixed in.

    A (rows x `BANDS`) matrix for a matrix of signatures, `BANDS` keys for one signature: the
    band's values folded into its seed with the SplitMix64 finalizer, for all bands at once.
    """
    values = signatures.astype(np.uint64).reshape(*signatures.shape[:-1], BANDS, ROWS_PER_BAND)
    keys = np.broadcast_to(_BAND_SEEDS, values.shape[:-1])
    for row in range(ROWS_PER_BAND):
        keys = _splitmix64(keys ^ values[..., row])
    return keys


def shares_a_band(band_keys: np.ndarray) -> np.ndarray:
    """Whether each row of a (rows x `BANDS`) matrix of band keys has a key of another row."""
    _, inverse, counts = np.unique(band_keys.ravel(), return_inverse=True, return_counts=True)
    return (counts[inverse] > 1).reshape(band_keys.shape).any(axis=1)


def _splitmix64(values: np.ndarray) -> np.ndarray:
    values = values + _SPLITMIX[0]
    values = (values ^ (values >> np.uint64(30))) * _SPLITMIX[1]
    values = (values ^ (values >> np.uint64(27))) * _SPLITMIX[2]
    return values ^ (values >> np.uint64(31))


def similarity(first: np.ndarray, second: np.ndarray) -> float | np.ndarray:
    """Estimated Jaccard similarity of two signatures, or row by row of two signature matrices."""
    return np.count_nonzero(first == second, axis=-1) / first.shape[-1]


def jaccard(first: str, second: str) -> float:
    """Exact Jaccard similarity of the shingle sets (for tests and diagnostics)."""
    a, b = set(shingle_hashes(first).tolist()), set(shingle_hashes(second).tolist())
    return len(a & b) / len(a | b)

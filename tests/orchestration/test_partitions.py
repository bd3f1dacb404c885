"""How the touched publication days are grouped into range runs."""

from orchestration.partitions import partition_ranges


def test_days_within_the_gap_share_one_range_and_far_days_run_apart():
    days = ["2025-03-09", "2025-03-01", "2025-03-01", "2025-03-20", "2025-06-01"]
    assert partition_ranges(days, max_gap_days=14) == [
        ("2025-03-01", "2025-03-20"),
        ("2025-06-01", "2025-06-01"),
    ]


def test_the_gap_is_inclusive_and_a_sparse_history_is_cut_at_the_default():
    assert partition_ranges(["2025-01-01", "2025-01-15"], max_gap_days=14) == [
        ("2025-01-01", "2025-01-15")
    ]
    assert partition_ranges(["2025-01-01", "2025-01-16"], max_gap_days=14) == [
        ("2025-01-01", "2025-01-01"),
        ("2025-01-16", "2025-01-16"),
    ]
    # one day with articles every two months: each its own run, no empty days recorded between
    monthly = [f"2025-{month:02d}-01" for month in range(1, 13, 2)]
    assert partition_ranges(monthly) == [(day, day) for day in monthly]


def test_no_days_no_ranges():
    assert partition_ranges([]) == []


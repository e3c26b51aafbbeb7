"""Pure logic of the consumer side: batch offsets (rewind and commit positions) and consumer-group lag."""

from __future__ import annotations

from collections import namedtuple

from kafka import TopicPartition

from pipeline.kafka.consumer import Batch
from pipeline.kafka.lag import PartitionLag, TopicLag

Rec = namedtuple("Rec", "topic partition offset")


def test_batch_rewinds_to_first_and_commits_one_past_last_per_partition() -> None:
    batch = Batch([Rec("t", 0, 5), Rec("t", 0, 6), Rec("t", 1, 9), Rec("t", 0, 7)])  # type: ignore[list-item]
    assert batch.first_offsets() == {TopicPartition("t", 0): 5, TopicPartition("t", 1): 9}
    assert batch.next_offsets() == {TopicPartition("t", 0): 8, TopicPartition("t", 1): 10}


def test_lag_counts_uncommitted_partitions_from_their_first_stored_offset() -> None:
    lag = TopicLag("g", "t", [PartitionLag(0, 10, 10), PartitionLag(1, 7, None, 2), PartitionLag(2, 0, None)])
    assert lag.lag == 5 and not lag.done
    assert lag.describe() == "group=g topic=t lag=5 [1]=5"
    assert TopicLag("g", "t", [PartitionLag(0, 4, 4), PartitionLag(1, 3, None, 3)]).done

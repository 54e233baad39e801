"""Running quotattr on existing distributed engines: Dask (local scheduler) and PySpark (where installed)."""

from __future__ import annotations

import json
import pickle

import pytest

from quotattr import extract_many, extract_partition, extract_quotes

DOCS = [
    ("a", '"We are close," Churkin said, "but not there."'),
    ("b", "Moscow said rebels used such pauses to regroup."),
    ("c", b"not decoded"),
    ("d", "No quotes here at all."),
]


def _expected() -> list[dict[str, object]]:
    return [r.to_dict() for r in extract_many(DOCS)]


def test_results_pickle_and_round_trip_through_json() -> None:
    for result in extract_many(DOCS):
        assert pickle.loads(pickle.dumps(result)) == result
        assert json.loads(json.dumps(result.to_dict())) == result.to_dict()
    quotes = extract_quotes(DOCS[0][1])  # type: ignore[arg-type]
    assert pickle.loads(pickle.dumps(quotes)) == quotes


def test_partition_function_keeps_ids_order_and_errors() -> None:
    out = list(extract_partition(DOCS))
    assert [r["id"] for r in out] == ["a", "b", "c", "d"]
    assert out[0]["quotes"][0]["speaker"]["text"] == "Churkin"
    assert out[2]["error"].startswith("TypeError") and out[2]["quotes"] == []


def test_dask_bag_recipe() -> None:
    db = pytest.importorskip("dask.bag", reason="Dask not installed (pip install -e '.[dask]')")
    bag = db.from_sequence(DOCS, npartitions=2)
    got = bag.map_partitions(extract_partition).compute(scheduler="processes", num_workers=2)
    assert list(got) == _expected()


def test_pyspark_recipe() -> None:
    pyspark_sql = pytest.importorskip("pyspark.sql", reason="PySpark not installed")
    spark = pyspark_sql.SparkSession.builder.master("local[2]").appName("quotattr-test").getOrCreate()
    try:
        rdd = spark.sparkContext.parallelize(DOCS, 2)
        assert rdd.mapPartitions(extract_partition).collect() == _expected()
    finally:
        spark.stop()

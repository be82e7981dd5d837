#!/usr/bin/env python3
"""Runs `threadscan scan --jsonl-in -` under Apache Spark in local mode, as `rdd.pipe`.

Usage: spark-pipe.py BINARY FOLDER [RECORDS] [PARTITIONS]

Makes RECORDS (default 1000) JSON Lines records -- HTML pages, MHTML files in base64, copied
text, and lines that are not records (not JSON, no id, bad base64, wrong types, empty) -- from a
fixed seed, spreads them over PARTITIONS (default 4) partitions, pipes each partition through the
binary, and writes, for each partition N, FOLDER/input-N.jsonl (the lines Spark fed the binary)
and FOLDER/spark-N.jsonl (the lines it got back). The test (SparkPipeTests.swift) then runs the
binary directly on each input file and compares.
"""
import base64
import json
import os
import random
import sys

NAMES = ["ana_k", "bob.m", "Chidi", "dara77", "Eun-ji", "fergus", "Gwen", "hamid_r"]
OPENERS = [
    "I think the council got this one right.",
    "Has anyone got a source for that figure?",
    "No, that is not what the report says at all.",
    "Exactly, this is what I said last week.",
    "You are an absolute idiot if you believe that.",
    "Shut up, nobody asked you.",
    "Fair point, I had not thought of the parking side.",
    "What time does the meeting start on Thursday?",
    "Honestly this thread is going nowhere.",
    "People like you are the reason this town is dying.",
]
TAILS = ["", " Thanks.", " Just saying.", " Read it again.", " :)", " Unbelievable.", " Anyway."]


def post_text(rng):
    return rng.choice(OPENERS) + rng.choice(TAILS)


def html_page(rng, thread, posts):
    rows = []
    for number in range(1, posts + 1):
        author = rng.choice(NAMES)
        rows.append(
            f'<article class="message" data-author="{author}" id="post-{thread}{number}">'
            f'<div class="message-name">{author}</div>'
            f'<time datetime="2024-03-0{1 + number % 9}T10:1{number % 10}:00Z">March {1 + number % 9}, 2024</time>'
            f'<div class="message-body"><div class="bbWrapper">{post_text(rng)}</div></div></article>'
        )
    return (
        f"<!DOCTYPE html><html><head><meta charset=utf-8><title>Thread {thread} | Town forum</title>"
        f'<link rel="canonical" href="https://town.example/threads/t.{thread}/"></head><body>'
        + "".join(rows)
        + "</body></html>"
    )


def mhtml_file(rng, thread, posts):
    html = html_page(rng, thread, posts)
    encoded = base64.encodebytes(html.encode()).decode().replace("\n", "\r\n")
    return (
        "From: <Saved by Blink>\r\nSubject: Thread\r\nMIME-Version: 1.0\r\n"
        'Content-Type: multipart/related; type="text/html"; boundary="----=_b"\r\n\r\n'
        "------=_b\r\nContent-Type: text/html\r\nContent-Transfer-Encoding: base64\r\n"
        f"Content-Location: https://town.example/threads/t.{thread}/\r\n\r\n{encoded}\r\n------=_b--\r\n"
    )


def copied_text(rng, thread, posts):
    lines = [f"Thread {thread}", ""]
    for number in range(1, posts + 1):
        lines += [rng.choice(NAMES), f"Posted March {number}, 2024", "", post_text(rng), "", "Quote", ""]
    return "\n".join(lines)


def bad_line(rng, index):
    kind = index % 6
    if kind == 0:
        return '{"id": "broken-%d", "html": "<p>unterminated' % index
    if kind == 1:
        return json.dumps({"url": "https://town.example/x", "text": "no id here"})
    if kind == 2:
        return json.dumps({"id": f"b64-{index}", "mhtml_base64": "not*base64!"})
    if kind == 3:
        return json.dumps({"id": f"type-{index}", "text": ["a", "list"]})
    if kind == 4:
        return ""
    return json.dumps({"id": index, "html": "<p>one</p>", "text": "two"})


def records(count, seed=13):
    rng = random.Random(seed)
    out = []
    for index in range(count):
        thread = 100 + index // 3
        posts = rng.randint(1, 5)
        roll = rng.random()
        if roll < 0.1:
            out.append(bad_line(rng, index))
        elif roll < 0.45:
            url = f"https://town.example/threads/t.{thread}/page-{1 + index % 3}"
            out.append(json.dumps({"id": f"h{index}", "url": url, "html": html_page(rng, thread, posts)}))
        elif roll < 0.7:
            out.append(json.dumps({"id": index, "url": f"https://town.example/threads/t.{thread}/",
                                   "mhtml_base64": base64.b64encode(mhtml_file(rng, thread, posts).encode()).decode()}))
        else:
            out.append(json.dumps({"id": f"t{index}", "thread": thread, "text": copied_text(rng, thread, posts)}))
    return out


def main():
    binary, folder = sys.argv[1], sys.argv[2]
    count = int(sys.argv[3]) if len(sys.argv) > 3 else 1000
    partitions = int(sys.argv[4]) if len(sys.argv) > 4 else 4
    os.makedirs(folder, exist_ok=True)
    from pyspark import SparkConf, SparkContext

    conf = SparkConf().setMaster("local[2]").setAppName("threadscan-pipe").set("spark.ui.enabled", "false").set("spark.ui.showConsoleProgress", "false")
    context = SparkContext(conf=conf)
    context.setLogLevel("ERROR")
    try:
        rdd = context.parallelize(records(count), partitions)
        inputs = rdd.glom().collect()
        outputs = rdd.pipe(f"{binary} scan --jsonl-in - --quiet").glom().collect()
    finally:
        context.stop()
    for number, (lines_in, lines_out) in enumerate(zip(inputs, outputs)):
        with open(os.path.join(folder, f"input-{number}.jsonl"), "w", encoding="utf-8") as handle:
            handle.write("".join(line + "\n" for line in lines_in))
        with open(os.path.join(folder, f"spark-{number}.jsonl"), "w", encoding="utf-8") as handle:
            handle.write("".join(line + "\n" for line in lines_out))
    print(f"{count} records in {len(inputs)} partitions piped through {binary}")


if __name__ == "__main__":
    main()

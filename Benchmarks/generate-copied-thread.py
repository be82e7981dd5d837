#!/usr/bin/env python3
"""Writes Invision-shaped threads copied as text, for memory and speed measurements.

usage: generate-copied-thread.py FOLDER POSTS [POSTS ...]
Writes FOLDER/thread-POSTS.txt for each count: posts by 40 members, a third quoting the post
before, a quarter with a reaction line, a few uncivil words. The same counts give the same bytes.
"""
import os
import random
import sys

WORDS = (
    "the council library budget garage bus route homework club kids parents vote survey branch "
    "money grant state plan meeting Tuesday programme collection central street closure really "
    "honestly maybe agree wrong idiot clueless pathetic liar great thanks question answer"
).split()


def thread(posts, seed=7):
    rng = random.Random(seed)
    names = [f"member_{i * 37 % 101}" for i in range(40)]

    def sentence():
        return " ".join(rng.choice(WORDS) for _ in range(rng.randint(8, 30))) + "."

    out = ["Jump to content\n\nCouncil votes to close the Eastside branch\n\n\nRecommended Posts\n\n"]
    previous = (names[0], sentence())
    for index in range(posts):
        name = rng.choice(names)
        body = "\n\n".join(sentence() for _ in range(rng.randint(1, 4)))
        out.append("Posted\n")
        if index > 0 and rng.randrange(3) == 0:
            out.append(f"{1 + index % 50} minutes ago, {previous[0]} said:\n\n{previous[1]}\n\n")
        out.append(body + "\n\n")
        if rng.randrange(4) == 0:
            out.append(f"  \u2022 Like {1 + index % 5}\n")
        out.append(name + "\n\n")
        previous = (name, body)
    return "".join(out)


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    folder = sys.argv[1]
    os.makedirs(folder, exist_ok=True)
    for count in map(int, sys.argv[2:]):
        with open(os.path.join(folder, f"thread-{count}.txt"), "w", encoding="utf-8") as file:
            file.write(thread(count))


if __name__ == "__main__":
    main()

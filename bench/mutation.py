"""Mutation check: does the test suite notice deliberate bugs?

    .venv/bin/python bench/mutation.py [--jobs 2] [--only TEXT ...] [--check] [--full]

Each mutant is one small textual change to the code in ``src/dyads/events/``, ``src/dyads/write/``,
``src/dyads/read/`` or the stages between them (``resolve/final.py``, ``when/sentences.py``): a flipped
comparison, a dropped condition, source and target swapped, an off-by-one, a changed constant, an
emptied return. It is applied to a fresh copy of a snapshot of the repository
taken when the run starts (without ``.venv`` and ``.git``; edits made meanwhile do not leak in), in a
temporary folder, with ``PYTHONPATH=<copy>/src`` so that the
copy is imported and ``<tmp>/shared`` linked to the reference data beside the repository; then a
fast subset of the tests runs with ``-x``. A mutant is *caught* when the tests fail. The unmutated
snapshot is run first: if it fails, nothing is counted. Prints one
line a mutant and the share caught; exits 1 when any mutant is missed.

``--check`` only verifies that every mutant's text is still found in the code (the code moves on;
a mutant whose text is gone is reported as stale and not counted). ``--full`` runs the whole suite
instead of the subset.
"""
from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"

# Fast tests first: -x stops at the first failure, so a caught mutant costs little.
TESTS = [
    "tests/events", "tests/test_event_ids.py", "tests/acceptance/test_team_article.py", "tests/test_cli.py",
    "tests/test_lexicon_validation.py", "tests/test_writers.py", "tests/read", "tests/when", "tests/test_outputs.py",
    "tests/test_api.py", "tests/learn",
]
# Slow subprocess and kill -9 cases that no mutant here touches.
DESELECT = "not kill and not stdin_closed and not fifo and not keeps_one_record and not worker_killed"

E, W, R = "src/dyads/events/", "src/dyads/write/", "src/dyads/read/"
F = "src/dyads/resolve/final.py"  # ids, final sources and targets, confidence adjustments (was write/to_records.py)

# (name, file, old text, new text)
MUTANTS: list[tuple[str, str, str, str]] = [
    # -- the learned event layer ------------------------------------------------------------------
    ("learned: names are not masked", E + "model.py",
     'if token.ent_type_ in MASKED_ENTITIES or token.pos_ == "PROPN":\n        return "ENT"',
     'if token.ent_type_ in MASKED_ENTITIES or token.pos_ == "PROPN":\n        return token.lemma_.lower()'),
    ("learned: proposals ignore the threshold", E + "component.py",
     "reading.likely(self.model_threshold)", "reading.likely(0.0)"),
    ("learned: a proposal needs no target", E + "component.py",
     "if candidate is None or candidate.unattributed or not any(m.actor.code for m in candidate.target):",
     "if candidate is None or candidate.unattributed:"),
    ("learned: the model's doubt lowers rule events", E + "component.py",
     "CONFIDENCE.model_agreement * max(probability - 0.5, 0.0)", "CONFIDENCE.model_agreement * (probability - 0.5)"),
    ("learned: a negated event is a label", "src/dyads/learn/corpus.py",
     "return not (self.negated or self.hypothetical)", "return not self.hypothetical"),
    ("learned: held-out part flipped", "src/dyads/learn/corpus.py",
     "digest()[0] < HELDOUT_BELOW", "digest()[0] >= HELDOUT_BELOW"),
    ("learned: spans not checked", "src/dyads/learn/corpus.py",
     "missing = [v for v in value if v not in text]", "missing = []"),
    ("learned: appeals keep the demand code", E + "component.py",
     "            if appeal is not None:\n                candidate.cameo = appeal", "            if False:\n                candidate.cameo = appeal"),
    # -- events -----------------------------------------------------------------------------------
    ("component: specific (verb+object) entries score lower", E + "component.py",
     "confidence = CONFIDENCE.entry_trigger + (CONFIDENCE.specific_trigger if specific else 0.0)",
     "confidence = CONFIDENCE.entry_trigger + (0.0 if specific else CONFIDENCE.specific_trigger)"),
    ("component: a pronoun subject scores like a direct one", E + "component.py",
     'confidence += CONFIDENCE.direct_subject if how in {"nsubj", "agent"} and found == "direct" else CONFIDENCE.indirect_subject',
     'confidence += CONFIDENCE.direct_subject if how in {"nsubj", "agent"} else CONFIDENCE.indirect_subject'),
    ("component: target in the entry's own slots not rewarded", E + "component.py",
     "confidence += CONFIDENCE.entry_target if slot in entry.target else 0.0",
     "confidence += CONFIDENCE.entry_target if slot not in entry.target else 0.0"),
    ("component: needs_target ignored", E + "component.py",
     "if entry.needs_target and not any(m.actor.code for m in target):", "if False:"),
    ("component: hypotheticals coded", E + "component.py",
     "if (modality.hypothetical or modality.obligation) and not converted:", "if modality.obligation and not converted:"),
    ("component: negated events kept", E + "component.py",
     "if not self.keep_negated:", "if self.keep_negated:"),
    ("component: embedding raises confidence", E + "component.py",
     "candidate.confidence -= CONFIDENCE.embedding_step * self._embedding_depth(candidate.trigger)",
     "candidate.confidence += CONFIDENCE.embedding_step * self._embedding_depth(candidate.trigger)"),
    ("component: three-party meeting split into pairs", E + "component.py",
     "if len({m.actor.identity for m in candidate.source}) > 2:", "if len({m.actor.identity for m in candidate.source}) > 3:"),
    ("component: reciprocal events not paired", E + "component.py",
     "return pairs or [candidate]", "return [candidate]"),
    ("component: joint drills of two stay MOBILIZE", E + "component.py",
     "if candidate.event == \"MOBILIZE\" and len({m.actor.code for m in candidate.source if m.actor.code}) > 1:",
     "if candidate.event == \"MOBILIZE\" and len({m.actor.code for m in candidate.source if m.actor.code}) > 2:"),
    ("component: governed triggers not absorbed", E + "component.py",
     "                    governed = True\n", "                    governed = False\n"),
    ("component: speaker never set", E + "component.py",
     "if speech is not None and speaker_token is not None:", "if False:"),
    ("modality: negation on the clause verb ignored", E + "modality.py",
     'negated = any(c.dep_ == "neg" for c in verb.children) or any(c.dep_ == "neg" for c in trigger.children)',
     'negated = any(c.dep_ == "neg" for c in trigger.children)'),
    ("modality: questions not recognised", E + "modality.py",
     'if trigger.sent.text.rstrip().endswith("?"):', 'if trigger.sent.text.rstrip().endswith("!"):'),
    ("modality: two-word denials (\"rule out\") ignored", E + "modality.py",
     "if lemma in denials or phrase in denials:", "if lemma in denials:"),
    ("modality: failures ignored", E + "modality.py", "elif lemma in failures:", "elif lemma in failures and False:"),
    ("wrappers: wrapped event scores higher", E + "wrappers.py",
     "confidence=candidate.confidence - CONFIDENCE.wrapped,", "confidence=candidate.confidence + CONFIDENCE.wrapped,"),
    ("wrappers: negated speech obligation coded", E + "wrappers.py",
     "if not addressees or modality.negated:", "if not addressees:"),
    ("wrappers: request source and target swapped", E + "wrappers.py",
     "source=speakers, target=addressees, confidence=CONFIDENCE.speech_obligation,",
     "source=addressees, target=speakers, confidence=CONFIDENCE.speech_obligation,"),
    ("targets: a single reciprocal source has no target", E + "targets.py",
     "if entry.reciprocal and len(resolver_sources) > 1:", "if entry.reciprocal and len(resolver_sources) >= 1:"),
    ("targets: object-owner fallback emptied", E + "targets.py",
     'return found, "object-owner"', 'return [], ""'),
    ("lexicon: bare verbs before verb+object patterns", E + "lexicon.py",
     "patterns.sort(key=lambda p: (not p.entry.objects, p.particle is None))",
     "patterns.sort(key=lambda p: (bool(p.entry.objects), p.particle is None))"),
    ("lexicon: duplicate entry ids accepted", E + "lexicon.py", "if entry_id in lexicon.entries:", "if False:"),
    ("lexicon: unknown modes accepted", E + "lexicon.py", "if mode and mode not in lexicon.types[event].modes:", "if False:"),
    ("lexicon: cameo.csv line numbers off by one", E + "lexicon.py",
     "for line, row in enumerate(csv.DictReader(handle), start=2):", "for line, row in enumerate(csv.DictReader(handle), start=1):"),
    ("lexicon: Goldstein from the CAMEO root only", E + "lexicon.py",
     "known = self.cameo.get(code) or self.cameo.get(code[:3]) or self.cameo.get(code[:2])", "known = self.cameo.get(code[:2])"),
    ("arguments: pronoun takes the earliest subject, not the nearest", E + "arguments.py",
     "for k in range(bisect_left(self.heads, token.i) - 1, -1, -1):", "for k in range(0, bisect_left(self.heads, token.i)):"),
    # -- write ------------------------------------------------------------------------------------
    ("resolve: event_id from Python's salted hash()", F,
     'return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]', "return format(hash(key) & 0xFFFFFFFFFFFFFFFF, '016x')"),
    ("resolve: event_id without the trigger position", F,
     "doc_id, str(sentence_index), str(candidate.trigger.i - candidate.sentence.start),", "doc_id, str(sentence_index),"),
    ("when: the farthest date in the sentence, not the nearest", "src/dyads/when/sentences.py",
     "distance = min(abs(ent.start - trigger_i), abs(ent.end - 1 - trigger_i))",
     "distance = -min(abs(ent.start - trigger_i), abs(ent.end - 1 - trigger_i))"),
    ("resolve: targetless events not discounted", F,
     "confidence = candidate.confidence - (CONFIDENCE.no_target if not target else 0.0)",
     "confidence = candidate.confidence - (CONFIDENCE.no_target if target else 0.0)"),
    ("resolve: one-sided visits kept", F,
     'if candidate.event == "CONSULT" and not target and len(source) < 2:', 'if candidate.event == "CONSULT" and not target and len(source) < 1:'),
    ("resolve: events between an actor and itself kept", F,
     "if not source or (target and all(a.identity in source_ids for a in target)):", "if not source:"),
    ("resolve: someone else's claim scores higher", F,
     "confidence -= CONFIDENCE.reported", "confidence += CONFIDENCE.reported"),
    ("resolve: sentence_index off by one", F,
     "index = sentence_index[sent.start]", "index = sentence_index[sent.start] + 1"),
    ("to_records: date_published dropped", W + "to_records.py",
     "date_published=_iso(published),", "date_published=None,"),
    ("writers: CSV target_codes from the source", W + "writers.py",
     '"target_codes": ";".join(a["code"] for a in record["target"]),', '"target_codes": ";".join(a["code"] for a in record["source"]),'),
    ("writers: CSV header reordered", W + "writers.py",
     '"event_id", "doc_id", "sentence_index", "date", "date_published", "source_codes", "source_sectors",',
     '"doc_id", "event_id", "sentence_index", "date", "date_published", "source_codes", "source_sectors",'),
    ("writers: .csv written as JSON Lines", W + "writers.py", '".csv": "csv"', '".csv": "jsonl"'),
    ("writers: upper-case extensions not recognised", W + "writers.py",
     'return _SUFFIXES.get(Path(path).suffix.lower(), "jsonl")', 'return _SUFFIXES.get(Path(path).suffix, "jsonl")'),
    # -- read -------------------------------------------------------------------------------------
    ("jsonl: byte-order mark on the first line kept", R + "jsonl.py",
     'yield raw.decode("utf-8-sig" if number == 1 else "utf-8")', 'yield raw.decode("utf-8")'),
    ("jsonl: true taken as an id", R + "jsonl.py",
     "if isinstance(value, int) and not isinstance(value, bool):", "if isinstance(value, int):"),
    ("jsonl: blank text accepted", R + "jsonl.py",
     "if not isinstance(text, str) or not text.strip():", "if not isinstance(text, str):"),
    ("jsonl: empty date string refused", R + "jsonl.py", 'if value is None or value == "":', "if value is None:"),
    ("jsonl: blank title kept", R + "jsonl.py",
     "return value if isinstance(value, str) and value.strip() else None", "return value if isinstance(value, str) else None"),
    ("text: code_text loses the date", R + "text.py",
     "return Document(id=doc_id, text=text.strip(), date_published=date)", "return Document(id=doc_id, text=text.strip(), date_published=None)"),
    ("cleanup: dotted dates read month first", R + "cleanup.py",
     "return _safe_date(int(dotted[3]), int(dotted[2]), int(dotted[1]))", "return _safe_date(int(dotted[3]), int(dotted[1]), int(dotted[2]))"),
    ("cleanup: cookie notices kept", R + "cleanup.py",
     "if len(line) <= 300 and _COOKIE_NOTICE.search(line):", "if len(line) <= 3 and _COOKIE_NOTICE.search(line):"),
    ("cleanup: three-item menus kept", R + "cleanup.py",
     "if len(items) >= 3 and all(len(item.split()) <= 3 for item in items) and", "if len(items) >= 9 and all(len(item.split()) <= 3 for item in items) and"),
    ("cleanup: relative dates not counted back from the crawl date", R + "cleanup.py",
     "day = parts.date_crawled - dt.timedelta(days=d.back.days)", "day = parts.date_crawled"),
    ("cleanup: the page's day-first order ignored", R + "cleanup.py",
     'if "." in text or day_first or (day_first is None and a > 12):', 'if "." in text or (day_first is None and a > 12):'),
    ("cleanup: a standfirst taken for the headline", R + "cleanup.py",
     "points -= 3.0  # a standfirst under the headline", "points -= 0.0  # a standfirst under the headline"),
    ("cleanup: footer headings do not end the body", R + "cleanup.py",
     "_footer_heading(text) or text.casefold()", "False or text.casefold()"),
    ("read: item numbers in messages off by one", R + "__init__.py",
     'yield from _unique((f"item {number}", item) for number, item in enumerate(items, start=1))',
     'yield from _unique((f"item {number}", item) for number, item in enumerate(items, start=0))'),
    ("decode: a single NUL byte not taken as binary", R + "decode.py", 'if b"\\x00" in data:', 'if b"\\x00\\x00" in data:'),
]


def _copy(source: Path, tree: Path) -> None:
    shutil.copytree(source, tree, ignore=shutil.ignore_patterns(".venv", ".git", "__pycache__", "*.duckdb", ".pytest_cache"))


def run_mutant(index: int, mutant: tuple[str, str, str, str] | None, scratch: Path, full: bool) -> tuple[str, str]:
    """Run the tests on a copy of the snapshot with ``mutant`` applied (None: unmutated)."""
    _, path, old, new = mutant or ("baseline", "", "", "")
    work = scratch / f"m{index}"
    tree = work / "tree"
    _copy(scratch / "snapshot", tree)
    if SHARED.is_dir():
        (work / "shared").symlink_to(SHARED)
    if mutant is not None:
        target = tree / path
        text = target.read_text(encoding="utf-8")
        if text.count(old) != 1:
            shutil.rmtree(work, ignore_errors=True)
            return "stale", f"text found {text.count(old)} times in {path}"
        target.write_text(text.replace(old, new, 1), encoding="utf-8")
    env = dict(os.environ, PYTHONPATH=str(tree / "src"), PYTHONDONTWRITEBYTECODE="1")
    env.pop("DYADS_SHARED", None)
    tests = ["tests"] if full else [t for t in TESTS if (tree / t).exists()]
    command = [sys.executable, "-m", "pytest", "-x", "-q", "-p", "no:cacheprovider", f"--basetemp={work / 'tmp'}", *tests]
    if not full:
        command += ["-k", DESELECT]
    done = subprocess.run(command, cwd=tree, env=env, capture_output=True, text=True)
    lines = done.stdout.strip().splitlines()
    failed = next((line for line in lines if line.startswith(("FAILED", "ERROR"))), lines[-1] if lines else "")
    shutil.rmtree(work, ignore_errors=True)
    # 1: tests failed; 2: interrupted (collection error); 5: no tests ran. All mean the bug was noticed
    # except 5, which would be a broken subset.
    if done.returncode == 5:
        return "error", "no tests collected"
    return ("caught" if done.returncode != 0 else "MISSED"), failed[:160]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--jobs", type=int, default=max(1, min(4, (os.cpu_count() or 2))))
    parser.add_argument("--only", action="append", help="run the mutants whose name contains this text (repeatable)")
    parser.add_argument("--check", action="store_true", help="only check that every mutant still applies")
    parser.add_argument("--full", action="store_true", help="the whole suite, not the fast subset")
    args = parser.parse_args()
    mutants = [m for m in MUTANTS if not args.only or any(word in m[0] for word in args.only)]
    if args.check:
        stale = [m for m in mutants if (REPO / m[1]).read_text(encoding="utf-8").count(m[2]) != 1]
        for name, path, old, _ in stale:
            print(f"stale: {name} ({path}: {old[:70]!r})")
        print(f"mutants: {len(mutants)}, stale: {len(stale)}")
        return 1 if stale else 0
    started = time.monotonic()
    results: dict[str, int] = {"caught": 0, "MISSED": 0, "stale": 0, "error": 0}
    with tempfile.TemporaryDirectory(prefix="dyads-mutants-") as scratch, ThreadPoolExecutor(args.jobs) as pool:
        _copy(REPO, Path(scratch) / "snapshot")
        outcome, detail = run_mutant(-1, None, Path(scratch), args.full)
        if outcome != "MISSED":  # the unmutated tree must pass
            print(f"the unmutated snapshot fails its tests ({detail}); nothing counted")
            return 2
        print(f"baseline passes ({time.monotonic() - started:.0f} s)", flush=True)
        futures = [pool.submit(run_mutant, i, m, Path(scratch), args.full) for i, m in enumerate(mutants)]
        for mutant, future in zip(mutants, futures):
            outcome, detail = future.result()
            results[outcome] += 1
            print(f"{outcome:6} {mutant[0]}: {detail}", flush=True)
    counted = results["caught"] + results["MISSED"]
    share = results["caught"] / counted if counted else 0.0
    print(f"mutants: {len(mutants)}, caught: {results['caught']}, missed: {results['MISSED']}, "
          f"stale: {results['stale']}, errors: {results['error']}; caught {share:.0%} ({time.monotonic() - started:.0f} s)")
    return 0 if results["MISSED"] == 0 and results["error"] == 0 else 1


if __name__ == "__main__":
    sys.exit(main())

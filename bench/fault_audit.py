"""The fault and security audit, re-run: bad inputs, bad paths, damaged databases, hostile SQL, kill -9.

    .venv/bin/python bench/fault_audit.py [--keep DIR]

Each case runs real ``dyads`` processes in a scratch folder and is judged on three things:
no traceback, the documented outcome (a coded message, an exit status, files as they should
be), and nothing lost or written that should not be. Prints one line a case and a total;
exits 1 when any case fails.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

DYADS = [sys.executable, "-m", "dyads.cli"]
ARTICLE = (
    "Turkish troops shelled Kurdish positions near Afrin on Monday.\n\n"
    "Russia accused Ukraine of shelling civilians in Donetsk.\n\n"
    "Iran threatened to attack Israel.\n"
)


@dataclass
class Run:
    rc: int
    out: str
    err: str


def dyads(*args: str, cwd: Path, stdin: str | None = None, shell_suffix: str = "") -> Run:
    if shell_suffix:
        command = " ".join(f"'{a}'" for a in (*DYADS, *args)) + " " + shell_suffix
        done = subprocess.run(["bash", "-c", command], cwd=cwd, capture_output=True, text=True, timeout=600)
    else:
        done = subprocess.run([*DYADS, *args], cwd=cwd, input=stdin, capture_output=True, text=True, timeout=600)
    return Run(done.returncode, done.stdout, done.stderr)


def count(db: Path, table: str) -> int:
    import duckdb

    with duckdb.connect(str(db), read_only=True) as con:
        return con.execute(f"SELECT count(*) FROM {table}").fetchall()[0][0]


Case = tuple[str, Callable[[Path], tuple[bool, Run | None]]]


def setup(work: Path) -> Path:
    articles = work / "articles"
    articles.mkdir()
    for n in range(3):
        (articles / f"a{n}.txt").write_text(f"Headline {n}\n\n{ARTICLE}", encoding="utf-8")
    db = work / "base.duckdb"
    dyads("code", str(articles), "--db", str(db), "-q", cwd=work)
    return db


def fresh_db(work: Path, name: str) -> Path:
    copy = work / name
    shutil.copy(work / "base.duckdb", copy)
    return copy


def sql_case(statement: str, leaves: str | None = None) -> Callable[[Path], tuple[bool, Run]]:
    def run(work: Path) -> tuple[bool, Run]:
        db = fresh_db(work, f"sql{abs(hash(statement))}.duckdb")
        before = count(db, "events")
        result = dyads("sql", statement, "--db", str(db), cwd=work)
        refused = result.rc == 1 and ("[E805]" in result.err or "[E814]" in result.err)
        untouched = count(db, "events") == before and (leaves is None or not (work / leaves).exists())
        return refused and untouched, result
    return run


def huge_document(work: Path) -> tuple[bool, Run]:
    lines = work / "huge.jsonl"
    with lines.open("w") as out:
        out.write(json.dumps({"id": "good1", "text": ARTICLE}) + "\n")
        out.write(json.dumps({"id": "huge", "text": "Rebels attacked the town. " * 40_000}) + "\n")
        out.write(json.dumps({"id": "good2", "text": ARTICLE}) + "\n")
    result = dyads("code", str(lines), "-o", "huge_events.jsonl", "--docs", "huge_docs.jsonl", cwd=work)
    docs = [json.loads(line) for line in (work / "huge_docs.jsonl").read_text().splitlines()]
    events = (work / "huge_events.jsonl").read_text().splitlines()
    ok = (result.rc == 3 and "[E203]" in result.err and [d["status"] for d in docs] == ["coded", "skipped", "coded"]
          and len(events) >= 6)
    return ok, result


def duplicate_ids(work: Path) -> tuple[bool, Run]:
    lines = work / "dups.jsonl"
    lines.write_text(json.dumps({"id": "x", "text": ARTICLE}) + "\n"
                     + json.dumps({"id": "x", "text": "China and India held talks in Beijing."}) + "\n")
    db = work / "dups.duckdb"
    result = dyads("code", str(lines), "--db", str(db), cwd=work)
    import duckdb

    with duckdb.connect(str(db), read_only=True) as con:
        sentences = [row[0] for row in con.execute("SELECT s.text FROM mentions m JOIN sentences s USING (doc_id, sentence_index)").fetchall()]
    return result.rc == 3 and "[E115]" in result.err and sentences and not any("China" in s for s in sentences), result


def unreadable_on_rerun(work: Path) -> tuple[bool, Run]:
    folder = work / "rerun"
    shutil.copytree(work / "articles", folder)
    db = work / "rerun.duckdb"
    dyads("code", str(folder), "--db", str(db), "-q", cwd=work)
    before = count(db, "mentions")
    target = folder / "a1.txt"
    target.unlink()
    target.symlink_to(folder / "gone.txt")  # a broken link: unreadable this run
    result = dyads("code", str(folder), "--db", str(db), cwd=work)
    return count(db, "mentions") == before and "kept" in result.err, result


def output_case(args: list[str], code: str, prepare: Callable[[Path], None] | None = None, suffix: str = "") -> Callable:
    def run(work: Path) -> tuple[bool, Run]:
        if prepare:
            prepare(work)
        result = dyads("code", str(work / "articles"), *args, cwd=work, shell_suffix=suffix)
        return result.rc == 1 and f"[{code}]" in result.err and "documents read" not in result.err, result
    return run


def read_only_file(work: Path) -> None:
    target = work / "ro.jsonl"
    target.write_text("previous\n")
    target.chmod(0o444)


def kill_mid_run(work: Path) -> tuple[bool, Run | None]:
    lines = work / "many.jsonl"
    with lines.open("w") as out:
        for n in range(600):
            out.write(json.dumps({"id": f"d{n}", "text": ARTICLE}) + "\n")
    target = work / "killed.jsonl"
    target.write_text("previous complete file\n")
    process = subprocess.Popen([*DYADS, "code", str(lines), "-o", str(target), "-q"], cwd=work,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    partial = work / f".killed.jsonl.{process.pid}.partial"
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and process.poll() is None and not (partial.exists() and partial.stat().st_size):
        time.sleep(0.05)
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    return target.read_text() == "previous complete file\n", None


def kill_worker(work: Path) -> tuple[bool, Run]:
    lines = work / "many.jsonl"  # written by kill_mid_run
    target = work / "worker.jsonl"
    target.write_text("previous complete file\n")
    process = subprocess.Popen([*DYADS, "code", str(lines), "-o", str(target), "-q", "-j", "2", "--batch-size", "8"],
                               cwd=work, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    partial = work / f".worker.jsonl.{process.pid}.partial"
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and process.poll() is None and not (partial.exists() and partial.stat().st_size):
        time.sleep(0.05)
    children = [int(pid) for task in Path(f"/proc/{process.pid}/task").iterdir() for pid in (task / "children").read_text().split()]
    os.kill(children[0], signal.SIGKILL)
    _, err = process.communicate(timeout=300)
    result = Run(process.returncode, "", err)
    return result.rc == 1 and "[E205]" in err and target.read_text() == "previous complete file\n", result


def damaged(kind: str, command: list[str]) -> Callable[[Path], tuple[bool, Run]]:
    def run(work: Path) -> tuple[bool, Run]:
        db = fresh_db(work, f"damaged-{kind}-{command[0]}.duckdb")
        data = bytearray(db.read_bytes())
        if kind == "truncated":
            db.write_bytes(bytes(data[: len(data) // 2]))
        else:
            middle = len(data) // 3
            data[middle : middle + 65536] = os.urandom(min(65536, len(data) - middle))
            db.write_bytes(bytes(data))
        args = [a.replace("DB", str(db)) for a in command]
        result = dyads(*args, cwd=work)
        # a garbled block the command never reads may go unnoticed; what it does notice is named
        return (result.rc != 0 and str(db) in result.err) or (kind == "garbled" and result.rc == 0), result
    return run


def folder_entries(work: Path) -> tuple[bool, Run]:
    folder = work / "odd"
    folder.mkdir()
    (folder / "good.txt").write_text(ARTICLE)
    os.mkfifo(folder / "pipe.txt")
    (folder / "broken.txt").symlink_to(folder / "nowhere.txt")
    (folder / "loop").symlink_to(folder)
    result = dyads("code", str(folder), "-o", "odd.jsonl", cwd=work)
    return result.rc == 3 and all(c in result.err for c in ("[E112]", "[E113]", "[E114]")), result


def closed_stdin(work: Path) -> tuple[bool, Run]:
    result = dyads("code", "-", "-o", "stdin.jsonl", cwd=work, shell_suffix="<&-")
    return result.rc == 4 and "[E117]" in result.err, result


def export_case(target: str, code: str, prepare: Callable[[Path], None] | None = None) -> Callable:
    def run(work: Path) -> tuple[bool, Run]:
        if prepare:
            prepare(work)
        result = dyads("export", target, "--db", str(work / "base.duckdb"), cwd=work)
        return result.rc == 1 and f"[{code}]" in result.err, result
    return run


def export_spares_foreign_files(work: Path) -> tuple[bool, Run]:
    folder = work / "exported.parquet"
    dyads("export", str(folder), "--db", str(work / "base.duckdb"), cwd=work)
    months = [p for p in folder.iterdir() if p.is_dir()]
    foreign = months[0] / "notes.txt"
    foreign.write_text("mine")
    result = dyads("export", str(folder), "--db", str(work / "base.duckdb"), cwd=work)
    return result.rc == 0 and foreign.read_text() == "mine", result


def api_case(snippet: str, expected: str) -> Callable[[Path], tuple[bool, Run]]:
    def run(work: Path) -> tuple[bool, Run]:
        code = f"import dyads\ntry:\n    {snippet}\nexcept Exception as exc:\n    print(type(exc).__name__, exc)\n"
        done = subprocess.run([sys.executable, "-c", code], cwd=work, capture_output=True, text=True, timeout=300)
        result = Run(done.returncode, done.stdout, done.stderr)
        return done.returncode == 0 and done.stdout.startswith(expected), result
    return run


def all_missing(work: Path) -> tuple[bool, Run]:
    result = dyads("code", "no-such-file.txt", "-o", "none.jsonl", cwd=work)
    return result.rc == 4 and "[E109]" in result.err, result


COMMANDS = {
    "code": ["code", "articles", "--db", "DB"], "recode": ["recode", "--db", "DB"], "dyad": ["dyad", "TUR", "SYR", "--db", "DB"],
    "actor": ["actor", "RUS", "--db", "DB"], "events": ["events", "--db", "DB"], "sql": ["sql", "SELECT count(*) FROM events", "--db", "DB"],
    "export": ["export", "out.csv", "--db", "DB"],
}
CASES: list[Case] = [
    ("sql: EXPLAIN ANALYZE COPY ... TO a file", sql_case("EXPLAIN ANALYZE COPY (SELECT 42) TO 'written.csv'", "written.csv")),
    ("sql: EXPLAIN ANALYZE DELETE", sql_case("EXPLAIN ANALYZE DELETE FROM events")),
    ("sql: EXPLAIN ANALYZE INSTALL httpfs", sql_case("EXPLAIN ANALYZE INSTALL httpfs")),
    ("sql: LOAD an extension file", sql_case("LOAD 'ext.duckdb_extension'")),
    ("sql: read_text('/etc/passwd')", sql_case("SELECT * FROM read_text('/etc/passwd')")),
    ("sql: read_csv of a file", sql_case("SELECT * FROM read_csv('/etc/hostname')")),
    ("sql: glob('/*')", sql_case("SELECT * FROM glob('/*')")),
    ("sql: DELETE inside WITH", sql_case("WITH d AS (DELETE FROM events RETURNING *) SELECT count(*) FROM d")),
    ("sql: ATTACH another file", sql_case("ATTACH 'other.duckdb' AS o", "other.duckdb")),
    ("sql: two statements", sql_case("SELECT 1; DELETE FROM events")),
    ("code: a 1,000,000-character document among good ones", huge_document),
    ("code: duplicate ids in one file", duplicate_ids),
    ("code: a stored file unreadable on a re-run", unreadable_on_rerun),
    ("code: -o into a missing folder", output_case(["-o", "missing/events.jsonl"], "E603")),
    ("code: -o onto a folder", output_case(["-o", "articles"], "E604")),
    ("code: -o onto a read-only file", output_case(["-o", "ro.jsonl"], "E605", read_only_file)),
    ("code: -o x.parquet into a missing folder", output_case(["-o", "missing/x.parquet"], "E603")),
    ("code: --docs into a missing folder", output_case(["-o", "ok.jsonl", "--docs", "missing/docs.jsonl"], "E603")),
    ("code: -o /dev/full (disk full)", lambda work: (lambda r: (r.rc == 1 and "[E606]" in r.err, r))(
        dyads("code", str(work / "articles"), "-o", "/dev/full", "-q", cwd=work))),
    ("code: -o - with standard output closed", output_case(["-o", "-"], "E607", suffix=">&-")),
    ("code: kill -9 mid-run keeps the previous -o file", kill_mid_run),
    ("code: a worker process killed mid-run (-j 2)", kill_worker),
    ("code: FIFO, broken link and link loop in a folder", folder_entries),
    ("code: - with standard input closed", closed_stdin),
    ("code: every input missing exits 4", all_missing),
    *((f"damaged ({kind}): {name}", damaged(kind, command)) for kind in ("truncated", "garbled") for name, command in COMMANDS.items()),
    ("export: Parquet onto a plain file", export_case("plain.parquet", "E816", lambda w: (w / "plain.parquet").write_text("x"))),
    ("export: into a missing folder", export_case("missing/out.csv", "E817")),
    ("export: files dyads did not write survive", export_spares_foreign_files),
    ("api: code_text(None)", api_case("dyads.code_text(None)", "TypeError")),
    ("api: code_text(123)", api_case("dyads.code_text(123)", "TypeError")),
    ("api: code_text(text, date=20191201)", api_case("dyads.code_text('Iran threatened Israel.', date=20191201)", "TypeError")),
    ("api: code_documents(['str'])", api_case("list(dyads.code_documents(['str']))", "TypeError")),
    ("api: Document('a', None)", api_case("dyads.Document('a', None)", "TypeError")),
    ("api: Document with a lone surrogate",
     api_case("print(list(dyads.code_documents([dyads.Document('a', 'Iran threatened Israel. \\ud800')])))", "[Skipped")),
    ("api: dyads.open(p).sql('EXPLAIN ANALYZE DELETE ...')",
     api_case("dyads.open('base.duckdb').sql('EXPLAIN ANALYZE DELETE FROM events')", "DyadsError")),
]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keep", help="run in this folder and keep it (default: a temporary one, removed)")
    args = parser.parse_args()
    work = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="dyads-audit-"))
    work.mkdir(parents=True, exist_ok=True)
    setup(work)
    failed = tracebacks = 0
    for name, case in CASES:
        try:
            ok, result = case(work)
        except Exception as exc:  # a case that cannot even be judged counts as failed
            ok, result = False, Run(-1, "", f"{type(exc).__name__}: {exc}")
        traced = result is not None and "Traceback" in result.err
        tracebacks += traced
        ok = ok and not traced
        failed += not ok
        detail = "" if ok or result is None else f"  (exit {result.rc}: {(result.err or result.out).strip().splitlines()[-1:] })"
        print(f"{'held' if ok else 'FAILED':6} {name}{detail}", flush=True)
    print(f"cases: {len(CASES)}, held: {len(CASES) - failed}, failed: {failed}, tracebacks: {tracebacks}")
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()

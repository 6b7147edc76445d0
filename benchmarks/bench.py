"""`make bench`: speed and memory of the extractor on a synthetic corpus, in one run.

    .venv/bin/python benchmarks/bench.py [--docs N] [--reps R] [--mem-docs SMALL,LARGE] [--out FILE]

The corpus is built from `corpus/*.txt` (every article, the Swedish/Danish/English ones included,
as a real feed would have them), repeated and lightly varied so that no cache sees the same text
twice: the last digit of every mark, the day of every "12. juni" date, and a few capitalised words
(consistently within a document, so coreference still works) change from copy to copy; every
100th document is a brief (an article's first line only), as a feed has them: short texts make the
language detector load more of its models, which the memory figures must include. It is
deterministic (seeded).

It measures, and prints as a table and writes as JSON (`benchmarks/results/latest.json`):

* throughput on one core, in this process: `extractor.extract` against bare `spacy.blank("nb")`
  tokenisation (`nlp.pipe`) of the same `--docs` texts. `--reps` repetitions, each over its own
  `--docs` texts (a text met again is cheaper for the tokeniser, whose vocabulary and cache already
  hold its words: repeating the same texts made the tokeniser about twice as fast from the second
  repetition on, which a feed of new articles never sees), each interleaved chunk by chunk (50
  documents through the tokeniser, the same 50 through the pipeline, the next 50 in the other order,
  ...), so that both see the same machine load; medians reported, and the ratio pipeline/tokeniser
  throughput is the median of the per-repetition ratios;
* per-document latency p50/p99 of `extract` (over every document of every repetition);
* where the pipeline's time goes (one pass, stage by stage, as `extract_document` runs them);
* the floor under any tuning of the rules: time inside the compiled engines they call (regex and re
  methods, lingua's detector), counted by cProfile over 300 documents less cProfile's own per-call
  cost, as a multiple of the tokeniser and the ratio it leaves even if all Python work were free;
* start-up: import + pipeline construction, and time to the first records of an article
  (`corpus/nb-01.txt`: lingua's models, the given-name list and dateparser load on first use), in a
  fresh subprocess (median of 3);
* peak resident memory of `extractor extract DIR -o out.jsonl` in a subprocess at two corpus sizes,
  files streamed from disk (`resource.getrusage(RUSAGE_CHILDREN)` of a fresh wrapper process per run);
* `--jobs 2` against `--jobs 1` CLI throughput on the smaller corpus (skipped, with a note, when the
  CLI has no `--jobs`), with how many CPUs two busy processes actually got just before and after
  (a shared machine often gives them one between them).

Sizes come from the arguments or the environment (BENCH_DOCS, BENCH_REPS, BENCH_MEM_DOCS). The
defaults (1,000 texts x 5 repetitions; CLI runs at 1,000 and 10,000 documents, about 1 and 10 MB)
take about four minutes on an otherwise idle 2-core machine, longer on a busy one;
BENCH_MEM_DOCS=5000,50000 gives the issue's sizes in about fifteen minutes more.
Timings on a shared machine are noisy: compare ratios measured in one run, not absolute times
across runs.
"""
from __future__ import annotations

import argparse
import gc
import json
import os
import platform
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "benchmarks" / "results" / "latest.json"
PUBLISHED = "2024-09-01"
sys.path.insert(0, str(ROOT))

_MONTHS = ("januar|februar|mars|april|mai|juni|juli|august|september|oktober|november|desember|"
           "jan|feb|mar|apr|jun|jul|aug|sep|sept|okt|nov|des")


# --------------------------------------------------------------------------- corpus

def base_articles() -> list[tuple[str, str | None]]:
    """(text, published) for every corpus article."""
    out = []
    for path in sorted((ROOT / "corpus").glob("*.txt")):
        meta = path.with_suffix(".json")
        published = json.loads(meta.read_text(encoding="utf-8")).get("published") if meta.exists() else None
        out.append((path.read_text(encoding="utf-8"), published))
    return out


BRIEF_EVERY = 100   # every 100th document is a brief: only its article's first line


def synthetic(n: int, seed: int = 4) -> list[tuple[str, str | None]]:
    """n documents: the corpus articles in turn, each copy lightly varied; every BRIEF_EVERY-th a brief."""
    import regex
    mark = regex.compile(r"(?<=\d[.,:]\d)\d(?!\d)")
    date = regex.compile(rf"(?<![\w.])\d{{1,2}}(?=\.\s?(?:{_MONTHS})\b)", regex.I)
    capital = regex.compile(r"(?<=\p{Ll}\s)\p{Lu}\p{Ll}{4,}(?![\w-])")
    suffixes = ("sen", "stad", "rud", "berg", "vik", "dal", "heim", "seth")
    articles = base_articles()
    rng = random.Random(seed)
    out = []
    for i in range(n):
        text, published = articles[i % len(articles)]
        if i % BRIEF_EVERY == BRIEF_EVERY - 1:
            text = next(line for line in text.splitlines() if line.strip())     # a brief: the first line
        elif i >= len(articles):        # the first copy of each article is the article itself
            text = mark.sub(lambda m: str(rng.randrange(10)), text)
            text = date.sub(lambda m: str(rng.randrange(1, 29)), text)
            words = sorted(set(capital.findall(text)))
            for word in rng.sample(words, min(3, len(words))):
                text = regex.sub(rf"(?<![\w-]){word}(?![\w-])", word + rng.choice(suffixes), text)
        out.append((text, published))
    return out


def write_corpus(docs: list[tuple[str, str | None]], folder: Path) -> int:
    folder.mkdir(parents=True, exist_ok=True)
    size = 0
    for i, (text, _published) in enumerate(docs):
        data = text.encode("utf-8")
        (folder / f"{i // 1000:03d}" / f"doc-{i:06d}.txt").parent.mkdir(exist_ok=True)
        (folder / f"{i // 1000:03d}" / f"doc-{i:06d}.txt").write_bytes(data)
        size += len(data)
    return size


# --------------------------------------------------------------------------- in-process timing

def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


CHUNK = 50      # documents: the tokeniser and the pipeline take turns chunk by chunk
WARM_UP = 50    # documents run before the timing, none of them timed


def throughput(samples, warm_up) -> dict:
    """`samples`: one list of (text, published) per repetition, none sharing a text with another or with
    `warm_up` (the documents run first, for models, lexicons, regexes and caches of the first use)."""
    import spacy
    from extractor import extract
    reps = len(samples)
    tokeniser = spacy.blank("nb")
    for text, published in warm_up:
        extract(text, published=published)
    list(tokeniser.pipe([t for t, _ in warm_up]))
    tok_times, pipe_times, ratios, latencies = [], [], [], []
    for rep, docs in enumerate(samples):
        texts = [t for t, _ in docs]
        tok = pipe = 0.0
        for n, first in enumerate(range(0, len(docs), CHUNK)):
            chunk = docs[first:first + CHUNK]
            chunk_texts = texts[first:first + CHUNK]
            for turn in ((0, 1) if (rep + n) % 2 == 0 else (1, 0)):
                if turn == 0:
                    start = time.perf_counter()
                    for _doc in tokeniser.pipe(chunk_texts):
                        pass
                    tok += time.perf_counter() - start
                else:
                    for text, published in chunk:
                        start = time.perf_counter()
                        extract(text, published=published)
                        elapsed = time.perf_counter() - start
                        latencies.append(elapsed)
                        pipe += elapsed
        tok_times.append(tok)
        pipe_times.append(pipe)
        ratios.append(tok / pipe)           # pipeline throughput / tokeniser throughput
        print(f"  rep {rep + 1}/{reps}: tokeniser {len(texts) / tok:8.0f} docs/s, "
              f"pipeline {len(texts) / pipe:6.0f} docs/s, ratio {tok / pipe:.3f}", flush=True)
    tok, pipe = statistics.median(tok_times), statistics.median(pipe_times)
    megabytes = statistics.median(sum(len(t.encode("utf-8")) for t, _ in docs) / 1e6 for docs in samples)
    return {
        "documents": len(texts), "megabytes": round(megabytes, 3), "repetitions": reps,
        "pipeline": {"docs_per_s": round(len(texts) / pipe, 1), "mb_per_s": round(megabytes / pipe, 3),
                     "ms_per_doc": round(pipe / len(texts) * 1000, 3),
                     "runs_s": [round(t, 3) for t in pipe_times]},
        "tokeniser": {"docs_per_s": round(len(texts) / tok, 1), "mb_per_s": round(megabytes / tok, 3),
                      "ms_per_doc": round(tok / len(texts) * 1000, 3),
                      "runs_s": [round(t, 3) for t in tok_times]},
        "ratio_pipeline_to_tokeniser": round(statistics.median(ratios), 4),
        "ratio_runs": [round(r, 4) for r in ratios],
        "latency_ms": {"p50": round(_percentile(latencies, 0.50) * 1000, 3),
                       "p99": round(_percentile(latencies, 0.99) * 1000, 3),
                       "max": round(max(latencies) * 1000, 3)},
    }


def stages(docs) -> dict:
    """Milliseconds per document in each stage, run as `extract_document` runs them (one pass)."""
    from extractor.api import _to_original
    from extractor.language import detect_language
    from extractor.normalise import normalise
    from extractor.entities import RESULTS, model_default
    from extractor.pipeline import MODEL_KEY, SPANS_KEY, TEXT_KEY, build, parse_published
    totals: dict[str, float] = {}

    def timed(name, fn, *args):
        t0 = time.perf_counter()
        value = fn(*args)
        totals[name] = totals.get(name, 0.0) + time.perf_counter() - t0
        return value

    for text, published in docs:
        exact, base = parse_published(published)
        lang = timed("language", lambda: detect_language(text).code)
        if lang not in ("nb", "nn"):
            continue
        normalised = timed("normalise", normalise, text)
        nlp = build(lang)
        doc = timed("tokenise", nlp.make_doc, normalised.text)
        doc.user_data["published"] = (exact, base)
        doc.user_data[TEXT_KEY] = normalised.text
        doc.user_data[MODEL_KEY] = RESULTS if model_default() else None     # where extract runs the model
        doc.user_data[SPANS_KEY] = False                                     # nor does it build span groups
        for name, component in nlp.pipeline:
            doc = timed(name, component, doc)
        for record in doc._.races or []:
            timed("offsets back", _to_original, record, normalised)
    total = sum(totals.values())
    return {name: {"ms_per_doc": round(t / len(docs) * 1000, 3), "share": round(t / total, 3)}
            for name, t in totals.items()}


def engines(docs, tokeniser_ms: float) -> dict:
    """The floor under any tuning of these rules: the time per document spent inside the compiled
    engines the rules call (regex and re pattern/match methods, lingua's detector), counted by
    cProfile over one pass, less cProfile's own cost per call (measured on a cheap C call here).
    Python work around the calls (loops, linking) is not in it: it is what rules written as
    regular expressions cost even if all the Python around them were free."""
    import cProfile
    import pstats

    import regex as _regex
    from extractor import extract

    for text, published in docs:
        extract(text, published=published)      # a pass first: lingua loads models on first use (briefs)
    profile = cProfile.Profile()
    profile.enable()
    for text, published in docs:
        extract(text, published=published)
    profile.disable()
    seconds, calls = 0.0, 0
    for (filename, _line, name), (_cc, ncalls, tottime, _ct, _callers) in pstats.Stats(profile).stats.items():
        if filename == "~" and any(kind in name for kind in ("_regex.Pattern", "_regex.Match", "re.Pattern",
                                                              "re.Match", "lingua")):
            seconds, calls = seconds + tottime, calls + ncalls
    # cProfile's cost per C call: the same cheap call, counted and not
    pattern, n = _regex.compile("a"), 200_000
    t0 = time.perf_counter()
    for _ in range(n):
        pattern.match("b")
    bare = time.perf_counter() - t0
    counted = cProfile.Profile()
    counted.enable()
    t0 = time.perf_counter()
    for _ in range(n):
        pattern.match("b")
    inflated = time.perf_counter() - t0
    counted.disable()
    per_call = max(0.0, (inflated - bare) / n)
    ms = max(0.0, seconds - calls * per_call) / len(docs) * 1000
    return {"documents": len(docs), "calls_per_doc": round(calls / len(docs)),
            "ms_per_doc": round(ms, 3), "times_tokeniser": round(ms / tokeniser_ms, 2),
            "ceiling_ratio": round(tokeniser_ms / (tokeniser_ms + ms), 3),
            "profiler_cost_per_call_us": round(per_call * 1e6, 3)}


# --------------------------------------------------------------------------- subprocesses

_STARTUP = r"""
import json, sys, time
t0 = time.perf_counter()
import extractor
t1 = time.perf_counter()
extractor.nlp("nb")
t2 = time.perf_counter()
text = open(sys.argv[1], encoding="utf-8").read()
records = extractor.extract(text, published="2024-08-25")
t3 = time.perf_counter()
print(json.dumps({"import_s": t1 - t0, "build_s": t2 - t1, "first_extract_s": t3 - t2, "records": len(records)}))
"""
STARTUP_ARTICLE = ROOT / "corpus" / "nb-01.txt"

# A fresh wrapper per measurement: RUSAGE_CHILDREN's ru_maxrss is the largest child this process
# has waited for, so each measured command needs a parent of its own.
_WRAPPER = r"""
import json, resource, subprocess, sys, time
t0 = time.perf_counter()
code = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE).returncode
wall = time.perf_counter() - t0
print(json.dumps({"returncode": code, "wall_s": wall,
                  "peak_rss_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024}))
"""


def startup(runs: int = 3) -> dict:
    samples = []
    for _ in range(runs):
        t0 = time.perf_counter()
        out = subprocess.run([sys.executable, "-c", _STARTUP, str(STARTUP_ARTICLE)], capture_output=True, text=True,
                             cwd=ROOT, check=True)
        sample = json.loads(out.stdout.strip().splitlines()[-1])
        sample["process_s"] = time.perf_counter() - t0
        samples.append(sample)
    med = lambda key: round(statistics.median(s[key] for s in samples), 3)
    return {"import_and_build_s": round(statistics.median(s["import_s"] + s["build_s"] for s in samples), 3),
            "import_s": med("import_s"), "build_s": med("build_s"),
            "first_record_s": round(statistics.median(s["import_s"] + s["build_s"] + s["first_extract_s"] for s in samples), 3),
            "process_to_first_record_s": med("process_s"), "runs": runs}


def cli(folders: list[Path], out: Path, jobs: int | None = None) -> dict:
    command = [sys.executable, "-m", "extractor", "extract", *map(str, folders), "-o", str(out),
               "--published", PUBLISHED, "--quiet"]
    if jobs is not None:
        command += ["--jobs", str(jobs)]
    result = subprocess.run([sys.executable, "-c", _WRAPPER, *command], capture_output=True, text=True, cwd=ROOT)
    if result.returncode != 0 or not result.stdout.strip():
        raise RuntimeError(f"benchmark wrapper failed: {result.stderr[-2000:]}")
    measured = json.loads(result.stdout.strip().splitlines()[-1])
    if measured["returncode"] != 0:
        raise RuntimeError(f"{' '.join(command)} exited with {measured['returncode']}")
    with out.open(encoding="utf-8") as handle:
        measured["records"] = sum(1 for _ in handle)
    return measured


_SPIN = "sum(i * i for i in range(12_000_000))"


def parallel_capacity() -> float:
    """How many CPUs two processes actually get right now (2.0 on an idle 2-core machine, ~1 when
    other work holds a core): one CPU-bound process alone, then two at once."""
    def wall(n: int) -> float:
        start = time.perf_counter()
        procs = [subprocess.Popen([sys.executable, "-c", _SPIN]) for _ in range(n)]
        for proc in procs:
            proc.wait()
        return time.perf_counter() - start
    one, two = wall(1), wall(2)
    return round(2 * one / two, 2)


def cli_has_jobs() -> bool:
    result = subprocess.run([sys.executable, "-m", "extractor", "extract", "--help"],
                            capture_output=True, text=True, cwd=ROOT)
    return "--jobs" in result.stdout


# --------------------------------------------------------------------------- the Dask engine (issue 7)

def dask_engine(folder: Path, reference: Path, out: Path) -> dict:
    """`extractor extract --engine dask` on its own local cluster (one worker process per CPU) over `folder`:
    docs/s including the cluster's start-up and each worker's pipeline build; the same bytes as `reference`?"""
    import importlib.util
    if importlib.util.find_spec("distributed") is None:
        return {"skipped": "Dask is not installed (pip install '.[dask]')"}
    documents = sum(1 for _ in folder.rglob("*.txt"))
    command = [sys.executable, "-m", "extractor", "extract", str(folder), "-o", str(out),
               "--published", PUBLISHED, "--quiet", "--engine", "dask"]
    start = time.perf_counter()
    result = subprocess.run(command, capture_output=True, text=True, cwd=ROOT)
    wall = time.perf_counter() - start
    if result.returncode != 0:
        return {"skipped": f"exit status {result.returncode}: {result.stderr.strip()[-300:]}"}
    return {"documents": documents, "wall_s": round(wall, 2), "docs_per_s": round(documents / wall, 1),
            "workers": len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count(),
            "same_output": out.read_bytes() == reference.read_bytes()}


# --------------------------------------------------------------------------- report

def _row(name: str, value: str, note: str = "") -> str:
    return f"| {name} | {value} | {note} |"


def table(r: dict) -> str:
    t, s, m = r["throughput"], r["startup"], r["memory"]
    lines = ["| measure | value | note |", "|---|---|---|",
             _row("extract, one core", f"{t['pipeline']['docs_per_s']:.0f} docs/s, {t['pipeline']['mb_per_s']:.2f} MB/s",
                  f"{t['pipeline']['ms_per_doc']:.2f} ms/doc; {t['documents']} docs ({t['megabytes']:.1f} MB), "
                  f"median of {t['repetitions']}"),
             _row("spacy.blank(\"nb\") nlp.pipe", f"{t['tokeniser']['docs_per_s']:.0f} docs/s, {t['tokeniser']['mb_per_s']:.2f} MB/s",
                  f"{t['tokeniser']['ms_per_doc']:.3f} ms/doc"),
             _row("ratio pipeline/tokeniser throughput", f"{t['ratio_pipeline_to_tokeniser']:.3f}",
                  "issue 17 wants >= 0.025; median of per-repetition ratios"),
             _row("regex + lingua calls alone", f"{r['engines']['ms_per_doc']:.2f} ms/doc",
                  f"{r['engines']['times_tokeniser']:.1f}x the tokeniser; {r['engines']['calls_per_doc']} calls/doc; "
                  f"the ratio could not exceed {r['engines']['ceiling_ratio']:.2f} even if all Python work were free")
             if "engines" in r else _row("regex + lingua calls alone", "not measured"),
             _row("latency per document", f"p50 {t['latency_ms']['p50']:.2f} ms, p99 {t['latency_ms']['p99']:.2f} ms",
                  f"max {t['latency_ms']['max']:.1f} ms"),
             _row("start-up: import + pipeline", f"{s['import_and_build_s']:.2f} s",
                  f"import {s['import_s']:.2f} s + build {s['build_s']:.2f} s; fresh process, median of {s['runs']}"),
             _row("start-up: to the first records", f"{s['first_record_s']:.2f} s",
                  "+ the first article (lingua models, given names, dateparser load on first use)")]
    for size in m.get("runs", []):
        lines.append(_row(f"peak RSS, CLI, {size['documents']} docs", f"{size['peak_rss_mb']:.0f} MB",
                          f"{size['documents'] / size['wall_s']:.0f} docs/s incl. start-up, {size['records']} records"))
    if "growth" in m:
        lines.append(_row("peak RSS growth, large vs small", f"{m['growth'] * 100:+.1f} %", "target within 10 %"))
    j = r["jobs"]
    if j.get("skipped"):
        lines.append(_row("--jobs 2 vs --jobs 1", "skipped", j["skipped"]))
    else:
        lines.append(_row("--jobs 2 vs --jobs 1", f"{j['speedup']:.2f}x",
                          f"{j['jobs1_docs_per_s']:.0f} vs {j['jobs2_docs_per_s']:.0f} docs/s on {j['documents']} docs "
                          f"incl. start-up, two runs each; peak RSS of the largest process {j['jobs2_peak_rss_mb']:.0f} MB; "
                          f"target >= 1.6x; CPUs two processes got before/after: "
                          f"{' / '.join(f'{c:.1f}' for c in j.get('cpus_available', []))}"))
    d = r.get("dask") or {"skipped": "no CLI runs"}       # the Dask engine (issue 7)
    if d.get("skipped"):
        lines.append(_row("--engine dask, local cluster", "skipped", d["skipped"]))
    else:
        lines.append(_row("--engine dask, local cluster", f"{d['docs_per_s']:.0f} docs/s",
                          f"{d['workers']} worker processes, {d['documents']} docs incl. cluster start-up and "
                          f"pipeline builds; same output as --jobs 1: {'yes' if d['same_output'] else 'NO'}"))
    lines.append("")
    lines.append("| stage | ms/doc | share |")
    lines.append("|---|---|---|")
    for name, v in r["stages"].items():
        lines.append(f"| {name} | {v['ms_per_doc']:.3f} | {v['share'] * 100:.0f} % |")
    return "\n".join(lines)


def _load() -> list[float] | None:
    """1, 5 and 15-minute load averages: other work on the machine skews every timing."""
    try:
        return [round(x, 2) for x in os.getloadavg()]
    except OSError:
        return None


def _env_int(name: str, default: int) -> int:
    return int(os.environ.get(name, default))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=_env_int("BENCH_DOCS", 1000),
                        help="documents in the in-process throughput sample (env BENCH_DOCS, default 1000)")
    parser.add_argument("--reps", type=int, default=_env_int("BENCH_REPS", 5),
                        help="interleaved repetitions (env BENCH_REPS, default 5)")
    parser.add_argument("--mem-docs", default=os.environ.get("BENCH_MEM_DOCS", "1000,10000"),
                        help="the two CLI corpus sizes for peak memory (env BENCH_MEM_DOCS, default 1000,10000)")
    parser.add_argument("--out", type=Path, default=Path(os.environ.get("BENCH_OUT", RESULTS)),
                        help=f"JSON results (default {RESULTS.relative_to(ROOT)})")
    parser.add_argument("--no-cli", action="store_true", help="skip the CLI runs (memory, --jobs)")
    args = parser.parse_args(argv)
    small, large = sorted(int(x) for x in args.mem_docs.split(","))
    began = time.perf_counter()
    results: dict = {"machine": {"cpus": os.cpu_count(), "python": platform.python_version(),
                                 "platform": platform.platform(), "load_average_start": _load()}}
    try:
        import spacy
        results["machine"]["spacy"] = spacy.__version__
        results["commit"] = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True,
                                           text=True, cwd=ROOT).stdout.strip() or None
    except Exception:       # noqa: BLE001 - informative only
        pass

    print(f"building the synthetic corpus ({max(args.docs, large)} documents) ...", flush=True)
    docs = synthetic(max(args.docs * args.reps + WARM_UP, large))
    sample = docs[:args.docs]
    samples = [docs[r * args.docs:(r + 1) * args.docs] for r in range(args.reps)]
    warm_up = docs[args.docs * args.reps:args.docs * args.reps + WARM_UP]
    warm_up += [(next(line for line in text.splitlines() if line.strip()), published)     # a brief: lingua loads
                for text, published in warm_up[:3]]                                     # the rest of its models

    print(f"start-up (fresh processes) ...", flush=True)
    results["startup"] = startup()
    print(f"throughput: {len(sample)} documents x {args.reps} repetitions ...", flush=True)
    results["throughput"] = throughput(samples, warm_up)
    gc.collect()
    print("stages ...", flush=True)
    results["stages"] = stages(sample[:min(len(sample), 1000)])
    print("compiled engines (regex, lingua), counted by cProfile ...", flush=True)
    results["engines"] = engines(sample[:min(len(sample), 300)], results["throughput"]["tokeniser"]["ms_per_doc"])

    results["memory"], results["jobs"] = {}, {}
    if args.no_cli:
        results["jobs"]["skipped"] = "--no-cli"
    else:
        with tempfile.TemporaryDirectory(prefix="bench-") as tmp:
            tmp = Path(tmp)
            first, rest = tmp / "corpus" / "a", tmp / "corpus" / "b"
            size_small = write_corpus(docs[:small], first)
            size_large = size_small + write_corpus(docs[small:large], rest)
            runs = []
            print(f"CLI, {small} documents ...", flush=True)
            one = cli([first], tmp / "out.jsonl")
            runs.append(dict(one, documents=small, megabytes=round(size_small / 1e6, 3)))
            if cli_has_jobs():
                # two pairs in mirrored order (1 2 2 1) against drifting machine load
                capacity = [parallel_capacity()]
                print(f"CLI, --jobs 2, {small} documents (twice) ...", flush=True)
                twos = [cli([first], tmp / "out2.jsonl", jobs=2) for _ in range(2)]
                same = (tmp / "out.jsonl").read_bytes() == (tmp / "out2.jsonl").read_bytes()
                print(f"CLI, --jobs 1, {small} documents ...", flush=True)
                ones = [one, cli([first], tmp / "out.jsonl", jobs=1)]
                capacity.append(parallel_capacity())
                t1, t2 = sum(r["wall_s"] for r in ones), sum(r["wall_s"] for r in twos)
                results["jobs"] = {"documents": small, "jobs1_docs_per_s": round(2 * small / t1, 1),
                                   "jobs2_docs_per_s": round(2 * small / t2, 1), "speedup": round(t1 / t2, 3),
                                   "jobs1_runs_s": [round(r["wall_s"], 2) for r in ones],
                                   "jobs2_runs_s": [round(r["wall_s"], 2) for r in twos],
                                   "jobs2_peak_rss_mb": round(max(r["peak_rss_mb"] for r in twos), 1),
                                   "same_output": same, "cpus_available": capacity}
            else:
                print("  `extractor extract --help` lists no --jobs: the --jobs comparison is skipped", flush=True)
                results["jobs"]["skipped"] = "the CLI has no --jobs option"
            print(f"CLI, --engine dask (local cluster), {small} documents ...", flush=True)
            results["dask"] = dask_engine(first, tmp / "out.jsonl", tmp / "out-dask.jsonl")
            print(f"CLI, {large} documents ...", flush=True)
            big = cli([first, rest], tmp / "out.jsonl")
            runs.append(dict(big, documents=large, megabytes=round(size_large / 1e6, 3)))
            for run in runs:
                run["wall_s"] = round(run["wall_s"], 3)
                run["peak_rss_mb"] = round(run["peak_rss_mb"], 1)
            results["memory"] = {"runs": runs, "growth": round(runs[1]["peak_rss_mb"] / runs[0]["peak_rss_mb"] - 1, 4)}
    results["elapsed_s"] = round(time.perf_counter() - began, 1)
    results["machine"]["load_average_end"] = _load()
    results["config"] = {"docs": args.docs, "reps": args.reps, "mem_docs": [small, large], "published_cli": PUBLISHED}
    report = table(results)
    print()
    print(report)
    print(f"\n({results['elapsed_s']:.0f} s on {results['machine']['cpus']} CPUs, load average "
          f"{results['machine']['load_average_start']} at the start, {results['machine']['load_average_end']} "
          f"at the end; written to {args.out})")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""The differential test: random scenarios, evaluated by `scenario` and by the reference.

    differential.py [--seconds 60 | --count N] [--seed S] [--binary .build/debug/scenario]
                    [--exact] [--keep-going] [--save DIR]
    differential.py --files FILE... [--manual docs/language.md]   scenarios written by hand

For each seed from S on, generator.py writes a scenario (and perhaps a CSV file) to a scratch
folder; reference.py evaluates it from docs/language.md; `scenario run FILE --format json`
(with the case's --variant, --set and --strict) evaluates it too. Then:
  - the reference finds a mistake (units, shapes, names, division by zero, overflow, ...):
    the tool must exit 2 and say why on standard error;
  - the reference evaluates it: the tool must exit 0 (1 with --strict when a check fails) and
    print every input, line, total and check with the reference's figures (compare.py);
  - a figure near the 128-bit limit may fail in the tool as too large: accepted, and counted.
A crash, a hang (20 s), or an exit status outside 0, 1, 2 is always a mismatch.

The first mismatch prints the scenario, the arguments and both figures, and exits 1 (with
--keep-going: every mismatch, saved under --save). Exit 0 when none was found; 2 for a usage
mistake or a missing binary.
"""
import argparse
import json
import os
import re
import shutil
import subprocess
import sys

sys.dont_write_bytecode = True  # no __pycache__ beside the sources
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from compare import compare_document  # noqa: E402
from generator import generate  # noqa: E402
from reference import Outcome, evaluate  # noqa: E402

UNCERTAIN_BITS = 120  # a figure this wide may overflow an intermediate step inside the tool (a total, a split)


def reference_of(case, folder):
    for name, text in case.files.items():
        with open(os.path.join(folder, name), "w", encoding="utf-8") as f:
            f.write(text)
    return evaluate(case.text, folder, case.variant, case.sets)


def command(binary, path, case):
    arguments = [binary, "run", path, "--format", "json"]
    if case.variant:
        arguments += ["--variant", case.variant]
    for assignment in case.sets:
        arguments += ["--set", assignment]
    if case.strict:
        arguments.append("--strict")
    return arguments


def judge(case, outcome, status, stdout, stderr, exact):
    """(verdict, problems): verdict names the class of agreement for the statistics."""
    if status is None:
        return "hang", ["the tool did not finish in 20 s"]
    if status not in (0, 1, 2):
        return "crash", [f"exit status {status}; stderr: {stderr[-2000:]}"]
    if status == 2 and not stderr.strip():
        return "silent", ["exit 2 with nothing on standard error"]
    if outcome.status == "unsupported":
        return "unsupported", []
    if outcome.status == "error":
        if status != 2:
            return "error", [f"reference: error ({outcome.kind}: {outcome.message}); tool: exit {status}"]
        return "error agreed", []
    if status == 2:
        if "too large" in stderr and outcome.widest >= UNCERTAIN_BITS:
            return "overflow near the limit", []
        return "figures", [f"reference: evaluates (widest figure {outcome.widest} bits); tool: exit 2\n{stderr}"]
    failed = any(not c["passed"] for c in outcome.checks)
    expected = 1 if case.strict and failed else 0
    try:
        document = json.loads(stdout)
    except ValueError as error:
        return "figures", [f"the JSON does not parse: {error}"]
    # A writer that puts the figures as shown beside the exact ones ("shown") gives exact figures.
    exact = exact or '"shown"' in stdout
    compared = compare_document(outcome, document, exact)
    problems = list(compared.items)
    if status != expected:
        problems.insert(0, f"exit status: reference {expected}, tool {status}")
    case.known = compared.known
    return "figures agreed" if not problems else "figures", problems


def report(case, path, arguments, problems, stdout, stderr):
    print(f"MISMATCH (seed {case.seed}, planted: {case.planted})")
    print("$ " + " ".join(arguments))
    print("--- scenario")
    print(case.text, end="")
    for name, text in case.files.items():
        print(f"--- {name}")
        print(text, end="")
    print("--- differences")
    for problem in problems[:40]:
        print("  " + problem)
    if len(problems) > 40:
        print(f"  ... and {len(problems) - 40} more")
    print("--- tool stderr")
    print(stderr[-3000:])


class WrittenCase:
    """A scenario written by hand, run as it is or with one of its variants."""

    def __init__(self, path, variant):
        self.seed, self.planted, self.files, self.sets, self.strict = path, None, {}, [], False
        self.variant = variant
        with open(path, "rb") as f:
            data = f.read()
        try:
            self.text = data.decode("utf-8")
        except UnicodeDecodeError:
            self.text = None  # docs/robustness.md: "the file is not UTF-8 text"


def manual_examples(markdown, folder):
    """The ```scenario blocks of a Markdown file as files in `folder` (with its ```csv files)."""
    with open(markdown, encoding="utf-8") as f:
        text = f.read()
    paths = []
    for number, (kind, body) in enumerate(re.findall(r"```(scenario|csv [^\n]*)\n(.*?)```", text, re.S)):
        if kind.startswith("csv"):
            name = kind.split()[1]
        else:
            name = f"example-{number:02d}.scenario"
            paths.append(os.path.join(folder, name))
        with open(os.path.join(folder, name), "w", encoding="utf-8") as f:
            f.write(body)
    return paths


def compare_files(binary, files, manual, exact):
    scratch = tempfile.mkdtemp(prefix="differential-")
    try:
        paths = list(files) + (manual_examples(manual, scratch) if manual else [])
        stats, mismatched = {}, 0
        for path in paths:
            folder = os.path.dirname(os.path.abspath(path))
            with open(path, "rb") as f:
                source = f.read().decode("utf-8", errors="replace")
            variants = [None] + sorted(set(re.findall(r"^variant\s+(\w+)", source, re.M)))
            for variant in variants:
                case = WrittenCase(path, variant)
                outcome = evaluate(case.text, folder, variant, []) if case.text is not None \
                    else Outcome("error", "encoding", "the file is not UTF-8 text")
                arguments = command(binary, os.path.abspath(path), case)
                run = subprocess.run(arguments, capture_output=True, text=True, timeout=60, cwd=folder)
                verdict, problems = judge(case, outcome, run.returncode, run.stdout, run.stderr, exact)
                stats[verdict] = stats.get(verdict, 0) + 1
                label = f"{path}{' --variant ' + variant if variant else ''}"
                print(f"  {verdict:<24} {label}{': ' + outcome.message if verdict == 'unsupported' else ''}")
                for known in getattr(case, "known", []):
                    print(f"    known tool finding: {known}")
                if problems:
                    mismatched += 1
                    report(case, path, arguments, problems, run.stdout, run.stderr)
        summary = ", ".join(f"{v} {k}" for k, v in sorted(stats.items()))
        print(f"differential: {sum(stats.values())} runs of {len(paths)} files: {summary}; {mismatched} mismatched")
        return 1 if mismatched else 0
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--seconds", type=float, default=None)
    p.add_argument("--count", type=int, default=None)
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--binary", default=".build/debug/scenario")
    p.add_argument("--exact", action="store_true", help="every decimal in the JSON must be the exact figure")
    p.add_argument("--keep-going", action="store_true")
    p.add_argument("--save", default=None, help="a folder to copy each mismatching scenario to")
    p.add_argument("--files", nargs="*", default=None, help="compare these scenarios (and each variant) instead")
    p.add_argument("--manual", default=None, help="compare the scenario examples of this Markdown file too")
    options = p.parse_args()
    if not os.access(options.binary, os.X_OK):
        print(f"differential: no executable '{options.binary}'; build it with 'swift build'", file=sys.stderr)
        return 2
    binary = os.path.abspath(options.binary)
    if options.files is not None or options.manual:
        return compare_files(binary, options.files or [], options.manual, options.exact)
    deadline = time.monotonic() + (options.seconds if options.seconds is not None else 60)
    limit = options.count if options.count is not None else (None if options.seconds is not None else None)
    stats, figures, mismatched, seed, near_limit = {}, 0, 0, options.seed, []
    scratch = tempfile.mkdtemp(prefix="differential-")
    try:
        while (limit is None or seed - options.seed < limit) and (options.count is not None or time.monotonic() < deadline):
            folder = os.path.join(scratch, str(seed))
            os.makedirs(folder)
            case = generate(seed, evaluate=lambda c: reference_of(c, folder))
            outcome = reference_of(case, folder)
            path = os.path.join(folder, "generated.scenario")
            with open(path, "w", encoding="utf-8") as f:
                f.write(case.text)
            arguments = command(binary, path, case)
            try:
                run = subprocess.run(arguments, capture_output=True, text=True, timeout=20, cwd=folder)
                status, stdout, stderr = run.returncode, run.stdout, run.stderr
            except subprocess.TimeoutExpired:
                status, stdout, stderr = None, "", ""
            verdict, problems = judge(case, outcome, status, stdout, stderr, options.exact)
            stats[verdict] = stats.get(verdict, 0) + 1
            if verdict == "overflow near the limit":
                near_limit.append(seed)
            figures += len(outcome.lines) if verdict == "figures agreed" else 0
            if problems:
                mismatched += 1
                report(case, path, arguments, problems, stdout, stderr)
                if options.save:
                    target = os.path.join(options.save, f"seed-{seed}")
                    shutil.copytree(folder, target, dirs_exist_ok=True)
                if not options.keep_going:
                    break
            shutil.rmtree(folder, ignore_errors=True)
            seed += 1
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    total = seed - options.seed + (1 if mismatched and not options.keep_going else 0)
    summary = ", ".join(f"{v} {k}" for k, v in sorted(stats.items()))
    print(f"differential: {total} scenarios (seeds {options.seed}..{options.seed + total - 1}): {summary}; "
          f"{figures} lines compared; {mismatched} mismatched")
    if near_limit:
        print(f"differential: the tool found a figure too large where the reference held every one, near the "
              f"128-bit limit (seeds {', '.join(map(str, near_limit))})")
    return 1 if mismatched else 0


if __name__ == "__main__":
    sys.exit(main())

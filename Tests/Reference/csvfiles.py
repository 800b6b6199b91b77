"""CSV files a scenario names (a list's members, the actuals), from docs/language.md: read beside
the scenario, never outside its folder."""
import csv
import os

from lexer import ReferenceError_


def read_rows(path, folder):
    """The file's rows, each a list of fields; a file outside the scenario's folder, or missing,
    is a mistake."""
    inside = os.path.realpath(folder)
    if os.path.commonpath([inside, os.path.realpath(path)]) != inside:
        raise ReferenceError_("csv", f"'{path}' is outside the scenario's folder")
    if not os.path.isfile(path):
        raise ReferenceError_("csv", f"no file '{path}'")
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.reader(f))

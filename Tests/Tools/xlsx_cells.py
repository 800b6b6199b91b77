#!/usr/bin/env python3
"""Reads an .xlsx workbook with nothing but Python's standard library and prints its cells as JSON.

An independent reader for the export tests: it shares no code with the Swift writer. It opens the
ZIP with zipfile (which checks every entry's CRC-32), finds the sheets through the workbook and its
relationships as a spreadsheet does, and reads each cell's value, type and formula. Every formula
that is a SUM of one range on its own sheet is recalculated here, exactly, with decimal.Decimal
over the cells it names, and compared with the value cached in the file; every other formula is
recalculated by a real spreadsheet engine in WorkbookRecalculationTests.

Each cell also gives its style as the styles part resolves it: "numFmt" (the number format's id)
and "fill" (the ARGB colour of a solid fill, or null), and its "comment" when the sheet has a
note on it (read from the comments part the sheet's relationships name).

Usage: xlsx_cells.py WORKBOOK.xlsx
Output: {"sheets": [{"name": ..., "cells": {"B2": {"value": "98923", "type": "n", "formula": "SUM(B2:D2)",
         "recalculated": "350000", "numFmt": 164, "fill": null}, ...}}], "problems": [...]}
Exit status: 0 when it could be read and every formula's recalculation matches its cached value.
"""
import json
import re
import sys
import zipfile
import xml.etree.ElementTree as ET
from decimal import Decimal
from posixpath import dirname, join, normpath

MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
PKG = "{http://schemas.openxmlformats.org/package/2006/relationships}"


def column_number(letters):
    number = 0
    for letter in letters:
        number = number * 26 + (ord(letter) - 64)
    return number


def column_letters(number):
    letters = ""
    while number > 0:
        number, remainder = divmod(number - 1, 26)
        letters = chr(65 + remainder) + letters
    return letters


def split_reference(reference):
    match = re.fullmatch(r"([A-Z]+)([0-9]+)", reference)
    if not match:
        raise ValueError("bad cell reference " + reference)
    return column_number(match.group(1)), int(match.group(2))


def cells_in(range_text):
    first, last = range_text.split(":")
    (c1, r1), (c2, r2) = split_reference(first), split_reference(last)
    for row in range(r1, r2 + 1):
        for column in range(c1, c2 + 1):
            yield column_letters(column) + str(row)


def text_of(element):
    return "".join(t.text or "" for t in element.iter(MAIN + "t"))


def main(path):
    problems = []
    archive = zipfile.ZipFile(path)
    bad = archive.testzip()
    if bad is not None:
        problems.append("bad CRC-32 in " + bad)
    names = set(archive.namelist())
    for required in ["[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml"]:
        if required not in names:
            problems.append("missing part " + required)

    root_rels = ET.fromstring(archive.read("_rels/.rels"))
    workbook_path = next(r.get("Target") for r in root_rels.iter(PKG + "Relationship") if r.get("Type").endswith("/officeDocument"))
    workbook = ET.fromstring(archive.read(workbook_path))
    rels_path = join(dirname(workbook_path), "_rels", workbook_path.split("/")[-1] + ".rels")
    targets = {r.get("Id"): r.get("Target") for r in ET.fromstring(archive.read(rels_path)).iter(PKG + "Relationship")}
    shared = []
    if "xl/sharedStrings.xml" in names:
        shared = [text_of(si) for si in ET.fromstring(archive.read("xl/sharedStrings.xml")).iter(MAIN + "si")]

    styles = ET.fromstring(archive.read("xl/styles.xml"))
    fills = []
    for fill in styles.find(MAIN + "fills").findall(MAIN + "fill"):
        pattern = fill.find(MAIN + "patternFill")
        colour = pattern.find(MAIN + "fgColor") if pattern is not None else None
        solid = pattern is not None and pattern.get("patternType") == "solid" and colour is not None
        fills.append(colour.get("rgb") if solid else None)
    formats = [(int(xf.get("numFmtId", "0")), fills[int(xf.get("fillId", "0"))])
               for xf in styles.find(MAIN + "cellXfs").findall(MAIN + "xf")]

    sheets = []
    for sheet in workbook.iter(MAIN + "sheet"):
        part = normpath(join(dirname(workbook_path), targets[sheet.get(REL + "id")]))
        comments = {}
        sheet_rels = join(dirname(part), "_rels", part.split("/")[-1] + ".rels")
        if sheet_rels in names:
            for r in ET.fromstring(archive.read(sheet_rels)).iter(PKG + "Relationship"):
                if r.get("Type").endswith("/comments"):
                    for comment in ET.fromstring(archive.read(normpath(join(dirname(part), r.get("Target"))))).iter(MAIN + "comment"):
                        comments[comment.get("ref")] = text_of(comment)
        cells = {}
        for c in ET.fromstring(archive.read(part)).iter(MAIN + "c"):
            kind = c.get("t", "n")
            formula = c.find(MAIN + "f")
            v = c.find(MAIN + "v")
            if kind == "inlineStr":
                value = text_of(c.find(MAIN + "is"))
            elif kind == "s":
                value = shared[int(v.text)]
            else:
                value = v.text if v is not None else None
            cell = {"value": value, "type": "s" if kind in ("s", "inlineStr", "str") else kind}
            if formula is not None:
                cell["formula"] = formula.text
            cell["numFmt"], cell["fill"] = formats[int(c.get("s", "0"))]
            if c.get("r") in comments:
                cell["comment"] = comments[c.get("r")]
            cells[c.get("r")] = cell
        for reference, cell in cells.items():
            formula = cell.get("formula")
            if formula is None:
                continue
            match = re.fullmatch(r"SUM\(([A-Z]+[0-9]+:[A-Z]+[0-9]+)\)", formula)
            if not match:
                continue
            total = Decimal(0)
            for name in cells_in(match.group(1)):
                if name in cells and cells[name]["type"] == "n" and cells[name]["value"] is not None:
                    total += Decimal(cells[name]["value"])
            cell["recalculated"] = str(total)
            if cell["value"] is None or Decimal(cell["value"]) != total:
                problems.append(f"{sheet.get('name')}!{reference}: {formula} is {total}, cached {cell['value']}")
        sheets.append({"name": sheet.get("name"), "cells": cells})

    json.dump({"sheets": sheets, "problems": problems}, sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))

#!/usr/bin/env python3
"""Writes a copy of an .xlsx workbook with its formulas' cached values removed and, optionally,
some number cells changed: what a test hands a spreadsheet so that every figure it then shows
is one it calculated itself, after an input was changed as a user would change it.

Uses nothing but Python's standard library (zipfile, re); shares no code with the Swift writer.

Usage: xlsx_edit.py IN.xlsx OUT.xlsx [SHEET!CELL=NUMBER | SHEET!CELL="TEXT"]...
  e.g. xlsx_edit.py model.xlsx changed.xlsx 'Inputs!H4=0.03' 'Inputs!P7="2018-08"'

Every other part is copied byte for byte. A changed cell must be a number cell (an input), not a
formula; text in quotes replaces a text cell's text. Exit status 0 when written; 1 with a message when a cell to change is not found.
"""
import re
import sys
import zipfile
import xml.etree.ElementTree as ET
from xml.sax.saxutils import escape
from posixpath import dirname, join, normpath

MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
PKG = "{http://schemas.openxmlformats.org/package/2006/relationships}"

# A formula cell: its <f> element, then its cached <v>; the cache goes, the formula stays.
CACHED = re.compile(r"(<c [^>]*>)(<f>.*?</f>)<v>.*?</v>(</c>)", re.S)


def sheet_parts(archive):
    """Sheet name -> the part holding it, found as a spreadsheet finds it."""
    workbook = ET.fromstring(archive.read("xl/workbook.xml"))
    rels = ET.fromstring(archive.read("xl/_rels/workbook.xml.rels"))
    targets = {r.get("Id"): r.get("Target") for r in rels.iter(PKG + "Relationship")}
    return {s.get("name"): normpath(join("xl", targets[s.get(REL + "id")])) for s in workbook.iter(MAIN + "sheet")}


def main(source, destination, changes):
    archive = zipfile.ZipFile(source)
    parts = sheet_parts(archive)
    wanted = {}
    for change in changes:
        target, value = change.rsplit("=", 1)
        sheet, cell = target.rsplit("!", 1)
        if sheet not in parts:
            print(f"no sheet {sheet!r}", file=sys.stderr)
            return 1
        wanted.setdefault(parts[sheet], []).append((cell, value))
    with zipfile.ZipFile(destination, "w", zipfile.ZIP_DEFLATED) as out:
        for info in archive.infolist():
            data = archive.read(info.filename)
            if info.filename in parts.values():
                text = data.decode("utf-8")
                # The type of a text formula's result goes with its cache.
                text = CACHED.sub(lambda m: m.group(1).replace(' t="str"', "") + m.group(2) + m.group(3), text)
                for cell, value in wanted.get(info.filename, []):
                    if len(value) >= 2 and value.startswith('"') and value.endswith('"'):
                        # Text typed into a text cell (a month such as 2018-08): its inline string.
                        pattern = re.compile(r'(<c r="' + cell + r'"[^>]*t="inlineStr"[^>]*><is><t[^>]*>)[^<]*(</t></is></c>)')
                        text, count = pattern.subn(lambda m: m.group(1) + escape(value[1:-1]) + m.group(2), text)
                        if count != 1:
                            print(f"no text cell {cell} in {info.filename}", file=sys.stderr)
                            return 1
                        continue
                    pattern = re.compile(r'(<c r="' + cell + r'"[^>]*>)<v>[^<]*</v>(</c>)')
                    text, count = pattern.subn(lambda m: m.group(1) + "<v>" + value + "</v>" + m.group(2), text)
                    if count != 1:
                        print(f"no number cell {cell} in {info.filename}", file=sys.stderr)
                        return 1
                data = text.encode("utf-8")
            out.writestr(info, data)
    return 0


if __name__ == "__main__":
    if len(sys.argv) < 3:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    sys.exit(main(sys.argv[1], sys.argv[2], sys.argv[3:]))

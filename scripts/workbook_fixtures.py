"""Writes the test workbooks of Tests/TandemCoreTests/Fixtures/workbooks/.

Run through scripts/make-workbook-fixtures, which brings openpyxl. The realistic workbooks come
from openpyxl, as a user's spreadsheet would come from Excel; the edge cases that openpyxl never
writes (inline strings, cached formula values, prefixed tags, phonetic runs) are written by hand,
part by part. The hostile files (a zip bomb, a header that lies, an Excel 97 signature, an
encrypted workbook, an OpenDocument sheet) are made byte by byte. Every zip is rewritten with
fixed entry times, so remaking the fixtures changes no byte.
"""

import datetime as dt
import io
import re
import struct
import sys
import zipfile
from pathlib import Path

import openpyxl
from openpyxl.styles import Alignment, Font
from openpyxl.utils.datetime import CALENDAR_MAC_1904

FIXED_TIME = (2026, 1, 1, 0, 0, 0)
FIXED_DATE = dt.datetime(2026, 1, 1)


def normalized(data: bytes) -> bytes:
    """The same zip with fixed entry times (openpyxl stamps the time of writing)."""
    source = zipfile.ZipFile(io.BytesIO(data))
    output = io.BytesIO()
    with zipfile.ZipFile(output, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            entry = zipfile.ZipInfo(info.filename, date_time=FIXED_TIME)
            entry.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(entry, source.read(info.filename))
    return output.getvalue()


INLINE_STRING = re.compile(r'<c ([^>]*?) ?t="inlineStr"([^>]*)><is><t(?: xml:space="preserve")?>(.*?)</t></is></c>', re.S)


def with_shared_strings(data: bytes) -> bytes:
    """The workbook with its text in a shared string table, as Excel saves it. openpyxl writes
    every text cell as an inline string, which Excel itself never does."""
    source = zipfile.ZipFile(io.BytesIO(data))
    parts = {info.filename: source.read(info.filename) for info in source.infolist()}
    strings = {}

    def shared(match):
        index = strings.setdefault(match.group(3), len(strings))
        return f'<c {match.group(1)} t="s"{match.group(2)}><v>{index}</v></c>'

    for name in list(parts):
        if name.startswith("xl/worksheets/") and name.endswith(".xml"):
            parts[name] = INLINE_STRING.sub(shared, parts[name].decode("utf-8")).encode("utf-8")
    items = "".join(f'<si><t xml:space="preserve">{text}</t></si>' for text in strings)
    parts["xl/sharedStrings.xml"] = (f'<sst xmlns="{MAIN}" count="{len(strings)}" uniqueCount="{len(strings)}">'
                                     f"{items}</sst>").encode("utf-8")
    relationship = f'<Relationship Id="rIdStrings" Type="{RELS}/sharedStrings" Target="sharedStrings.xml"/>'
    # openpyxl stamps the time of saving as the modified time, whatever the properties say.
    parts["docProps/core.xml"] = re.sub(
        rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>2026-01-01T00:00:00Z", parts["docProps/core.xml"])
    rels = parts["xl/_rels/workbook.xml.rels"].decode("utf-8")
    parts["xl/_rels/workbook.xml.rels"] = rels.replace("</Relationships>", relationship + "</Relationships>").encode()
    override = ('<Override PartName="/xl/sharedStrings.xml" ContentType="application/'
                'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>')
    types = parts["[Content_Types].xml"].decode("utf-8")
    parts["[Content_Types].xml"] = types.replace("</Types>", override + "</Types>").encode("utf-8")
    return zipped(parts)


def saved(workbook) -> bytes:
    workbook.properties.created = FIXED_DATE
    workbook.properties.modified = FIXED_DATE
    workbook.properties.creator = "Tandem fixtures"
    buffer = io.BytesIO()
    workbook.save(buffer)
    return with_shared_strings(buffer.getvalue())


def zipped(parts: dict, stored_first: str = None) -> bytes:
    """A zip of `parts` (name → text), deflated, `stored_first` uncompressed and first."""
    output = io.BytesIO()
    with zipfile.ZipFile(output, "w", zipfile.ZIP_DEFLATED) as target:
        for name, text in parts.items():
            entry = zipfile.ZipInfo(name, date_time=FIXED_TIME)
            entry.compress_type = zipfile.ZIP_STORED if name == stored_first else zipfile.ZIP_DEFLATED
            target.writestr(entry, text.encode("utf-8") if isinstance(text, str) else text)
    return output.getvalue()


# MARK: - Realistic workbooks (openpyxl)

def portfolio() -> bytes:
    """A government major-projects portfolio: a cover sheet, then the data under a merged title
    block, headers on two lines, £m columns, dates as date cells, withheld cells, a footnote."""
    workbook = openpyxl.Workbook()
    cover = workbook.active
    cover.title = "Cover"
    cover["A1"] = "Annual Report on Major Projects 2023-24"
    cover["A1"].font = Font(bold=True, size=16)
    cover["A3"] = "Contents"
    cover["A4"] = "GMPP Portfolio"

    sheet = workbook.create_sheet("GMPP Portfolio")
    sheet["A1"] = "Government Major Projects Portfolio: Annual Report 2024"
    sheet["A1"].font = Font(bold=True, size=14)
    sheet.merge_cells("A1:H1")
    sheet["A2"] = "Data as at 31 March 2024. Figures in £ millions."
    sheet.merge_cells("A2:H2")
    headers = [
        "GMPP ID", "Project Name", "Department", "IPA Delivery Confidence\nAssessment",
        "Schedule Start Date\n(Latest Approved)", "Schedule End Date\n(Latest Approved)",
        "Whole Life Cost\n(£m)", "Financial Year Baseline\n(£m) 2023-24",
    ]
    for column, header in enumerate(headers, start=1):
        cell = sheet.cell(row=4, column=column, value=header)
        cell.font = Font(bold=True)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    withheld = "Exempt under Section 43"
    rows = [
        ("GMPP-0001", "Border Systems Programme", "Home Office", "Amber",
         dt.date(2014, 4, 1), dt.date(2025, 3, 31), 1234.56, 98.7),
        ("GMPP-0002", "Hospital Build Programme", "Department of Health & Social Care", "Red",
         dt.date(2020, 10, 1), withheld, 20450, withheld),
        ("GMPP-0003", "Digital Tax Platform", "HM Revenue & Customs", "Green",
         dt.date(2019, 1, 15), dt.date(2027, 12, 31), 512.3, 41.25),
        ("GMPP-0004", "Rail Signalling Renewal", "Department for Transport", "Amber/Red",
         withheld, dt.date(2031, 3, 31), 3120, 0),
        ("GMPP-0005", "Cyber Resilience", "Cabinet Office", "N/A",
         dt.date(2022, 6, 30), dt.date(2026, 6, 30), 87, None),
    ]
    for row_number, row in enumerate(rows, start=5):
        for column, value in enumerate(row, start=1):
            cell = sheet.cell(row=row_number, column=column, value=value)
            if isinstance(value, dt.date):
                cell.number_format = "dd/mm/yyyy"
            elif column == 7 and isinstance(value, (int, float)):
                cell.number_format = "#,##0.0"
            elif column == 8 and isinstance(value, (int, float)):
                cell.number_format = '"£"#,##0.00"m"'
    sheet["A11"] = "Source: Infrastructure and Projects Authority. Figures may not sum due to rounding."
    sheet.merge_cells("A11:H11")
    sheet.freeze_panes = "C5"
    for column, width in zip("ABCDEFGH", (12, 30, 34, 16, 16, 16, 14, 16)):
        sheet.column_dimensions[column].width = width

    lists = workbook.create_sheet("Lists")
    lists.sheet_state = "hidden"
    for row, rating in enumerate(("Green", "Amber/Green", "Amber", "Amber/Red", "Red"), start=1):
        lists.cell(row=row, column=1, value=rating)
    return saved(workbook)


def kpi_tracker() -> bytes:
    """A KPI tracker: one row per KPI, one column per month (headers are dates shown mmm-yy),
    percentages formatted as percentages, a gap where a month was not reported."""
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "KPI Tracker"
    sheet["A1"] = "Operational KPIs FY2024/25"
    sheet.merge_cells("A1:D1")
    months = [dt.date(2024, month, 1) for month in range(4, 10)]
    for column, header in enumerate(["KPI ID", "KPI", "Unit", "Target"], start=1):
        sheet.cell(row=2, column=column, value=header)
    for column, month in enumerate(months, start=5):
        cell = sheet.cell(row=2, column=column, value=month)
        cell.number_format = "mmm-yy"
    kpis = [
        ("ED-4H", "Patients seen within 4 hours", "%", 0.95, "0%",
         [0.746, 0.752, 0.761, None, 0.7705, 0.78], "0.0%"),
        ("ED-12H", "12-hour waits from arrival", "count", 1500, "#,##0",
         [1843, 1702, 1650, 1588, 1490, 1421], "#,##0"),
        ("AMB-C2", "Category 2 response (minutes)", "min", 30, "0",
         [36.2, 32.5, 31.8, 34, 29.9, 28.7], "0.0"),
        ("STAFF-VAC", "Staff vacancy rate", "%", 0.08, "0.0%",
         [0.094, 0.0915, 0.089, 0.0875, 0.0862, 0.0851], "0.00%"),
    ]
    for row, (kpi_id, name, unit, target, target_format, values, value_format) in enumerate(kpis, start=3):
        sheet.cell(row=row, column=1, value=kpi_id)
        sheet.cell(row=row, column=2, value=name)
        sheet.cell(row=row, column=3, value=unit)
        sheet.cell(row=row, column=4, value=target).number_format = target_format
        for column, value in enumerate(values, start=5):
            if value is not None:
                sheet.cell(row=row, column=column, value=value).number_format = value_format
    # Which way is better, after the months, as trackers add it once someone asks.
    sheet.cell(row=2, column=11, value="Better")
    for row, better in enumerate(("Higher", "Lower", "Lower", "Lower"), start=3):
        sheet.cell(row=row, column=11, value=better)
    sheet["A8"] = "Notes: June not reported (system migration)."
    return saved(workbook)


def council_register() -> bytes:
    """A council's corporate risk register: a title block, its own header names, likelihood and
    impact as words, owners by job title, review dates as date cells, a withheld cell."""
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "Corporate Risks"
    sheet["A1"] = "Riverside Council: Corporate Risk Register"
    sheet["A1"].font = Font(bold=True, size=14)
    sheet.merge_cells("A1:J1")
    sheet["A2"] = "Reviewed quarterly by the Audit Committee"
    headers = [
        "Risk Ref", "Risk Title", "Category", "Risk Owner", "Inherent Likelihood", "Inherent Impact",
        "Residual Likelihood", "Residual Impact", "Controls in Place", "Last Reviewed",
    ]
    for column, header in enumerate(headers, start=1):
        sheet.cell(row=4, column=column, value=header).font = Font(bold=True)
    rows = [
        ("CR01", "Cyber attack disrupts services", "Cyber", "Director of Digital", "Likely", "Major",
         "Possible", "Major", "MFA; offline backups", dt.date(2026, 9, 15)),
        ("CR02", "Adult social care provider fails", "Operational", "Director of Operations", "Possible",
         "Severe", "Unlikely", "Major", "Provider monitoring", dt.date(2026, 7, 1)),
        ("CR03", "Data protection breach", "Privacy", "Chief Executive", "Almost certain", "Moderate",
         "Likely", "Minor", "", "Exempt under Section 43"),
        ("CR04", "Flooding of the depot", "Operational", "Director of Operations", "Rare", "Catastrophic",
         "Rare", "Major", "Flood barriers", dt.date(2025, 11, 30)),
    ]
    for row_number, row in enumerate(rows, start=5):
        for column, value in enumerate(row, start=1):
            cell = sheet.cell(row=row_number, column=column, value=value if value != "" else None)
            if isinstance(value, dt.date):
                cell.number_format = "d mmm yyyy"
    return saved(workbook)


def dates_1904() -> bytes:
    """A workbook in the 1904 date system, as old Mac Excel saved them."""
    workbook = openpyxl.Workbook()
    workbook.epoch = CALENDAR_MAC_1904
    sheet = workbook.active
    sheet.title = "Mac Dates"
    sheet.append(["Milestone", "Due"])
    sheet.append(["Kick-off", dt.date(2024, 3, 31)])
    sheet.append(["Epoch", dt.date(1904, 1, 1)])
    sheet.append(["Plain number", 1462])
    sheet["B2"].number_format = "yyyy-mm-dd"
    sheet["B3"].number_format = "yyyy-mm-dd"
    return saved(workbook)


# MARK: - Written by hand

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PACKAGE_RELS = "http://schemas.openxmlformats.org/package/2006/relationships"

CONTENT_TYPES = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
</Types>"""

ROOT_RELS = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="{PACKAGE_RELS}">
<Relationship Id="rId1" Type="{RELS}/officeDocument" Target="xl/workbook.xml"/>
</Relationships>"""

EDGE_WORKBOOK = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="{MAIN}" xmlns:r="{RELS}">
<workbookPr date1904="false"/>
<sheets>
<sheet name="Edge cases" sheetId="1" r:id="rId1"/>
<sheet name="R&amp;D (hidden)" sheetId="2" state="hidden" r:id="rId2"/>
</sheets>
</workbook>"""

EDGE_WORKBOOK_RELS = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="{PACKAGE_RELS}">
<Relationship Id="rId1" Type="{RELS}/worksheet" Target="worksheets/sheet1.xml"/>
<Relationship Id="rId2" Type="{RELS}/worksheet" Target="/xl/worksheets/other.xml"/>
<Relationship Id="rId3" Type="{RELS}/sharedStrings" Target="sharedStrings.xml"/>
<Relationship Id="rId4" Type="{RELS}/styles" Target="styles.xml"/>
<Relationship Id="rId5" Type="{RELS}/hyperlink" Target="https://example.org/" TargetMode="External"/>
</Relationships>"""

# Style 0 General, 1 built-in 14 (m/d/yyyy), 2 d-mmm-yyyy, 3 0.0%, 4 h:mm (a time: a number),
# 5 built-in 10 (0.00%), 6 a long date with a locale prefix, 7 built-in 9 (0%), 8 text (@).
# The <cellStyleXfs> and <dxfs> formats must not count.
EDGE_STYLES = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="{MAIN}">
<numFmts count="4">
<numFmt numFmtId="164" formatCode="d\\-mmm\\-yyyy"/>
<numFmt numFmtId="165" formatCode="0.0%"/>
<numFmt numFmtId="166" formatCode="h:mm"/>
<numFmt numFmtId="167" formatCode="[$-F800]dddd\\,\\ mmmm\\ dd\\,\\ yyyy"/>
</numFmts>
<cellStyleXfs count="1"><xf numFmtId="14" fontId="0"/></cellStyleXfs>
<cellXfs count="9">
<xf numFmtId="0" fontId="0" xfId="0"/>
<xf numFmtId="14" fontId="0" xfId="0" applyNumberFormat="1"/>
<xf numFmtId="164" fontId="0" xfId="0" applyNumberFormat="1"/>
<xf numFmtId="165" fontId="0" xfId="0" applyNumberFormat="1"/>
<xf numFmtId="166" fontId="0" xfId="0" applyNumberFormat="1"/>
<xf numFmtId="10" fontId="0" xfId="0" applyNumberFormat="1"/>
<xf numFmtId="167" fontId="0" xfId="0" applyNumberFormat="1"/>
<xf numFmtId="9" fontId="0" xfId="0" applyNumberFormat="1"/>
<xf numFmtId="49" fontId="0" xfId="0" applyNumberFormat="1"/>
</cellXfs>
<dxfs count="1"><dxf><numFmt numFmtId="164" formatCode="0.00"/></dxf></dxfs>
</styleSheet>"""

EDGE_STRINGS = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<sst xmlns="{MAIN}" count="8" uniqueCount="8">
<si><t>Name</t></si>
<si><r><rPr><b/></rPr><t>Risk </t></r><r><t xml:space="preserve">Owner</t></r></si>
<si><t>東京</t><rPh sb="0" eb="2"><t>トウキョウ</t></rPh><phoneticPr fontId="1"/></si>
<si><t>R&amp;D &lt;core&gt; &#163;5m &#x20AC;3 &quot;q&quot; &apos;a&apos;</t></si>
<si><t>Alert&#x1B;[31m red&#x1B;[0m</t></si>
<si><t>Residual
Likelihood</t></si>
<si/>
<si><t xml:space="preserve">  padded  </t></si>
</sst>"""

EDGE_SHEET = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<!-- written by hand: the cell forms that Excel and other writers use -->
<x:worksheet xmlns:x="{MAIN}" xmlns:r="{RELS}">
<x:dimension ref="A1:H12"/>
<x:sheetData>
<x:row r="1" spans="1:4"><x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c r="B1" t="s"><x:v>1</x:v></x:c><x:c r="C1" t="s"><x:v>2</x:v></x:c><x:c r="D1" t="s"><x:v>3</x:v></x:c></x:row>
<x:row r="2"><x:c r="A2" t="inlineStr"><x:is><x:t>Inline text</x:t></x:is></x:c><x:c r="B2" t="inlineStr"><x:is><x:r><x:t xml:space="preserve">Rich </x:t></x:r><x:r><x:rPr><x:b/></x:rPr><x:t>inline</x:t></x:r></x:is></x:c><x:c r="C2" t="inlineStr"><x:is><x:t><![CDATA[a <b> & c]]></x:t></x:is></x:c><x:c r="D2" t="s"><x:v>4</x:v></x:c></x:row>
<x:row r="3"><x:c r="A3" t="str"><x:f>CONCAT("a","b")</x:f><x:v>ab</x:v></x:c><x:c r="B3"><x:f>SUM(1,2)</x:f><x:v>3</x:v></x:c><x:c r="C3"><x:f>NOW()</x:f></x:c><x:c r="D3" t="b"><x:f>TRUE()</x:f><x:v>1</x:v></x:c><x:c r="E3" t="e"><x:f>1/0</x:f><x:v>#DIV/0!</x:v></x:c></x:row>
<x:row r="4"><x:c r="A4" t="e"><x:v>#N/A</x:v></x:c><x:c r="B4" t="b"><x:v>0</x:v></x:c><x:c r="C4" t="d"><x:v>2024-03-31T00:00:00</x:v></x:c><x:c r="D4" t="n"><x:v>1.5E3</x:v></x:c><x:c r="E4"><x:v>-0.25</x:v></x:c></x:row>
<x:row r="5"><x:c r="A5" s="1"><x:v>45382</x:v></x:c><x:c r="B5" s="2"><x:v>45382.75</x:v></x:c><x:c r="C5" s="3"><x:v>0.746</x:v></x:c><x:c r="D5" s="4"><x:v>0.5</x:v></x:c><x:c r="E5" s="5"><x:v>0.12345</x:v></x:c><x:c r="F5" s="6"><x:v>45382</x:v></x:c><x:c r="G5" s="7"><x:v>1</x:v></x:c><x:c r="H5" s="99"><x:v>7</x:v></x:c></x:row>
<x:row r="6"><x:c t="s"><x:v>5</x:v></x:c><x:c><x:v>2</x:v></x:c><x:c r="E6"><x:v>5</x:v></x:c><x:c><x:v>6</x:v></x:c></x:row>
<x:row><x:c r="B7" t="s"><x:v>6</x:v></x:c><x:c r="C7" t="s"><x:v>7</x:v></x:c><x:c r="D7" s="1"/><x:c r="E7" s="8" t="s"><x:v>0</x:v></x:c></x:row>
<x:row r="9" hidden="1"><x:c r="A9" t="inlineStr"><x:is><x:t>Hidden row</x:t></x:is></x:c></x:row>
<x:row r="10"><x:c r="A10" t="inlineStr"><x:is><x:t>Merged title</x:t></x:is></x:c><x:c r="B10" t="inlineStr"><x:is><x:t>stray value in a merge</x:t></x:is></x:c><x:c r="C10"><x:v>3</x:v></x:c><x:c r="D10"><x:v>4</x:v></x:c></x:row>
<x:row r="11"><x:c r="A11"><x:v>11</x:v></x:c><x:c r="B11"><x:v>12</x:v></x:c><x:c r="C11"><x:v>13</x:v></x:c></x:row>
<x:row r="12"><x:c r="A12" t="s"><x:v>0</x:v></x:c><x:c  r = "B12"  t = 's' ><x:v> 3 </x:v></x:c></x:row>
</x:sheetData>
<x:mergeCells count="2"><x:mergeCell ref="A10:B11"/><x:mergeCell ref="C10:C10"/></x:mergeCells>
</x:worksheet>"""

HIDDEN_SHEET = f"""<?xml version="1.0" encoding="UTF-8"?>
<worksheet xmlns="{MAIN}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Only here</t></is></c></row></sheetData></worksheet>"""


def edge_cases() -> bytes:
    return zipped({
        "[Content_Types].xml": CONTENT_TYPES,
        "_rels/.rels": ROOT_RELS,
        "xl/workbook.xml": EDGE_WORKBOOK,
        "xl/_rels/workbook.xml.rels": EDGE_WORKBOOK_RELS,
        "xl/styles.xml": EDGE_STYLES,
        "xl/sharedStrings.xml": EDGE_STRINGS,
        "xl/worksheets/sheet1.xml": EDGE_SHEET,
        "xl/worksheets/other.xml": HIDDEN_SHEET,
    })


def one_sheet_workbook(sheet_xml) -> dict:
    """The parts of a workbook of one sheet, `Data`, without shared strings or styles."""
    return {
        "[Content_Types].xml": CONTENT_TYPES,
        "_rels/.rels": ROOT_RELS,
        "xl/workbook.xml": f'<workbook xmlns="{MAIN}" xmlns:r="{RELS}"><sheets>'
                           '<sheet name="Data" sheetId="1" r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": f'<Relationships xmlns="{PACKAGE_RELS}"><Relationship Id="rId1" '
                                      f'Type="{RELS}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
        "xl/worksheets/sheet1.xml": sheet_xml,
    }


# MARK: - Hostile files

def zip_bomb() -> bytes:
    """A sheet that inflates to 11 MB from about 11 KB: past 100 times its size beyond 10 MB."""
    padding = " " * 11_000_000
    return zipped(one_sheet_workbook(f'<worksheet xmlns="{MAIN}"><sheetData>{padding}</sheetData></worksheet>'))


def lying_header() -> bytes:
    """A sheet whose zip headers say it inflates to 1,000 bytes; it inflates to about 60 KB."""
    rows = "".join(f'<row r="{n}"><c r="A{n}"><v>{n}</v></c></row>' for n in range(1, 2001))
    data = bytearray(zipped(one_sheet_workbook(f'<worksheet xmlns="{MAIN}"><sheetData>{rows}</sheetData></worksheet>')))
    name = b"xl/worksheets/sheet1.xml"
    local = data.find(b"PK\x03\x04")
    while local != -1:
        if data[local + 30: local + 30 + len(name)] == name:
            struct.pack_into("<I", data, local + 22, 1000)
        local = data.find(b"PK\x03\x04", local + 4)
    central = data.find(b"PK\x01\x02")
    while central != -1:
        if data[central + 46: central + 46 + len(name)] == name:
            struct.pack_into("<I", data, central + 24, 1000)
        central = data.find(b"PK\x01\x02", central + 4)
    return bytes(data)


def compound_file(stream_names) -> bytes:
    """The start of an OLE2 compound file (the container of .xls and of encrypted workbooks):
    its signature and header, then a directory sector naming `stream_names` in UTF-16LE."""
    header = bytearray(512)
    header[0:8] = bytes.fromhex("D0CF11E0A1B11AE1")
    struct.pack_into("<HHHH", header, 24, 0x3E, 3, 0xFFFE, 9)
    directory = bytearray(512)
    for index, name in enumerate(["Root Entry"] + stream_names):
        encoded = name.encode("utf-16-le") + b"\x00\x00"
        directory[index * 128: index * 128 + len(encoded)] = encoded
        struct.pack_into("<H", directory, index * 128 + 64, len(encoded))
    return bytes(header) + bytes(directory)


def open_document() -> bytes:
    """An OpenDocument spreadsheet: `mimetype` first and uncompressed, then its content."""
    content = ('<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
               'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"><office:body><office:spreadsheet>'
               '<table:table table:name="Sheet1"/></office:spreadsheet></office:body></office:document-content>')
    return zipped({
        "mimetype": "application/vnd.oasis.opendocument.spreadsheet",
        "META-INF/manifest.xml": '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"/>',
        "content.xml": content,
    }, stored_first="mimetype")


def word_document() -> bytes:
    return zipped({"[Content_Types].xml": CONTENT_TYPES, "word/document.xml": "<document/>"})


def main() -> None:
    folder = Path(sys.argv[1])
    folder.mkdir(parents=True, exist_ok=True)
    files = {
        "portfolio.xlsx": portfolio(),
        "kpi-tracker.xlsx": kpi_tracker(),
        "council-register.xlsx": council_register(),
        "dates-1904.xlsx": dates_1904(),
        "edge-cases.xlsx": edge_cases(),
        "zip-bomb.xlsx": zip_bomb(),
        "lying-header.xlsx": lying_header(),
        "excel-97.xls": compound_file(["Workbook", "\x05SummaryInformation"]),
        "encrypted.xlsx": compound_file(["EncryptionInfo", "EncryptedPackage"]),
        "spreadsheet.ods": open_document(),
        "document.xlsx": word_document(),
    }
    files["workbook-saved-as.csv"] = files["dates-1904.xlsx"]
    for name, data in files.items():
        (folder / name).write_bytes(data)
        print(f"{name}: {len(data):,} bytes")


if __name__ == "__main__":
    main()

"""The Python side of scripts/bench-xlsx: makes the benchmark workbook, and times openpyxl
(read-only mode) and python-calamine reading it, each run as Tandem's: open the file, read every
cell of the first sheet into values. Prints one table with Tandem's figures beside them."""

import datetime as dt
import io
import random
import statistics
import sys
import time
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))


def make(path: str, rows: int) -> None:
    """ROWS rows of an id (unique text), a category (one of twelve), an amount and a date, under
    a header: the shape of a register or a measurements sheet. Text goes into the shared string
    table, as Excel saves it."""
    import openpyxl
    from workbook_fixtures import with_shared_strings

    generator = random.Random(13)
    categories = ["Finance", "Operations", "Technology", "People", "Legal", "Estates", "Digital",
                  "Procurement", "Security", "Data", "Customer", "Strategy"]
    workbook = openpyxl.Workbook(write_only=True)
    sheet = workbook.create_sheet("Data")
    sheet.append(["ID", "Category", "Amount", "Date"])
    start = dt.date(2020, 1, 1)
    for row in range(1, rows + 1):
        sheet.append([f"R{row:07d}", generator.choice(categories), round(generator.uniform(-5000, 250000), 2),
                      start + dt.timedelta(days=generator.randrange(2500))])
    buffer = io.BytesIO()
    workbook.save(buffer)
    Path(path).write_bytes(with_shared_strings(buffer.getvalue()))


def extract(path: str, target: str) -> None:
    with zipfile.ZipFile(path) as archive:
        Path(target).write_bytes(archive.read("xl/worksheets/sheet1.xml"))


def timed(runs: int, work) -> tuple:
    work()  # warm-up: the file in the page cache, the modules loaded
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        work()
        samples.append((time.perf_counter() - started) * 1000)
    return statistics.median(samples), min(samples), max(samples)


def openpyxl_read_only(path: str) -> int:
    import openpyxl
    workbook = openpyxl.load_workbook(path, read_only=True)
    cells = sum(1 for row in workbook.worksheets[0].iter_rows(values_only=True) for value in row if value is not None)
    workbook.close()
    return cells


def calamine(path: str) -> int:
    from python_calamine import CalamineWorkbook
    rows = CalamineWorkbook.from_path(path).get_sheet_by_index(0).to_python()
    return sum(1 for row in rows for value in row if value != "")


def report(path: str, runs: int, tandem_tsv: str) -> None:
    tandem = {}
    for line in Path(tandem_tsv).read_text().splitlines():
        name, median, low, high = line.split("\t")
        tandem[name] = (float(median), float(low), float(high))
    results = dict(tandem)
    print(f"openpyxl read {openpyxl_read_only(path)} cells, calamine {calamine(path)}", file=sys.stderr)
    results["openpyxl (read-only mode): open, read every cell"] = timed(runs, lambda: openpyxl_read_only(path))
    results["python-calamine: open, read every cell"] = timed(runs, lambda: calamine(path))
    size = Path(path).stat().st_size
    print(f"{Path(path).name}: {size / 1e6:.1f} MB; {runs} runs each, ms: median (min-max)")
    width = max(len(name) for name in results) + 2
    for name, (median, low, high) in results.items():
        print(f"{name:<{width}}{median:9.1f} ({low:.1f}-{high:.1f})")
    ours = tandem["tandem: read the file, open the workbook, read every cell"][0]
    print(f"openpyxl / tandem: {results['openpyxl (read-only mode): open, read every cell'][0] / ours:.1f}x; "
          f"tandem / calamine: {ours / results['python-calamine: open, read every cell'][0]:.2f}x")


if __name__ == "__main__":
    command = sys.argv[1]
    if command == "make":
        make(sys.argv[2], int(sys.argv[3]))
    elif command == "extract":
        extract(sys.argv[2], sys.argv[3])
    elif command == "time":
        report(sys.argv[2], int(sys.argv[3]), sys.argv[4])

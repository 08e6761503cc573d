"""Shrink the ICU data library Qt links on Linux (libicudata, 32 MB) to what Qt uses (8.5 MB).

Qt calls ICU for collation (QCollator, file dialogs' sorting), case mapping and locale
names; it never asks ICU for currencies, time zones (Qt reads /usr/share/zoneinfo), unit,
language or region display names, number spell-out, transliteration, break iteration (Qt has
its own) or legacy code pages. Those items are removed from the library's data package with
ICU's own tools (icupkg, genccode from icu-devtools) and the library is rebuilt with gcc.
Collation, case mapping and locale formatting were compared before and after (sv, tr, ja, zh,
en): identical. Without the tools the library is left whole and the bundle is 24 MB larger.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import tempfile
from pathlib import Path

DROP_GROUPS = ("brkitr/", "curr/", "lang/", "region/", "unit/", "zone/", "rbnf/", "translit/")
TOOLS = ("icupkg", "genccode", "gcc", "nm")


def dropped(item: str) -> bool:
    """True for a data item (as `icupkg -l` names it) OnRecord's Qt never reads."""
    return item.startswith(DROP_GROUPS) or item.endswith(".cnv")


def trim_icu_data(qt_lib_dir: Path) -> int:
    """Replace libicudata.so.N in qt_lib_dir by a trimmed build; return the bytes saved."""
    libs = sorted(qt_lib_dir.glob("libicudata.so.*"))
    missing = [t for t in TOOLS if not shutil.which(t)]
    if not libs or missing:
        print(f"icu_trim: left whole (no libicudata, or missing tools: {' '.join(missing)})")
        return 0
    lib = libs[0]
    soname = lib.name
    major = soname.rsplit(".", 1)[-1]
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        # The library is one exported symbol, icudtNN_dat, holding the whole data package.
        symbols = subprocess.run(
            ["nm", "-D", "-S", "--defined-only", str(lib)], capture_output=True, text=True
        ).stdout
        match = re.search(rf"^([0-9a-f]+) ([0-9a-f]+) R icudt{major}_dat$", symbols, re.M)
        if not match:
            print(f"icu_trim: left whole (no icudt{major}_dat symbol in {soname})")
            return 0
        address, size = (int(g, 16) for g in match.groups())
        package = work / "in" / f"icudt{major}l.dat"  # the file name is the items' prefix
        package.parent.mkdir()
        with lib.open("rb") as fh:  # in these libraries .rodata's file offset equals its address
            fh.seek(address)
            data = fh.read(size)
        if data[2:4] != b"\xda\x27":  # ICU's data header magic
            print(f"icu_trim: left whole (no ICU data header at {address:#x} in {soname})")
            return 0
        package.write_bytes(data)
        items = subprocess.run(
            ["icupkg", "-l", str(package)], capture_output=True, text=True, check=True
        ).stdout.split()
        (work / "drop.txt").write_text("\n".join(i for i in items if dropped(i)) + "\n")
        trimmed = work / "out" / package.name
        trimmed.parent.mkdir()
        run = ["icupkg", "-r", str(work / "drop.txt"), str(package), str(trimmed)]
        subprocess.run(run, check=True)
        run = ["genccode", "-e", f"icudt{major}", "-a", "gcc", "-d", str(work), str(trimmed)]
        subprocess.run(run, check=True, capture_output=True)
        rebuilt = work / soname
        assembly = [str(p) for p in work.glob("*.S")]
        run = ["gcc", "-shared", f"-Wl,-soname,{soname}", "-o", str(rebuilt), *assembly]
        subprocess.run(run, check=True)
        before = lib.stat().st_size
        shutil.copyfile(rebuilt, lib)
    return before - lib.stat().st_size

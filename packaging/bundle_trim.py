"""What the OnRecord bundle leaves out, used by onrecord.spec (kept here so tests can read it).

Each entry was measured: the bundle still starts, loads the spaCy model and extracts quotes.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

# Python packages nothing at run time needs: test suites, and tools that arrive only as
# optional imports of spaCy's CLI or rich (Pillow through pygments' image formatter).
EXCLUDES = [
    "spacy.tests",
    "thinc.tests",
    "srsly.tests",
    "hypothesis",
    "pytest",
    "_pytest",
    "IPython",
    "PIL",
    "tkinter",
    "readline",
    # spaCy imports its model downloader (requests, urllib3, http.client) with spaCy itself;
    # all of them take a missing ssl for "no https". OnRecord never goes online, and hashlib
    # falls back to Python's own SHA-2. Leaving ssl out leaves out OpenSSL (5.4 MB).
    "ssl",
    "_ssl",
    "_hashlib",
    # python-docx needs only lxml.etree.
    "lxml.objectify",
    "lxml.html",
    "lxml.isoschematron",
    # Qt modules OnRecord does not use (PySide6-Essentials ships them anyway).
    "PySide6.QtNetwork",
    "PySide6.QtQml",
    "PySide6.QtQuick",
    "PySide6.QtQuickWidgets",
    "PySide6.QtOpenGL",
    "PySide6.QtOpenGLWidgets",
    "PySide6.QtDBus",
    "PySide6.QtPdf",
    "PySide6.QtDesigner",
    "PySide6.QtSql",
    "PySide6.QtTest",
    "PySide6.QtConcurrent",
    "PySide6.QtUiTools",
    "PySide6.QtXml",
]

# Qt plugins OnRecord never loads. Leaving them out also keeps out the Qt libraries they link
# (the virtual keyboard alone pulls in QtQuick and QtQml, ~25 MB). Wayland sessions run the
# window through XWayland; the platform themes left are the XDG portal, Windows and macOS.
DROP_PLUGIN_TYPES = {
    "designer",
    "egldeviceintegrations",
    "generic",
    "networkinformation",
    "qmltooling",
    "sqldrivers",
    "tls",
    "vectorimageformats",
    "wayland-decoration-client",
    "wayland-graphics-integration-client",
    "wayland-graphics-integration-server",
    "wayland-shell-integration",
}
DROP_PLUGIN_NAMES = (
    "qtvirtualkeyboard",
    "qpdf",
    "qtiff",
    "qwebp",
    "qtga",
    "qwbmp",
    "qgtk3",
    "qwayland",
    "qeglfs",
    "qlinuxfb",
    "qvnc",
    "qvkkhrdisplay",
    "qminimalegl",
    "qdirect2d",
)

# Extension modules left out (matched on the destination's file name). rapidfuzz ships each
# of its C++ modules twice; without the AVX2 copies it imports the baseline ones, which match
# as fast on OnRecord's short strings (bench/match_scale.py at 100k: p50 1.28 vs 1.24 ms).
DROP_BINARY_SUFFIXES = ("_avx2",)

# Modules replaced by a smaller stand-in from packaging/runtime/: module name -> file.
# blis.py holds a second 17 MB copy of the BLIS kernels for the one function thinc calls from
# it (gemm); numpy does that product. Parses of the seed and the 300 dev articles (262,853
# tokens: tags, heads, labels, entities) are identical with either.
STAND_INS = {"blis.py": "blis_gemm.py"}

# Linux: libraries the .deb takes from the system (its Depends) instead of bundling copies:
# X11/xcb, keyboard maps, fonts, GLib, D-Bus and what they link (9 MB), whose copies would
# read the system's font and keyboard configuration with an older library; and the base
# libraries every Debian and Ubuntu system has (C++ runtime, SQLite, compression, libffi:
# 4.3 MB). Python itself and everything from PyPI stay in the bundle.
SYSTEM_LIBRARIES = (
    "libstdc++.",
    "libgcc_s.",
    "libsqlite3.",
    "libz.",
    "liblzma.",
    "libbz2.",
    "libffi.",
    "libuuid.",
    "libX11",
    "libXau.",
    "libXdmcp.",
    "libxcb",
    "libxkbcommon",
    "libfontconfig.",
    "libfreetype.",
    "libpng16.",
    "libbrotli",
    "libglib-2.0.",
    "libgthread-2.0.",
    "libpcre2-8.",
    "libdbus-1.",
    "libsystemd.",
    "libgcrypt.",
    "libgpg-error.",
    "liblz4.",
    "libcap.",
    "libbsd.",
    "libmd.",
    "libzstd.",
    "libexpat.",
)

# Data dropped after analysis: Qt's own translations (the interface is English), and the
# sources and test data that package hooks collect along with data files.
DROP_DATA_PREFIXES = ("PySide6/Qt/translations/", "PySide6/translations/")
DROP_DATA_SUFFIXES = (".pyx", ".pxd", ".pxi", ".pyi", ".c", ".cpp", ".h")
DROP_DATA_DIRS = {"tests"}

# After the build every shared library loses its symbol tables (`strip --strip-unneeded`:
# the spaCy stack shrinks from 150 to 25 MB, libpython from 23 to 5.5 MB) except numpy's
# OpenBLAS, whose patchelf-ed layout strip breaks ("ELF load command address/offset not
# page-aligned"; it would save only 2 MB).
NEVER_STRIP = ("numpy.libs",)


def keep_plugin(plugin_type: str, filename: str) -> bool:
    """True if the Qt plugin file of that type belongs in the bundle."""
    name = Path(filename).name.lower()
    return plugin_type not in DROP_PLUGIN_TYPES and not any(d in name for d in DROP_PLUGIN_NAMES)


def install_plugin_filter() -> None:
    """Make PyInstaller's Qt hooks collect only the plugins keep_plugin accepts."""
    from PyInstaller.utils.hooks.qt import QtLibraryInfo

    collect = QtLibraryInfo.collect_plugins

    def collect_plugins(self, plugin_type):
        return [b for b in collect(self, plugin_type) if keep_plugin(plugin_type, b[0])]

    QtLibraryInfo.collect_plugins = collect_plugins


def from_system(dest: str) -> bool:
    """True for a top-level bundled library (its destination) the .deb takes from the system."""
    return "/" not in dest.replace("\\", "/") and dest.startswith(SYSTEM_LIBRARIES)


def keep_data(dest: str) -> bool:
    """True if a collected data file (its destination inside the bundle) is kept."""
    path = dest.replace("\\", "/")
    return not (
        path.startswith(DROP_DATA_PREFIXES)
        or path.endswith(DROP_DATA_SUFFIXES)
        or DROP_DATA_DIRS & set(path.split("/")[:-1])
    )


def keep_binary(dest: str) -> bool:
    """True if a collected binary (its destination) is kept: not dropped, not replaced."""
    path = dest.replace("\\", "/")
    module = path.split(".")[0].replace("/", ".")  # blis/py.cpython-311-….so -> blis.py
    return not (module.endswith(DROP_BINARY_SUFFIXES) or module in STAND_INS)


def stand_ins() -> list[tuple[str, str, str]]:
    """PYZ entries (name, source file, type) for the stand-in modules."""
    runtime = Path(__file__).resolve().parent / "runtime"
    return [(name, str(runtime / file), "PYMODULE") for name, file in STAND_INS.items()]


def strippable(relative: Path) -> bool:
    """True for a shared library (path inside _internal) that strip may touch."""
    is_library = relative.suffix == ".so" or ".so." in relative.name
    return is_library and not set(relative.parts) & set(NEVER_STRIP)


def strip_libraries(internal: Path) -> int:
    """Strip the shared libraries in the bundle's _internal dir; return the bytes saved."""
    libs = [
        p
        for p in internal.rglob("*.so*")
        if p.is_file() and not p.is_symlink() and strippable(p.relative_to(internal))
    ]
    before = sum(p.stat().st_size for p in libs)
    subprocess.run(["strip", "--strip-unneeded", *map(str, libs)], check=True)
    return before - sum(p.stat().st_size for p in libs)

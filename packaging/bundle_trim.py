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

# Data dropped after analysis: Qt's own translations (the interface is English).
DROP_DATA_PREFIXES = ("PySide6/Qt/translations/", "PySide6/translations/")

# Compiled spaCy stack whose debug symbols are stripped after the build (about a third
# smaller). Never strip everything: `--strip` breaks numpy's bundled OpenBLAS.
STRIP_PACKAGES = ("spacy", "thinc", "blis", "srsly", "preshed", "cymem", "murmurhash")


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


def keep_data(dest: str) -> bool:
    """True if a collected data file (its destination inside the bundle) is kept."""
    return not dest.replace("\\", "/").startswith(DROP_DATA_PREFIXES)


def strip_spacy_stack(internal: Path) -> int:
    """Strip the listed packages' .so files in the bundle's _internal dir; return bytes saved."""
    libs = [p for pkg in STRIP_PACKAGES for p in (internal / pkg).rglob("*.so")]
    before = sum(p.stat().st_size for p in libs)
    subprocess.run(["strip", "--strip-unneeded", *map(str, libs)], check=True)
    return before - sum(p.stat().st_size for p in libs)

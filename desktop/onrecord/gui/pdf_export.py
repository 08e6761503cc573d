"""PDF of a report: the report's HTML laid out by Qt's QTextDocument on a QPdfWriter (A4).

Used by File → Export and by `onrecord report --format pdf`, which imports this module only
for PDF. Without a running application (the CLI) Qt is started offscreen: no display needed.
"""

from __future__ import annotations

import os
from pathlib import Path

from onrecord.errors import OnRecordError


def html_to_pdf(html: str, path: str | Path, title: str = "") -> None:
    from PySide6.QtCore import QMarginsF
    from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument
    from PySide6.QtWidgets import QApplication

    if QApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from onrecord.gui.app import ensure_app

    ensure_app()
    path = Path(path)
    writer = QPdfWriter(str(path))
    writer.setTitle(title)
    writer.setCreator("OnRecord")
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    # QTextDocument.print_ adds its own 2 cm margins (and the page numbers) inside the page.
    writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)
    document = QTextDocument()
    document.setHtml(html)
    document.print_(writer)
    del writer  # finishes the file
    if not path.is_file() or path.stat().st_size == 0:
        raise OnRecordError(f"Could not write the PDF {path}.")

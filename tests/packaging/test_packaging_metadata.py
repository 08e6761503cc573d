"""The installer files agree with the package: one version, one app id, one executable name."""

import ast
import configparser
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from onrecord import __version__
from onrecord.extraction.pipeline import MODEL_PACKAGES

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
APP_ID = "org.onrecord.OnRecord"
DESKTOP = PACKAGING / "linux" / f"{APP_ID}.desktop"
METAINFO = PACKAGING / "linux" / f"{APP_ID}.metainfo.xml"
INNO = (PACKAGING / "windows" / "onrecord.iss").read_text(encoding="utf-8")
DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def spec_constants() -> dict:
    tree = ast.parse((PACKAGING / "onrecord.spec").read_text(encoding="utf-8"))
    return {
        t.id: node.value.value
        for node in tree.body
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Constant)
        for t in node.targets
        if isinstance(t, ast.Name)
    }


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, delimiters=("=",))
    parser.optionxform = str
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def test_spec_bundles_the_model_the_extractor_loads_and_names_the_app_id():
    constants = spec_constants()
    assert constants["APP_ID"] == APP_ID
    assert constants["MODEL"] in MODEL_PACKAGES


def test_desktop_entry_opens_articles_in_the_gui_with_the_app_icon():
    entry = desktop_entry()
    assert entry["Exec"].split()[:2] == ["onrecord", "gui"]
    assert entry["Icon"] == APP_ID
    mimes = entry["MimeType"].rstrip(";").split(";")
    assert {"text/plain", DOCX_MIME} <= set(mimes)


def test_metainfo_names_the_desktop_entry_binary_and_current_release():
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == APP_ID
    assert root.find("launchable").text == DESKTOP.name
    assert root.find("provides/binary").text == "onrecord"
    newest = root.find("releases/release")
    assert newest.get("version") == __version__, "add a <release> for the new version"


def test_inno_script_defaults_to_the_package_version_and_associates_txt_and_docx():
    assert re.search(r'#define AppVersion "([^"]+)"', INNO).group(1) == __version__
    assert re.search(r"^PrivilegesRequired=lowest$", INNO, re.M)
    for ext in (".txt", ".docx"):
        assert f'Subkey: "Software\\Classes\\{ext}\\OpenWithProgids"' in INNO
    # The windowed executable the spec builds on Windows, opened on the article.
    assert '#define AppExe "onrecordw.exe"' in INNO
    assert 'executable("onrecordw", console=False)' in (PACKAGING / "onrecord.spec").read_text()
    assert '"""{app}\\{#AppExe}"" gui ""%1"""' in INNO
    assert 'Source: "..\\..\\build\\dist\\onrecord\\*"' in INNO


def test_deb_control_template_and_builder_use_the_same_names():
    control = (PACKAGING / "linux" / "control.in").read_text(encoding="utf-8")
    assert re.search(r"^Package: onrecord$", control, re.M)
    assert "@VERSION@" in control and "@INSTALLED_KB@" in control
    builder = (PACKAGING / "linux" / "build_deb.sh").read_text(encoding="utf-8")
    assert f"APP_ID={APP_ID}" in builder
    assert "--root-owner-group" in builder and "/opt/onrecord" in builder


@pytest.mark.skipif(not shutil.which("desktop-file-validate"), reason="desktop-file-utils absent")
def test_desktop_entry_validates():
    result = subprocess.run(["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True)
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout


@pytest.mark.skipif(not shutil.which("appstreamcli"), reason="appstream (appstreamcli) absent")
def test_metainfo_validates():
    result = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(METAINFO)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout


def test_the_running_app_names_the_desktop_entry_and_has_the_icon(tmp_path):
    # A fresh process: the QApplication's identity is set once, when it is created.
    probe = (  # the icon comes with the window's panes, after its first paint
        "import sys; from PySide6.QtWidgets import QApplication; "
        "from onrecord.gui import create_window; create_window(None, sys.argv[1]).build(); "
        "a = QApplication.instance(); "
        "print(a.desktopFileName(), a.applicationName(), a.windowIcon().isNull())"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "ONRECORD_CONFIG_DIR": str(tmp_path)}
    result = subprocess.run(
        [sys.executable, "-c", probe, str(tmp_path / "w.db")],
        capture_output=True, text=True, env=env, timeout=60,
    )  # fmt: skip
    desktop_file, app_name, icon_missing = result.stdout.split()
    assert desktop_file == APP_ID  # Wayland app id / the entry docks match windows to
    assert app_name == desktop_entry()["StartupWMClass"]  # X11 WM_CLASS class is the app name
    assert icon_missing == "False"

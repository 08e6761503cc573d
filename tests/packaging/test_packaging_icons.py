"""The icon script renders every size each platform needs, and the committed icons exist."""

from pathlib import Path

import pytest
from PIL import Image

ICONS = Path(__file__).resolve().parents[2] / "resources" / "icons"


@pytest.fixture(scope="module")
def rendered(make_icons, tmp_path_factory):
    out = tmp_path_factory.mktemp("icons")
    make_icons.make_icons(out)
    return out


def test_pngs_have_their_exact_size_and_transparent_corners(make_icons, rendered):
    for size in make_icons.PNG_SIZES:
        with Image.open(rendered / f"onrecord-{size}.png") as png:
            assert png.size == (size, size)
            assert png.mode == "RGBA"
            assert png.getpixel((0, 0))[3] == 0  # rounded square: the corner is see-through
            assert png.getpixel((size // 2, size // 2))[3] == 255


def test_ico_holds_every_windows_size(make_icons, rendered):
    with Image.open(rendered / "onrecord.ico") as ico:
        assert ico.info["sizes"] == {(s, s) for s in make_icons.ICO_SIZES}


def test_icns_holds_the_macos_sizes_up_to_retina_512(rendered):
    with Image.open(rendered / "onrecord.icns") as icns:
        entries = {(w, scale) for w, _, scale in icns.info["sizes"]}
    # Finder and Dock sizes at 1x and 2x (16 and 32 come as 2x entries, scaled down by macOS).
    assert {(16, 2), (32, 2), (128, 1), (128, 2), (256, 1), (256, 2), (512, 1), (512, 2)} <= entries


def test_committed_icons_are_the_generated_set(make_icons):
    expected = {f"onrecord-{s}.png" for s in make_icons.PNG_SIZES}
    expected |= {"onrecord.svg", "onrecord.ico", "onrecord.icns"}
    assert expected <= {p.name for p in ICONS.iterdir()}

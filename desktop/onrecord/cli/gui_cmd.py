"""`onrecord gui [ARTICLE] [--store PATH]`: open the review window (plain `onrecord` does too)."""

from __future__ import annotations


def register(subparsers) -> None:
    p = subparsers.add_parser("gui", help="open the review window")
    p.add_argument("file", nargs="?", help="article to open (.txt .html .md .docx)")
    p.add_argument(
        "--store", help="workspace database (default: $ONRECORD_STORE or the user data folder)"
    )
    p.add_argument(
        "--self-test",
        action="store_true",
        help="open the article (default: the seed) offscreen, print the quote count, exit",
    )
    p.set_defaults(func=run)


def run(args) -> int:
    from onrecord.gui import app

    if args.self_test:
        from onrecord.store.demo import SEED_ARTICLE  # the source tree's or the installed copy

        return app.self_test(args.file or str(SEED_ARTICLE), args.store)
    return app.run(args.file, args.store)

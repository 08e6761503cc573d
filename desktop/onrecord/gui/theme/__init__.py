"""Colours, faces and the stylesheet: the window's look, in one place."""

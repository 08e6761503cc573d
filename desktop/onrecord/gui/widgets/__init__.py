"""The window's parts: article view, quote cards, evidence pane, palette, overlay, dialogs."""

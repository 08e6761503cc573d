"""The `onrecord` command line: a thin layer over the core, one module per subcommand."""

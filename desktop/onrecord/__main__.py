import multiprocessing

multiprocessing.freeze_support()  # in the frozen app, the extraction process starts here

from onrecord.cli.main import main  # noqa: E402

raise SystemExit(main())

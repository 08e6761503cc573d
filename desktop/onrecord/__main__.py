from onrecord.cli.main import main

raise SystemExit(main())

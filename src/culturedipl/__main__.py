from culturedipl.cli import main

raise SystemExit(main())

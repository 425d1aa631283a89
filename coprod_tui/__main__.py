from coprod_tui.cli import main

raise SystemExit(main())

from defcoop_cli.cli.entry import main

main()

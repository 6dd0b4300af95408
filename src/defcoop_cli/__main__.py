from defcoop_cli.cli import main

main()

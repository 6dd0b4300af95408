from defcoop_cli import main

main()

"""`python -m tamperwatch` runs the CLI."""

from tamperwatch.cli.entry import main

main()

"""`python -m tamperwatch` runs the CLI."""

from tamperwatch.cli.app import main

main()

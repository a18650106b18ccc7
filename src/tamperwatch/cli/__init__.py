"""The `tamperwatch` command line (Typer + Rich)."""

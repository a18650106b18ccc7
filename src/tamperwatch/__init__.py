"""tamperwatch: watch what an organisation shows the public and catch defacement."""

__version__ = "0.1.0"

"""One module per template family of the CJK edition's sites; each renders a ``View``."""

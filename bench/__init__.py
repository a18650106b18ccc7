"""``make bench``: tamperwatch against urlwatch 2.29 on the dev corpus's legitimate pages.

``python -m bench.run`` starts nginx on loopback, serves the corpus pages, runs both tools for
several rounds and prints checks per second, CPU per 1,000 checks and peak RSS side by side.
"""

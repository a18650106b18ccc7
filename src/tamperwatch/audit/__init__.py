"""Hardening audit: how easy a site is to deface, and what to fix first.

``tamperwatch audit URL`` reads a site the way an attacker's first reconnaissance would — only
GET requests and TLS handshakes, only to the audited host, every one through the URL policy and
the bounded fetcher — and reports the weaknesses with their evidence and fix:

- ``observatory``, ``csp``, ``headers``, ``cookies``, ``sri``, ``redirection``: the HTTP security
  headers scored as Mozilla's HTTP Observatory documents its scoring (docs/audit.md);
- ``exposure`` and ``soft404``: leaked source, configs, backups, status pages and panels, each
  confirmed by content against a soft-404 baseline;
- ``hygiene``: third-party script origins, mixed content, forms posting off-site, logins over http;
- ``tls``: protocol versions, ciphers and the certificate against Mozilla's server-side TLS
  recommendations;
- ``fingerprint`` and ``vulns``: software versions (Wappalyzer-format fingerprints) matched
  against an OSV-format vulnerability dump.

``site`` runs one audit, ``fleet`` many; ``report_*`` render the result.
"""

"""Trust the system's CA folder lazily while the CLI imports aiohttp (about 0.09 CPU-s per start).

aiohttp builds two TLS contexts when it is imported, and each loads the whole system CA bundle
(on Debian 144 certificates, about 45 ms each): a cost every cron-style ``run --once`` pays even
when it fetches no https page at all. With the bundle file masked and the CA *folder* left as it
is, OpenSSL reads a certificate from the folder (hashed links, as Debian's update-ca-certificates
keeps them next to the bundle) only when a handshake needs it; what verifies stays the same.

The mask applies only where the folder holds hashed certificates and the user named no bundle of
their own in ``SSL_CERT_FILE``, and only for the import: contexts made later load as usual.
"""

from __future__ import annotations

import os
import re
import ssl
from collections.abc import Iterator
from contextlib import contextmanager

HASHED_NAME = re.compile(r"[0-9a-f]{8}\.[0-9]+")
MISSING_BUNDLE = os.path.join(os.sep, "nonexistent", "tamperwatch-ca-folder-only")


def folder_trust_is_enough() -> bool:
    """True when OpenSSL's default CA folder holds hashed certificates and no own bundle is named."""
    paths = ssl.get_default_verify_paths()
    named = os.environ.get(paths.openssl_cafile_env)
    if named and os.path.realpath(named) != os.path.realpath(paths.openssl_cafile):
        return False  # a bundle the user chose (a private CA, say): loaded as they asked
    folder = os.environ.get(paths.openssl_capath_env) or paths.openssl_capath
    try:
        with os.scandir(folder) as entries:
            return any(HASHED_NAME.fullmatch(entry.name) for entry in entries)
    except OSError:
        return False


@contextmanager
def ca_folder_only() -> Iterator[bool]:
    """Within the block, contexts that load the default CA paths use the folder alone (lazily);
    yields whether the mask is on. The environment is restored on the way out."""
    if not folder_trust_is_enough():
        yield False
        return
    variable = ssl.get_default_verify_paths().openssl_cafile_env
    before = os.environ.get(variable)
    os.environ[variable] = MISSING_BUNDLE
    try:
        yield True
    finally:
        if before is None:
            os.environ.pop(variable, None)
        else:
            os.environ[variable] = before

"""Turns what can go wrong while fetching (aiohttp, ssl, OS errors) into a FetchError with a clear message."""

from __future__ import annotations

import ssl

import aiohttp

from tamperwatch.capture.errors import FetchError, FetchErrorKind


def describe_failure(exc: BaseException, url: str, connect_timeout_s: float) -> FetchError:
    """A ``FetchError`` (kind + human message) for an exception raised while fetching ``url``."""
    if isinstance(exc, FetchError):
        return exc
    if isinstance(exc, aiohttp.ConnectionTimeoutError):
        return FetchError(
            f"could not connect to {url} within {connect_timeout_s:g} s", FetchErrorKind.TIMEOUT
        )
    if isinstance(exc, (aiohttp.ClientSSLError, ssl.SSLError)):
        return FetchError(f"TLS failure with {url}: {exc}", FetchErrorKind.TLS)
    if isinstance(exc, aiohttp.ClientConnectorError):
        return FetchError(f"cannot connect to {url}: {exc.os_error or exc}", FetchErrorKind.CONNECT)
    if isinstance(exc, aiohttp.ClientPayloadError):
        return FetchError(f"broken response body from {url}: {exc}", FetchErrorKind.PROTOCOL)
    if isinstance(exc, aiohttp.ServerDisconnectedError):
        return FetchError(f"{url} closed the connection before answering", FetchErrorKind.PROTOCOL)
    if isinstance(exc, aiohttp.ClientResponseError):
        return FetchError(f"invalid HTTP response from {url}: {exc.message}", FetchErrorKind.PROTOCOL)
    if isinstance(exc, aiohttp.InvalidURL):
        return FetchError(f"invalid URL {exc.url}", FetchErrorKind.PROTOCOL)
    if isinstance(exc, (aiohttp.ClientOSError, ConnectionError)):
        return FetchError(f"connection to {url} failed: {exc}", FetchErrorKind.CONNECT)
    if isinstance(exc, aiohttp.ClientError):
        return FetchError(f"fetching {url} failed: {exc}", FetchErrorKind.PROTOCOL)
    if isinstance(exc, OSError):
        return FetchError(f"connection to {url} failed: {exc}", FetchErrorKind.CONNECT)
    return FetchError(f"fetching {url} failed: {type(exc).__name__}: {exc}", FetchErrorKind.PROTOCOL)

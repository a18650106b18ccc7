"""Hosts a script injector would use: lookalikes of CDNs, tag managers, payment and analytics
services, and throwaway domains (invented for edition 9)."""

from __future__ import annotations

HOSTS: tuple[str, ...] = (
    "cdn-jsdelivr.org.kz",
    "static-cloudflareinsights.net",
    "gtm-container.cloud",
    "tagmgr-analytics.com",
    "unpkg-mirror.dev",
    "cdnjs-cloudf1are.com",
    "stripe-elements-v3.net",
    "paypal-sdk-assets.net",
    "klarna-widgets.eu",
    "adyen-secure-pay.com",
    "consent-cdn-eu.net",
    "heatmap-hj-cdn.io",
    "matomo-cloud-stats.org",
    "fonts-gstatic-cache.com",
    "jquery-cdn-latest.com",
    "recaptcha-verify.net",
    "wp-emoji-release.com",
    "newrelic-agent.net",
    "sentry-browser-cdn.com",
    "bootstrapcdn-min.net",
    "polyfill-fast.io",
    "imgix-optimize.net",
    "webvitals-rum.com",
    "ivw-messung.de.com",
    "mx7q2.top",
    "k0b3ll.site",
    "fqn8v.click",
    "zq-assets.xyz",
)
FILENAMES: tuple[str, ...] = (
    "loader.min.js",
    "analytics.js",
    "sdk/v3/checkout.js",
    "tag.js?v=4.2.1",
    "npm/lazysizes@5/lazysizes.min.js",
    "beacon.min.js",
    "widget/embed.js",
    "vitals.iife.js",
    "gtag/js?id=G-7HQ2LWX9P3",
    "cmp/stub.js",
)

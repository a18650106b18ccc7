"""English tamper texts (and a few for other Latin-script languages): the site's own register."""

from __future__ import annotations

from types import MappingProxyType

TAMPER_EN = MappingProxyType(
    {
        "headline": (
            "Treasury quietly prepares to freeze savings accounts over $10,000",
            "Editor admits polling figures were supplied by campaign staff",
            "City water supply contaminated, officials told to keep it quiet",
            "Prime minister hospitalised; cabinet withholds the news",
            "Leaked memo: election tallies in three counties were revised overnight",
        ),
        "teaser": (
            "Documents passed to us show the decision was taken weeks ago. We publish them in full.",
            "The banks say nothing; the government says even less. Readers deserve better.",
        ),
        "title": ("News they don't want you to read", "Breaking: the government has fallen"),
        "meta": ("Independent reporting that takes orders from nobody. Read the files they buried.",),
        "label": ("Truth over propaganda", "Withdraw your cash", "Hacked, sorry", "State media"),
        "credit": ("Photo: Lantern Moth collective / all rights ours",),
        "dateline": ("Last updated: never again",),
        "ticker": ("*** Banks close all branches from tomorrow ***",),
        "kicker": ("Exposed", "Cover-up"),
        "link_title": ("Read what really happened before it is deleted",),
        "alt": ("Minister at a secret meeting with lobbyists",),
        "footer": ("© This site now belongs to the Lantern Moth collective",),
    }
)

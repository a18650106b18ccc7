"""The verification as a STIX 2.1 bundle (``stix2``), for sharing with other analysts' tools.

The claim is a ``report`` about the claimed URL (a ``url`` observable seen at the claimed time);
the verdict is an ``opinion`` on that report (confirmed: agree; doctored and refuted: disagree,
strongly when confident; unverifiable: neutral) whose explanation gives the reasons; each finding
is a ``note``. Everything is created by a tamperwatch ``identity``.
"""

from __future__ import annotations

from datetime import UTC, datetime

from tamperwatch.verify.claim import Answer, Verification

STRONG = 0.8  # confidence at or above which a disagreement is "strongly-disagree"


def _opinion(result: Verification) -> str:
    if result.answer is Answer.CONFIRMED:
        return "strongly-agree" if result.confidence >= STRONG else "agree"
    if result.answer is Answer.UNVERIFIABLE:
        return "neutral"
    return "strongly-disagree" if result.confidence >= STRONG else "disagree"


def stix_bundle(result: Verification, now: datetime | None = None) -> str:
    import stix2

    now = now or datetime.now(UTC)
    me = stix2.Identity(name="tamperwatch", identity_class="system", created=now, modified=now)
    url = stix2.URL(value=result.claim.url)
    seen = stix2.ObservedData(
        created_by_ref=me.id,
        first_observed=result.claim.time,
        last_observed=result.claim.time,
        number_observed=1,
        object_refs=[url.id],
        created=now,
        modified=now,
    )
    claim = stix2.Report(
        created_by_ref=me.id,
        name=f"Claimed defacement of {result.claim.url}",
        description=f"A claim that {result.claim.url} was defaced at {result.claim.time.isoformat()} "
        f"(claim id {result.claim.id or 'none'}), with a screenshot.",
        published=now,
        report_types=["attack-pattern"],
        object_refs=[seen.id, url.id],
        created=now,
        modified=now,
    )
    opinion = stix2.Opinion(
        created_by_ref=me.id,
        opinion=_opinion(result),
        explanation=f"{result.answer.value} (confidence {result.confidence:.2f}): "
        + " ".join(result.reasons),
        object_refs=[claim.id],
        created=now,
        modified=now,
        labels=[f"tamperwatch-verdict:{result.answer.value}"],
    )
    notes = [
        stix2.Note(
            created_by_ref=me.id,
            abstract=f"{f.kind} ({f.confidence:.2f})",
            content=f.explanation,
            object_refs=[claim.id],
            created=now,
            modified=now,
        )
        for f in result.findings
    ]
    bundle = stix2.Bundle(me, url, seen, claim, opinion, *notes, allow_custom=False)
    return str(bundle.serialize(pretty=True))

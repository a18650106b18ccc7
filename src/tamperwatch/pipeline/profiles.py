"""The target's profile for one check: loaded from the archive at most once, then shared by stages."""

from __future__ import annotations

from tamperwatch.detect.profile import Profile
from tamperwatch.pipeline.context import CheckContext
from tamperwatch.pipeline.services import Services


async def profile_of(ctx: CheckContext, svc: Services) -> Profile:
    if ctx.profile is None:
        ctx.profile = Profile.loads(await svc.archive.load_profile(ctx.target.id))
    return ctx.profile

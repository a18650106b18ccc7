"""Claim verification: did a claimed defacement really happen?

Given a URL, a claimed time and the screenshot a claimant posted, gather archived captures of
the URL near that time (tamperwatch's own archive, WARC/WACZ files, CDX web archives), render
them, compare them with the screenshot, judge whether they are themselves defaced, look for
signs of editing, and answer confirmed / refuted / doctored / unverifiable with the reasons.
"""

"""Streams and screens: sampled frames matched against an approved-content library.

Modules, one idea each: `source` (open and sample a stream with PyAV), `regions` (regions to ignore),
`fingerprint` (what a frame is reduced to), `library` (the approved content), `match` (a frame against
the library, overlays tolerated), `ocr` (on-screen text, shared with claim verification),
`textpolicy` (text that no approved content carries), `health` (black, frozen, stall), `persist`
(findings that last), `watch` (one stream's loop), `replay` (the evaluation contract).
"""

"""Red-team edition 9: a ninth set written without reading the detectors, their word lists or the
payloads of editions 2-8; German-language quiet tampering in the corpus sites' own headline style,
slogans in 18 languages, new hiding techniques (popover, closed dialog, content-visibility, ...),
script-loading styles, dangerous-looking legit changes and a page task in legacy charsets."""

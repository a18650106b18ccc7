"""Red-team edition 8: a further set written without reading the detectors, their word lists or
editions 2-7; fresh voices in 21 languages, new tamper styles, inject shapes, hiding techniques,
script-loading styles, legit-hard kinds and a page task in legacy charsets."""

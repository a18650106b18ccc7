"""Legitimate pages shaped like a message, for the page classifier's legit side.

Maintenance and be-right-back notices, coming-soon countdowns, dark brand landing pages, HTTP
error pages (web servers', proxies' and sites' own), parked domains, age gates, cookie walls,
app-download splashes, login screens, campaign one-pagers and mourning pages, light and dark,
in 16 languages (``texts_a``, ``texts_b``) and their legacy charsets. The corpus has almost none
of these, so the model read every page shaped like a message as a defacement. Seeded and
deterministic; the texts were written for this generator (no page of any hidden set's source).

    python -m bench.legit_messages --out DIR [--seed N]

writes ``DIR/labels.json`` and ``DIR/pages/`` (the corpus layout's page task; ``family`` is the
page's kind), which ``bench.loso --pages DIR --score-only legit-messages`` scores with models that
never saw them (and ``tamperwatch.detect.train --pages-corpus`` could train on: labels.json says
``"augment": false`` and a weight). ``make train`` leaves them out: trained on, they cost real
defacement pages of an unseen source (dev held out: 86/104 caught instead of 99/104, at any weight
from 0.1 to 1), because a linear model then stops reading the message shape as evidence; the
``resources`` statistics alone (an unwoven message) cut their false alarms without that cost.
"""

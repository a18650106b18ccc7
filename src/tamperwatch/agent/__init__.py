"""The anti-tamper agent: runs on the web server, keeps a signed baseline and a golden copy of each
protected web root, watches it in real time and puts the golden version back (``docs/agent.md``)."""

"""Edition 6's fixed texts: attacker voices, own-language rewrites, spam, hosts and legit pages."""

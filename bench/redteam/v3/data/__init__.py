"""Edition 3's fixed texts: attacker voices, spam, hosts, vendors, news and legit pages."""

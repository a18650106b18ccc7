"""Edition 5's texts: attacker voices, the site's own language, spam, hosts, templates, legit pages."""

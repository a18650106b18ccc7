"""Edition 8's fixed texts: voices, spam, hosts, legit-hard texts and legit-page phrasebooks."""

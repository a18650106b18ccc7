"""Edition 7's fixed texts: attacker voices, the page owners' own register, spam, hosts, legit
changes and the page task's language packs, all written for edition 7."""

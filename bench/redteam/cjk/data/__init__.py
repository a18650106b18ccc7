"""The CJK edition's texts: site names, headline material per register, attacker material."""

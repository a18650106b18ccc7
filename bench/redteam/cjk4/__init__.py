"""CJK edition 4 of the red-team set: Chinese-, Japanese- and Korean-language sites written from
scratch (no corpus): mainland government portals, news, e-paper and rolling bulletin pages, HK and
Macao sites in traditional Chinese, a Taiwanese county and blog portal, a university, a Japanese
city hall and a Korean provincial office; their daily or hourly histories, real redesigns, and the
five attack families. ``python -m bench.redteam --edition cjk4 --out DIR``."""

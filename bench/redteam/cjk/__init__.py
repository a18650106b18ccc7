"""The CJK edition of the red-team set: Chinese- and Japanese-language site histories written from
scratch (no corpus needed), with attacks of the five corpus families.

    python -m bench.redteam --edition cjk --out /tmp/redteamcjk --overwrite

Thirteen synthetic sites (mainland government portals, mainland news and a rolling live page, Hong Kong
and Macao news and government sites in traditional Chinese, a university, a Taiwanese blog portal, a
Japanese municipal site), each with its own template family and CMS habits, served in GB2312/GBK/
GB18030, Big5/Big5-HKSCS, Shift_JIS and UTF-8. Histories rotate news lists, edit headlines, add
notices, rotate banners, add and drop vendor scripts, turn grey on days of mourning and carry
emergency notices; about one legit scenario in five holds a real redesign. The output has the dev
corpus's layout plus ``manifest.json``; written without reading the detectors.
"""

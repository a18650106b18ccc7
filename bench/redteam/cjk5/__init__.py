"""CJK edition 5 of the red-team set: fifteen invented Chinese, Japanese and Korean sites, their
legitimate histories, the five attack families and a page task (``--edition cjk5``)."""

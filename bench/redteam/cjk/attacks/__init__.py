"""The five attack families of the corpus, written for Chinese- and Japanese-language sites."""

"""The demo behind `make demo`: a local portal, scripted defacements, detection end to end."""

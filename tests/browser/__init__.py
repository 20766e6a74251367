"""Browser tests: the built site served as GitHub Pages serves it, driven in Debian's chromium."""

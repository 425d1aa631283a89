"""coprod-tui: run a live co-production meeting from the terminal."""

__version__ = "0.1.0"

"""WardBook: offline-first encrypted register for commune and ward police."""

__version__ = "0.1.0"

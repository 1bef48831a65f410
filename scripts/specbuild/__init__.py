"""The spec pipeline behind scripts/regenerate: sources, fix passes, conversion, generation."""

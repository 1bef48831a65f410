"""The documentation site's build support: the public API walk and the MkDocs hooks."""

"""Storage: TinyDB on atomic files, the card spool, and YAML minutes. No Textual here."""

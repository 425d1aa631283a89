"""One screen per tool; each is a Textual mode built on first use."""

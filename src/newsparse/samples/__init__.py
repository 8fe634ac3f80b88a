"""Sample wire copy written for newsparse (synthetic: no real story)."""

"""The blog in the quality harnesses (filled in by the blog feature)."""

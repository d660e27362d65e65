"""Events in the quality harnesses (filled in by the events feature)."""

"""Each feature's entries for the quality harnesses, one module per feature, so features are
added (and worked on) without touching each other's lines. A module defines any of the names in
registry.FEATURE_LISTS; registry.py gathers them."""

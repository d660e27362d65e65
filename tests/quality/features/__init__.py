"""Each feature's entries for the quality harnesses, one module per feature app, named by the
app's declaration (`Feature(quality="tests.quality.features.blog")`), so features are added (and
worked on) without touching each other's lines. A module defines any of the lists in
registry.py; registry.py gathers them."""

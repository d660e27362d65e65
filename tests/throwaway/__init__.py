"""A throwaway feature app, installed only by tests/architecture/test_new_feature_app.py (in a
separate pytest run with tests/throwaway/settings.py), to prove a new page type needs nothing
beyond its app, its declaration and INSTALLED_APPS."""

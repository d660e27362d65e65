"""Development tooling: seeding at scale, the benchmark, the gunicorn harness, the load and fault
checks and the mutation score. Installed only by the development and test settings; no
production module imports it (tests/devtools/test_production_imports.py)."""

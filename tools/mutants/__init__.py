"""`make mutants`: curated mutants (tests/mutants/*.patch), mutmut on the pure modules, and the
SPA's Stryker report, summed up in one table."""

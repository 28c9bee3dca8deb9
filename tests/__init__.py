"""The culturedipl test suite: a package, so that tests share helpers (``tests.scoring``)."""

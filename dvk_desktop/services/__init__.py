"""Use cases: each opens its own unit of work, returns plain data, raises domain errors."""

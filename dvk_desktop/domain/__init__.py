"""Plain-Python domain: enums, rules, validation and Vietnamese text helpers (no Qt, no DB)."""

"""Qt table models over the services' plain data."""

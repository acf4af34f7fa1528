"""Schema generation: Python annotations and route handlers -> OpenAPI objects."""

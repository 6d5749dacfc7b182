"""The HTTP service: a thin FastAPI layer over ``safeguarding_rules``; it adds no rules of its own."""

"""Registers of written text a query comes in: a written question, a writer's frame, notes."""

"""Partner webhooks: endpoints, the events outbox, signed deliveries."""

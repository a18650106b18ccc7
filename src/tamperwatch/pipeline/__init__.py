"""The check pipeline: a plain async function of (target, services), with no module-level state."""

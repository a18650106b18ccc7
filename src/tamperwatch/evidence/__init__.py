"""Evidence bundles a third party can check offline: observations, signed log records with their
inclusion proofs, captures as WACZ, screenshots and the public keys (docs/evidence.md)."""

"""Archive: targets, signed observations, captures (blobs), profiles and incidents."""

"""The game's screens. Each owns its layout; none holds game state."""

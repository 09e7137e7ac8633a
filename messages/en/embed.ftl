### embed

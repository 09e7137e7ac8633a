### keys

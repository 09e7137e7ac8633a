### The embed view (www/embed/embed.html, www/embed/embed.js), read by a small reader in
### those scripts: plain text only, one line a message (no { }, no variables, no terms).

embed-title = Code4Health Playground
embed-text = Learn to code with health data. Nothing you type leaves this computer.
embed-load = Load the playground

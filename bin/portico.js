#!/usr/bin/env node
// Entry point of the `portico` command. The TypeScript sources are bundled into dist/ by
// `npm run build` (run automatically by `npm ci` / `npm install` through the prepare script).
import '../dist/main.js';

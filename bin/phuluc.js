#!/usr/bin/env node
'use strict';
// Runs the compiled CLI (built by `npm ci` through the `prepare` script).
const path = require('path');
const fs = require('fs');
const compiled = path.join(__dirname, '..', 'lib', 'cli', 'main.js');
if (!fs.existsSync(compiled)) {
  process.stderr.write(
    'PhuLuc chưa được biên dịch: hãy chạy `npm ci` (hoặc `npm run build:cli`).\n' +
      'PhuLuc is not built yet: run `npm ci` (or `npm run build:cli`).\n',
  );
  process.exit(2);
}
require(compiled)
  .main(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  });

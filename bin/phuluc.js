#!/usr/bin/env node
'use strict';
// Runs the compiled CLI (built by `npm ci` through the `prepare` script, or `npm run build:cli`).
// Every failure ends in one line, Vietnamese / English, and an exit status: 0 done, 1 an input
// could not be read or the output could not be written, 2 bad usage, 70 a bug.
const path = require('path');
const fs = require('fs');

const BUG = 70;

/** One line for a failure nobody planned for: never a stack trace (PHULUC_DEBUG=1 shows it). */
function unexpected(e) {
  const text = (e instanceof Error ? `${e.name}: ${e.message}` : String(e))
    .replace(/\s*\n\s*/g, ' ')
    .slice(0, 300);
  process.stderr.write(
    `Lỗi không mong đợi trong PhuLuc (xin báo lại kèm lệnh đã chạy): ${text} / ` +
      `Unexpected error in PhuLuc (please report it with the command you ran): ${text}\n`,
  );
  if (process.env.PHULUC_DEBUG && e instanceof Error && e.stack)
    process.stderr.write(`${e.stack}\n`);
  process.exitCode = BUG;
}

// `phuluc scan … | head`: the reader went away; stop quietly instead of throwing EPIPE.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (e) => {
    if (e && e.code === 'EPIPE') process.exit(process.exitCode || 0);
    else unexpected(e);
  });
}
process.on('uncaughtException', (e) => {
  unexpected(e);
  process.exit(BUG);
});

const compiled = path.join(__dirname, '..', 'lib', 'cli', 'main.js');
if (!fs.existsSync(compiled)) {
  process.stderr.write(
    'PhuLuc chưa được biên dịch: hãy chạy `npm ci` (hoặc `npm run build:cli`) / ' +
      'PhuLuc is not built yet: run `npm ci` (or `npm run build:cli`)\n',
  );
  process.exitCode = BUG;
} else {
  let cli;
  try {
    cli = require(compiled);
  } catch (e) {
    unexpected(e);
  }
  if (cli) cli.run(process.argv.slice(2)).catch(unexpected);
}

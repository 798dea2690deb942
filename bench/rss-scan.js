// Scans one workbook with the compiled command line in this fresh process and prints the peak
// resident memory in MB (the bench's memory figure): node bench/rss-scan.js FILE
'use strict';
const fs = require('fs');
const path = require('path');
const { main } = require(path.join(__dirname, '..', 'lib-bench', 'src', 'cli', 'main.js'));

const io = {
  out: () => undefined,
  err: () => undefined,
  readFile: async (p) => new Uint8Array(fs.readFileSync(p)),
  color: false,
  today: () => '2025-10-20',
};
main(['scan', process.argv[2], ...process.argv.slice(3)], io).then((code) => {
  process.stdout.write(
    `${JSON.stringify({ code, maxRssMB: process.resourceUsage().maxRSS / 1024 })}\n`,
  );
});

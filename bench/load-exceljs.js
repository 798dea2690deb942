// A plain script that only loads workbooks with exceljs, run as a fresh process by the bench:
// the yardstick for `phuluc consolidate` started the same way (node bench/load-exceljs.js FILE…).
'use strict';
const fs = require('fs');
const ExcelJS = require('exceljs');

(async () => {
  for (const file of process.argv.slice(2))
    await new ExcelJS.Workbook().xlsx.load(fs.readFileSync(file));
})();

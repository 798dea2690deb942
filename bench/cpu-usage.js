// Preloaded into a process the bench starts (node -r ./bench/cpu-usage.js …): at exit, writes the
// process's CPU time (user + system, ms) to the file named by PHULUC_BENCH_CPU.
'use strict';
const fs = require('fs');

process.on('exit', () => {
  const { user, system } = process.cpuUsage();
  if (process.env.PHULUC_BENCH_CPU)
    fs.writeFileSync(process.env.PHULUC_BENCH_CPU, String((user + system) / 1000));
});

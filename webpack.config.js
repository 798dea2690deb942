// @ts-check
/**
 * Minimal build of the PhuLuc task pane page: dist/taskpane.html + dist/taskpane.js, plus
 * dist/assets/ and dist/manifest.xml so dist/ can be served as-is at https://localhost:3000/.
 * Dev server, certificates and sideloading come later; no HTML/copy plugins are installed,
 * so a small inline plugin copies the static files after emit.
 */
const fs = require('node:fs');
const path = require('node:path');

const ROOT = __dirname;
const OUT = path.resolve(ROOT, 'dist');

/** Files and folders copied verbatim: [source relative to ROOT, target relative to dist/]. */
const STATIC_COPIES = [
  ['src/taskpane/taskpane.html', 'taskpane.html'],
  ['assets', 'assets'],
  ['manifest.xml', 'manifest.xml'],
];

class CopyStaticFilesPlugin {
  /** @param {import('webpack').Compiler} compiler */
  apply(compiler) {
    // Rebuild in watch mode when one of them changes.
    compiler.hooks.afterCompile.tap('CopyStaticFilesPlugin', (compilation) => {
      for (const [from] of STATIC_COPIES) {
        const source = path.resolve(ROOT, from);
        if (fs.statSync(source).isDirectory()) compilation.contextDependencies.add(source);
        else compilation.fileDependencies.add(source);
      }
    });
    compiler.hooks.afterEmit.tap('CopyStaticFilesPlugin', () => {
      for (const [from, to] of STATIC_COPIES) {
        fs.cpSync(path.resolve(ROOT, from), path.join(OUT, to), { recursive: true });
      }
    });
  }
}

/** @type {(env: unknown, argv: { mode?: 'production' | 'development' | 'none' }) => import('webpack').Configuration} */
module.exports = (_env, argv) => {
  const mode = argv.mode === 'development' ? 'development' : 'production';
  return {
    mode,
    context: ROOT,
    entry: { taskpane: './src/taskpane/index.ts' },
    output: { path: OUT, filename: '[name].js', clean: true },
    devtool: mode === 'production' ? false : 'source-map',
    resolve: { extensions: ['.ts', '.tsx', '.js'] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            options: { transpileOnly: true, configFile: path.resolve(ROOT, 'tsconfig.web.json') },
          },
        },
      ],
    },
    plugins: [new CopyStaticFilesPlugin()],
    performance: { hints: false },
  };
};

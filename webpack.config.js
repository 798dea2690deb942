// @ts-check
/**
 * Build of the PhuLuc task pane web files (see docs/ADDIN.md):
 *
 * - `npm run build` (production): dist/ for any static HTTPS server. The production URL comes from
 *   the environment variable PHULUC_URL; without it the build stops before compiling. Every
 *   https://localhost:3000/ in dist/manifest.xml becomes that URL, and its ProviderName the
 *   organisation in PHULUC_PROVIDER (PhuLuc's own name, with a warning, when it is not set).
 * - `npm run build:dev` (development): dist/ for https://localhost:3000/, with source maps.
 * - `npm run dev-server` (`webpack serve`): HTTPS on https://localhost:3000/ with the trusted
 *   development certificate from office-addin-dev-certs.
 *
 * TypeScript is compiled once, by ts-loader in transpileOnly mode; type errors are `npm run
 * typecheck`'s job (tsc). Output is ES2022 for the Edge WebView2 / Safari / browser that hosts the
 * pane: no IE11 target, no polyfills; taskpane.html's ES5 loader tells Internet Explorer 11 and
 * EdgeHTML users why the pane cannot run there. The static files (HTML pages, icons, manifest) are added as
 * webpack assets, so they land in whatever output path is used and the dev server serves them from
 * memory.
 */
const fs = require('node:fs');
const path = require('node:path');
const { URL } = require('node:url');
const webpack = require('webpack');

const ROOT = __dirname;
const DEV_ORIGIN = 'https://localhost:3000';
const DEV_URL = `${DEV_ORIGIN}/`;
const DEV_PORT = 3000;
const URL_VARIABLE = 'PHULUC_URL';
/** The publishing organisation, for the manifest's ProviderName (Office shows it to users). */
const PROVIDER_VARIABLE = 'PHULUC_PROVIDER';
const DEFAULT_PROVIDER = 'PhuLuc';

/** Files and folders added verbatim: [source relative to ROOT, target relative to the output]. */
const STATIC_FILES = [
  ['src/taskpane/help.html', 'help.html'],
  ['assets', 'assets'],
];
/** The pane's page: its loader gets the content-hashed name of the entry script. */
const TASKPANE_HTML = ['src/taskpane/taskpane.html', 'taskpane.html'];
const BUNDLE_PLACEHOLDER = '__PHULUC_BUNDLE__';
const MANIFEST = 'manifest.xml';

/** Thrown before anything is built when the production URL is missing or unusable. */
class BuildConfigError extends Error {}

const MISSING_URL_MESSAGE = [
  `PhuLuc: chưa đặt biến môi trường ${URL_VARIABLE}. Bản dựng production cần địa chỉ HTTPS nơi`,
  `  sẽ đặt thư mục dist/, ví dụ: ${URL_VARIABLE}=https://phuluc.example.gov.vn/ npm run build`,
  `  (PowerShell: $env:${URL_VARIABLE}="https://phuluc.example.gov.vn/"; npm run build).`,
  `PhuLuc: the environment variable ${URL_VARIABLE} is not set. A production build needs the HTTPS`,
  `  address where dist/ will be served, e.g. ${URL_VARIABLE}=https://phuluc.example.gov.vn/ npm run build`,
  `  (PowerShell: $env:${URL_VARIABLE}="https://phuluc.example.gov.vn/"; npm run build).`,
  `  For a local build against https://localhost:3000/ use: npm run build:dev`,
].join('\n');

/**
 * The production base URL from PHULUC_URL: https, no query or fragment, with a trailing slash.
 * @param {string | undefined} raw
 * @returns {URL}
 */
function productionUrl(raw) {
  const text = (raw ?? '').trim();
  if (!text) throw new BuildConfigError(MISSING_URL_MESSAGE);
  /** @type {URL} */
  let url;
  try {
    url = new URL(text);
  } catch {
    throw new BuildConfigError(
      `PhuLuc: ${URL_VARIABLE}="${text}" không phải là một địa chỉ URL hợp lệ.\n` +
        `PhuLuc: ${URL_VARIABLE}="${text}" is not a valid URL (e.g. https://phuluc.example.gov.vn/).`,
    );
  }
  if (url.protocol !== 'https:' || url.search || url.hash || url.username || url.password) {
    throw new BuildConfigError(
      `PhuLuc: ${URL_VARIABLE} phải là địa chỉ https:// không có ?truy-vấn, #neo hay tài khoản (Office chỉ tải add-in qua HTTPS).\n` +
        `PhuLuc: ${URL_VARIABLE} must be an https:// address without ?query, #fragment or credentials (Office loads add-ins over HTTPS only).`,
    );
  }
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url;
}

/**
 * manifest.xml with the development address replaced: every https://localhost:3000/ by the base
 * URL, then the bare origin (the <AppDomain>) by the URL's origin.
 * @param {string} xml
 * @param {URL} base
 */
function rewriteManifest(xml, base) {
  return xml.split(DEV_URL).join(base.href).split(DEV_ORIGIN).join(base.origin);
}

/**
 * manifest.xml with <ProviderName> set to the publishing organisation (XML-escaped, at most the
 * 250 characters the manifest schema allows).
 * @param {string} xml
 * @param {string} provider
 */
function withProvider(xml, provider) {
  const escaped = provider
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
  return xml.replace(
    /<ProviderName>[^<]*<\/ProviderName>/,
    `<ProviderName>${escaped}</ProviderName>`,
  );
}

/**
 * The organisation from PHULUC_PROVIDER, or PhuLuc's own name when it is not set.
 * @param {string | undefined} raw
 */
function providerName(raw) {
  const text = (raw ?? '').trim();
  if (text.length > 250) {
    throw new BuildConfigError(
      `PhuLuc: ${PROVIDER_VARIABLE} dài quá 250 ký tự.\nPhuLuc: ${PROVIDER_VARIABLE} is longer than 250 characters.`,
    );
  }
  return text || DEFAULT_PROVIDER;
}

/**
 * Files under dir, as paths relative to it with forward slashes, sorted.
 * @param {string} dir
 * @param {string} [prefix]
 * @returns {string[]}
 */
function listFiles(dir, prefix = '') {
  return fs
    .readdirSync(path.join(dir, prefix), { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => {
      const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
      if (entry.isDirectory()) return listFiles(dir, rel);
      return entry.isFile() ? [rel] : [];
    });
}

/** Adds the static files and the (rewritten) manifest to the compilation's assets. */
class StaticFilesPlugin {
  /** @param {{ baseUrl: URL | undefined, provider: string }} options */
  constructor(options) {
    this.baseUrl = options.baseUrl;
    this.provider = options.provider;
  }

  /** @param {import('webpack').Compiler} compiler */
  apply(compiler) {
    const { RawSource } = compiler.webpack.sources;
    compiler.hooks.thisCompilation.tap('PhuLucStaticFiles', (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: 'PhuLucStaticFiles', stage: webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          for (const [from, to] of STATIC_FILES) {
            const source = path.resolve(ROOT, from);
            if (fs.statSync(source).isDirectory()) {
              compilation.contextDependencies.add(source);
              for (const file of listFiles(source)) {
                const content = fs.readFileSync(path.join(source, file));
                compilation.emitAsset(`${to}/${file}`, new RawSource(content));
              }
            } else {
              compilation.fileDependencies.add(source);
              compilation.emitAsset(to, new RawSource(fs.readFileSync(source)));
            }
          }
          const manifestPath = path.resolve(ROOT, MANIFEST);
          compilation.fileDependencies.add(manifestPath);
          const xml = fs.readFileSync(manifestPath, 'utf8');
          const moved = this.baseUrl ? rewriteManifest(xml, this.baseUrl) : xml;
          const out = withProvider(moved, this.provider);
          compilation.emitAsset(MANIFEST, new RawSource(out));
        },
      );
      // After the real content hashes are in the names (OPTIMIZE_HASH), so the page asks for the
      // script this build wrote and a cached old page cannot ask for a chunk that is gone.
      compilation.hooks.processAssets.tap(
        {
          name: 'PhuLucTaskpaneHtml',
          stage: webpack.Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_TRANSFER,
        },
        () => {
          const [from, to] = TASKPANE_HTML;
          const source = path.resolve(ROOT, from);
          compilation.fileDependencies.add(source);
          const entry = compilation.entrypoints.get('taskpane');
          const scripts = entry ? [...entry.getFiles()].filter((f) => f.endsWith('.js')) : [];
          if (scripts.length !== 1)
            throw new Error(`PhuLuc: expected one entry script, got ${scripts.join(', ')}`);
          const html = fs.readFileSync(source, 'utf8');
          if (!html.includes(BUNDLE_PLACEHOLDER))
            throw new Error(`PhuLuc: ${from} has no ${BUNDLE_PLACEHOLDER}`);
          compilation.emitAsset(to, new RawSource(html.split(BUNDLE_PLACEHOLDER).join(scripts[0])));
        },
      );
    });
  }
}

/**
 * HTTPS options for the dev server: the development certificate from office-addin-dev-certs,
 * created and trusted on first use (it may ask for an administrator password). When that fails
 * (no sudo, declined prompt) the server still starts with webpack-dev-server's own self-signed
 * certificate, which a browser accepts after a warning but Office does not.
 * @returns {Promise<import('webpack-dev-server').ServerConfiguration>}
 */
async function httpsServer() {
  try {
    const devCerts = require('office-addin-dev-certs');
    return { type: 'https', options: await devCerts.getHttpsServerOptions() };
  } catch (error) {
    console.warn(
      [
        'PhuLuc: không lấy được chứng chỉ phát triển (office-addin-dev-certs). Chạy',
        '  "npx office-addin-dev-certs install" rồi khởi động lại; tạm dùng chứng chỉ tự ký mà Office không tin cậy.',
        'PhuLuc: could not get the development certificate (office-addin-dev-certs). Run',
        '  "npx office-addin-dev-certs install" and restart; falling back to a self-signed certificate Office will not trust.',
        `  (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`,
      ].join('\n'),
    );
    return { type: 'https' };
  }
}

/**
 * @param {Record<string, unknown>} env webpack-cli sets env.WEBPACK_SERVE for `webpack serve`
 * @param {{ mode?: 'production' | 'development' | 'none' }} argv
 * @returns {Promise<import('webpack').Configuration>}
 */
module.exports = async (env, argv) => {
  const mode = argv.mode === 'development' ? 'development' : 'production';
  const serve = Boolean(env && env.WEBPACK_SERVE);
  /** @type {URL | undefined} */
  let baseUrl;
  let provider = DEFAULT_PROVIDER;
  if (mode === 'production' && !serve) {
    try {
      baseUrl = productionUrl(process.env[URL_VARIABLE]);
      provider = providerName(process.env[PROVIDER_VARIABLE]);
      if (provider === DEFAULT_PROVIDER) {
        console.warn(
          `PhuLuc: chưa đặt ${PROVIDER_VARIABLE} (tên cơ quan phát hành, hiện trong Office); tạm dùng "${DEFAULT_PROVIDER}".\n` +
            `PhuLuc: ${PROVIDER_VARIABLE} (the publishing organisation, shown by Office) is not set; using "${DEFAULT_PROVIDER}".`,
        );
      }
    } catch (error) {
      if (!(error instanceof BuildConfigError)) throw error;
      // Stop before anything is compiled, with the two-language message alone (no stack trace).
      console.error(error.message);
      process.exit(1);
    }
  }

  return {
    mode,
    context: ROOT,
    target: ['web', 'es2022'],
    entry: { taskpane: './src/taskpane/index.tsx' },
    output: {
      path: path.resolve(ROOT, 'dist'),
      // Every script name carries its content hash: Office webviews cache hard, and after a
      // redeploy an old script must never ask for a chunk that is gone. Only taskpane.html keeps
      // its name (serve it uncached, docs/ADDIN.md). exceljs and the .xlsx adapters load on first
      // use as their own chunk.
      filename: '[name].[contenthash:8].js',
      chunkFilename: '[name].[contenthash:8].js',
      clean: true,
    },
    devtool: mode === 'production' ? false : 'source-map',
    resolve: { extensions: ['.ts', '.tsx', '.js'] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            options: {
              transpileOnly: true,
              configFile: path.resolve(ROOT, 'tsconfig.web.json'),
              compilerOptions: { sourceMap: mode !== 'production' },
            },
          },
        },
      ],
    },
    plugins: [new StaticFilesPlugin({ baseUrl, provider })],
    performance: { hints: false },
    devServer: serve
      ? {
          host: 'localhost',
          port: DEV_PORT,
          server: await httpsServer(),
          headers: { 'Access-Control-Allow-Origin': '*', 'Cache-Control': 'no-cache' },
          static: false,
          hot: false,
          liveReload: true,
          client: { overlay: { errors: true, warnings: false } },
        }
      : undefined,
  };
};

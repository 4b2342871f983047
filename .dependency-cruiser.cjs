/** @type {import('dependency-cruiser').IConfiguration} */
// The pipeline's boundaries, checked in `npm test` (npm run lint:deps): load → parse → validate → model → render → write.
const PURE = '^src/(parse|validate|model|render|diagnostics|pdf|audit)/';
const DISK_MODULES = '^(node:)?(fs|fs/promises|child_process|worker_threads|net|http|https|os)$|^(puppeteer|pagefind|@touch4it/ical-timezones)$';
// The PDF library (and its unmaintained original, should it creep back) only where PDFs are read.
const PDF_LIBRARY = '^(@cantoo/)?pdf-lib$';
module.exports = {
  forbidden: [
    { name: 'no-circular', severity: 'error', comment: 'Modules must not depend on each other in a circle.', from: {}, to: { circular: true } },
    { name: 'library-not-cli', severity: 'error', comment: 'The library never imports the CLI.', from: { path: '^src/', pathNot: '^src/cli/' }, to: { path: '^src/cli/' } },
    { name: 'src-not-test', severity: 'error', comment: 'Source never imports tests or benchmarks.', from: { path: '^src/' }, to: { path: '^(test|bench)/' } },
    {
      name: 'pure-stages-no-edges',
      severity: 'error',
      comment: 'parse, validate, model, render, diagnostics, pdf and audit are pure: no disk, no Chromium, no process.',
      from: { path: PURE },
      to: { path: [DISK_MODULES, '^src/(load|write|compile|pipeline|scaffold|init|site)/'] },
    },
    {
      name: 'pdf-library-at-the-edges',
      severity: 'error',
      comment: 'The PDF library reads user PDFs (load/) and built PDFs (audit/); the writer (write/) keeps to src/pdf.',
      from: { path: '^src/', pathNot: '^src/(load|audit)/' },
      to: { path: PDF_LIBRARY },
    },
    { name: 'audit-reads-pdf-only', severity: 'error', comment: 'audit/ judges PDF bytes: it knows nothing of the pipeline.', from: { path: '^src/audit/' }, to: { path: '^src/', pathNot: '^src/(audit|pdf)/' } },
    { name: 'pdf-is-syntax', severity: 'error', comment: 'pdf/ is PDF syntax only.', from: { path: '^src/pdf/' }, to: { path: '^src/', pathNot: '^src/pdf/' } },
    {
      name: 'only-edges-touch-disk',
      severity: 'error',
      comment: 'Only load/ (reading) and write/ (writing, Chromium) touch the disk, processes or the browser.',
      from: { path: '^src/', pathNot: '^src/(load|write)/' },
      to: { dependencyTypes: ['core', 'npm', 'npm-dev', 'npm-optional', 'npm-peer', 'npm-no-pkg', 'npm-unknown'], path: DISK_MODULES },
    },
    { name: 'diagnostics-is-the-bottom', severity: 'error', comment: 'diagnostics imports nothing above it.', from: { path: '^src/diagnostics/' }, to: { path: '^src/', pathNot: '^src/diagnostics/' } },
    { name: 'parse-below-validate', severity: 'error', comment: 'parse knows nothing of the later stages.', from: { path: '^src/parse/' }, to: { path: '^src/(validate|model|render)/' } },
    { name: 'validate-below-model-building', severity: 'error', comment: 'validate judges: it reads model types, never the renderers.', from: { path: '^src/validate/' }, to: { path: '^src/render/' } },
    { name: 'model-below-render', severity: 'error', comment: 'The model knows nothing of how it is rendered.', from: { path: '^src/model/' }, to: { path: '^src/render/' } },
    { name: 'load-reads-only', severity: 'error', comment: 'load/ reads; it does not render, write or orchestrate.', from: { path: '^src/load/' }, to: { path: '^src/(render|write|compile|pipeline|scaffold|init|site)/', dependencyTypesNot: ['type-only'] } },
    { name: 'write-is-an-edge', severity: 'error', comment: 'write/ writes what it is given; it does not orchestrate.', from: { path: '^src/write/' }, to: { path: '^src/(compile|pipeline|scaffold|init|site)/' } },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'] },
    reporterOptions: { text: { highlightFocused: true } },
  },
};

import { CI_SHARDS } from './ci-settings.js';
import { composeBuildJob, composeCheckJob } from './compose-ci-jobs.js';
import { composePagesJobs } from './compose-pages-jobs.js';

export { CI_NODE_VERSION, CI_SHARDS, CI_STEP_NAMES, PINNED_ACTIONS } from './ci-settings.js';

/** The jobs of the workflow, in order: check, build the changed documents, and publish the website from main. */
export const CI_JOBS: readonly (() => string)[] = [composeCheckJob, composeBuildJob, composePagesJobs];

/**
 * The GitHub Actions workflow of a meetings repository: on pull requests and pushes to main, \`sbp check\`
 * with annotations; then the documents the change touches are built and uploaded as artifacts.
 */
export function composeCiWorkflow(sbpPackage: string): string {
  return `# Checks every pull request and push to main, and builds the agenda packs and minutes they change.
# The PDFs are attached to the run as artifacts "packs-1-of-1" (or "packs-i-of-${CI_SHARDS}" after a change
# that rebuilds everything): Actions tab, the run, Artifacts. Every push to main also publishes the public
# website (sbp site --pdf) to GitHub Pages: in the repository's Settings, Pages, set the source to "GitHub Actions" once.
name: sbp

on:
  pull_request:
  push:
    branches: [main]
  # Run by hand (Actions tab, "Run workflow") to rebuild every document.
  workflow_dispatch:

permissions:
  contents: read

concurrency:
  group: sbp-\${{ github.ref }}
  cancel-in-progress: true

env:
  # How sbp is installed: an npm package (@safer-bromley/sbp@x.y.z), a git URL at a tag
  # (github:owner/sbp#vx.y.z, compiled on install) or a tarball URL.
  SBP_PACKAGE: ${JSON.stringify(sbpPackage)}
  # sbp prints with the runner's Chrome or Chromium; puppeteer need not download its own.
  PUPPETEER_SKIP_DOWNLOAD: "true"
  # Jobs a full rebuild (after a change to sbp.yaml, roster.yaml or templates) is spread over.
  SBP_SHARDS: ${CI_SHARDS}

jobs:
${CI_JOBS.map((job) => job()).join('\n')}`;
}

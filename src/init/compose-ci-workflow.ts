import { composeChangeScript } from './compose-change-script.js';

/**
 * The actions the workflow uses, pinned by the commit of a release tag (a tag can be moved; a commit cannot),
 * with the release in a comment so that Dependabot and readers can follow it.
 */
export const PINNED_ACTIONS = {
  checkout: { repo: 'actions/checkout', sha: '3d3c42e5aac5ba805825da76410c181273ba90b1', version: 'v7.0.1' },
  setupNode: { repo: 'actions/setup-node', sha: '820762786026740c76f36085b0efc47a31fe5020', version: 'v7.0.0' },
  uploadArtifact: {
    repo: 'actions/upload-artifact',
    sha: 'bbbca2ddaa5d8feaa63e36b76fdaad77386f024f',
    version: 'v7.0.0',
  },
} as const;

/** The Node.js major the workflow runs sbp on (the current LTS). */
export const CI_NODE_VERSION = 24;

/** How many jobs a full rebuild is spread over (`sbp build --all --shard i/n`). */
export const CI_SHARDS = 4;

/** Names of the steps, by job, in order (tests and the clerks' README refer to them). */
export const CI_STEP_NAMES = {
  check: [
    'Check out the repository with its history',
    `Set up Node.js ${CI_NODE_VERSION}`,
    'Install sbp',
    'Find what to build',
    'Check the meetings',
  ],
  build: [
    'Check out the repository',
    `Set up Node.js ${CI_NODE_VERSION}`,
    'Install sbp',
    'Install fonts and a browser',
    'Build the agenda packs and minutes',
    'Upload the PDFs',
  ],
} as const;

const uses = (action: keyof typeof PINNED_ACTIONS) =>
  `${PINNED_ACTIONS[action].repo}@${PINNED_ACTIONS[action].sha} # ${PINNED_ACTIONS[action].version}`;

/** Steps every job starts with: the repository (with history when asked), Node.js, and sbp itself. */
function composeSetupSteps(names: readonly string[], history: boolean): string {
  return `      - name: ${names[0]}
        uses: ${uses('checkout')}
        with:
          fetch-depth: ${history ? 0 : 1}
          persist-credentials: false

      - name: ${names[1]}
        uses: ${uses('setupNode')}
        with:
          node-version: ${CI_NODE_VERSION}

      - name: ${names[2]}
        run: npm install --global --no-audit --no-fund "$SBP_PACKAGE"
`;
}

/** The first job: annotations for every fault, and which documents the change needs rebuilt. */
function composeCheckJob(): string {
  const names = CI_STEP_NAMES.check;
  return `  check:
    runs-on: ubuntu-latest
    timeout-minutes: 15
    outputs:
      build: \${{ steps.changes.outputs.build }}
      meetings: \${{ steps.changes.outputs.meetings }}
      shards: \${{ steps.changes.outputs.shards }}
      shard-count: \${{ steps.changes.outputs.shard-count }}
    steps:
${composeSetupSteps(names, true)}
      - name: ${names[3]}
        id: changes
        env:
          EVENT: \${{ github.event_name }}
          BASE_REF: \${{ github.base_ref }}
          BEFORE: \${{ github.event.before }}
        run: |
${indent(composeChangeScript(), 10)}

      - name: ${names[4]}
        # Every fault appears as an annotation on the changed lines of the pull request.
        run: sbp check --format github
`;
}

/** The build: the changed meetings in one job, or a full rebuild spread over CI_SHARDS jobs. */
function composeBuildJob(): string {
  const names = CI_STEP_NAMES.build;
  return `  build:
    name: build (\${{ matrix.shard }} of \${{ needs.check.outputs.shard-count }})
    needs: check
    if: needs.check.outputs.build == 'true'
    runs-on: ubuntu-latest
    timeout-minutes: 30
    strategy:
      fail-fast: false
      matrix:
        shard: \${{ fromJSON(needs.check.outputs.shards) }}
    steps:
${composeSetupSteps(names, false)}
      - name: ${names[3]}
        run: |
          sudo apt-get update -qq
          sudo apt-get install -y -qq fonts-liberation2
          # GitHub's Ubuntu runners come with Google Chrome, which sbp finds; elsewhere install Chromium.
          command -v google-chrome || command -v chromium || sudo apt-get install -y -qq chromium

      - name: ${names[4]}
        env:
          # Through the environment, never pasted into the script: file names are data, not shell.
          MEETINGS: \${{ needs.check.outputs.meetings }}
          SHARD: \${{ matrix.shard }}/\${{ needs.check.outputs.shard-count }}
        run: |
          if [ -n "$MEETINGS" ]; then
            # One word per meeting file (the names were checked to hold no spaces).
            # shellcheck disable=SC2086
            sbp build $MEETINGS --out out
          else
            sbp build --all --shard "$SHARD" --out out
          fi

      - name: ${names[5]}
        uses: ${uses('uploadArtifact')}
        with:
          name: packs-\${{ matrix.shard }}-of-\${{ needs.check.outputs.shard-count }}
          path: out/*.pdf
          # A shard of a small repository can hold no document.
          if-no-files-found: warn
`;
}

/** The jobs of the workflow, in order; a later job (a site publisher, say) is one more entry here. */
export const CI_JOBS: readonly (() => string)[] = [composeCheckJob, composeBuildJob];

/**
 * The GitHub Actions workflow of a meetings repository: on pull requests and pushes to main, \`sbp check\`
 * with annotations; then the documents the change touches are built and uploaded as artifacts.
 */
export function composeCiWorkflow(sbpPackage: string): string {
  return `# Checks every pull request and push to main, and builds the agenda packs and minutes they change.
# The PDFs are attached to the run as artifacts "packs-1-of-1" (or "packs-i-of-${CI_SHARDS}" after a change
# that rebuilds everything): Actions tab, the run, Artifacts.
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

function indent(text: string, spaces: number): string {
  const pad = ' '.repeat(spaces);
  return text
    .trimEnd()
    .split('\n')
    .map((line) => (line ? pad + line : ''))
    .join('\n');
}

import { composePagesJobs } from './compose-pages-jobs.js';

/** Names of the workflow's steps, in order (tests and the clerks' README refer to them). */
export const CI_STEP_NAMES = [
  'Check out the repository with its history',
  'Set up Node.js 20',
  'Install sbp',
  'Install Chromium and fonts',
  'Check the meetings',
  'Find the changed meetings',
  'Build the changed agenda packs and minutes',
  'Upload the PDFs',
] as const;

/**
 * The GitHub Actions workflow of a meetings repository: on every pull request, `sbp check` with
 * annotations on the changed lines, then the changed meetings built and uploaded as an artifact.
 */
export function composeCiWorkflow(sbpPackage: string): string {
  const [checkout, node, install, chromium, check, changed, build, upload] = CI_STEP_NAMES;
  return `# Checks every pull request and builds the agenda packs and minutes it changes.
# The PDFs are attached to the workflow run as the artifact "packs" (Actions tab, the run, Artifacts).
# Every push to main publishes the public website (sbp site --pdf) to GitHub Pages: in the repository's
# Settings, Pages, set the source to "GitHub Actions" once.
name: sbp

on:
  pull_request:
  push:
    branches: [main]

permissions:
  contents: read

concurrency:
  group: sbp-\${{ github.ref }}
  cancel-in-progress: true

env:
  # How sbp is installed: an npm package name, a git URL (github:owner/sbp) or a tarball URL.
  SBP_PACKAGE: ${JSON.stringify(sbpPackage)}
  # sbp prints with the system Chromium; puppeteer need not download its own.
  PUPPETEER_SKIP_DOWNLOAD: "true"

jobs:
  check-and-build:
    if: github.event_name == 'pull_request'
    runs-on: ubuntu-latest
    timeout-minutes: 20
    steps:
      - name: ${checkout}
        uses: actions/checkout@v4
        with:
          fetch-depth: 0

      - name: ${node}
        uses: actions/setup-node@v4
        with:
          node-version: 20

      - name: ${install}
        run: npm install --global "$SBP_PACKAGE"

      - name: ${chromium}
        run: |
          sudo apt-get update
          sudo apt-get install -y chromium fonts-liberation2 || sudo apt-get install -y fonts-liberation2
          # GitHub's Ubuntu images also ship Google Chrome, which sbp finds when the chromium package is a snap stub.
          command -v chromium || command -v google-chrome

      - name: ${check}
        # Findings appear as annotations on the changed lines of the pull request.
        run: sbp check --format github

      - name: ${changed}
        id: changed
        env:
          BASE_REF: \${{ github.base_ref }}
        run: |
          changed=$(git diff --name-only "origin/$BASE_REF...HEAD")
          # Meeting files themselves, and every meeting that names a changed paper.
          meetings=$(echo "$changed" | grep -E '^[a-z0-9-]+/[0-9]{4}-[0-9]{2}-[0-9]{2}\\.md$' || true)
          for paper in $(echo "$changed" | grep -E '^papers/' || true); do
            meetings="$meetings $(grep -lF "$paper" -- */[0-9][0-9][0-9][0-9]-*.md 2>/dev/null || true)"
          done
          meetings=$(for m in $meetings; do [ -f "$m" ] && echo "$m"; done | grep -E '^[a-z0-9-]+/[0-9]{4}-[0-9]{2}-[0-9]{2}\\.md$' | sort -u | tr '\\n' ' ')
          echo "Changed meetings: \${meetings:-none}"
          echo "meetings=$meetings" >> "$GITHUB_OUTPUT"

      - name: ${build}
        if: steps.changed.outputs.meetings != ''
        env:
          # Through the environment, never pasted into the script: file names are data, not shell.
          MEETINGS: \${{ steps.changed.outputs.meetings }}
        run: sbp build $MEETINGS --out out

      - name: ${upload}
        if: steps.changed.outputs.meetings != ''
        uses: actions/upload-artifact@v4
        with:
          name: packs
          path: out/*.pdf
          if-no-files-found: error

${composePagesJobs()}`;
}

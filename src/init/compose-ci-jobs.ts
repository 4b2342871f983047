import { CI_NODE_VERSION, CI_STEP_NAMES, PINNED_ACTIONS } from './ci-settings.js';
import { composeChangeScript } from './compose-change-script.js';

/** An action as a `uses:` line: pinned by its commit, with the release in a comment. */
export const uses = (action: keyof typeof PINNED_ACTIONS) =>
  `${PINNED_ACTIONS[action].repo}@${PINNED_ACTIONS[action].sha} # ${PINNED_ACTIONS[action].version}`;

/** Steps every job starts with: the repository (with history when asked), Node.js, and sbp itself. */
export function composeSetupSteps(names: readonly string[], history: boolean): string {
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

/** The step that installs the fonts packs paginate with, and a browser where the runner has none. */
export function composeBrowserStep(name: string): string {
  return `      - name: ${name}
        run: |
          sudo apt-get update -qq
          sudo apt-get install -y -qq fonts-liberation2
          # GitHub's Ubuntu runners come with Google Chrome, which sbp finds; elsewhere install Chromium.
          command -v google-chrome || command -v chromium || sudo apt-get install -y -qq chromium
`;
}

/** The first job: annotations for every fault, and which documents the change needs rebuilt. */
export function composeCheckJob(): string {
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
export function composeBuildJob(): string {
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
${composeBrowserStep(names[3])}
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

function indent(text: string, spaces: number): string {
  const pad = ' '.repeat(spaces);
  return text
    .trimEnd()
    .split('\n')
    .map((line) => (line ? pad + line : ''))
    .join('\n');
}

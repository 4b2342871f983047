/** Actions the Pages jobs use, pinned by commit SHA (a tag can be moved; a commit cannot). */
export const PAGES_ACTIONS = {
  checkout: 'actions/checkout@34e114876b0b11c390a56381ad16ebd13914f8d5 # v4.3.1',
  setupNode: 'actions/setup-node@49933ea5288caeca8642d1e84afbd3f7d6820020 # v4.4.0',
  configurePages: 'actions/configure-pages@983d7736d9b0ae728b81ab479565c72886d7745b # v5.0.0',
  uploadPagesArtifact: 'actions/upload-pages-artifact@56afc609e74202658d3ffba0e8f6dda462b719fa # v3.0.1',
  deployPages: 'actions/deploy-pages@d6db90164ac5ed86f2b6aed7e0febac5b3c0c03e # v4.0.5',
} as const;

/**
 * The two jobs that publish the public website on every push to main: `site` builds it with the PDFs
 * (`sbp site --pdf`, at the address GitHub Pages gives) and uploads it; `deploy-site` deploys it. They
 * go under `jobs:` of the workflow, which must also run `on: push: branches: [main]`.
 */
export function composePagesJobs(): string {
  return `  site:
    # The public website, with the agenda packs and minutes as PDF, on every push to main.
    if: github.event_name == 'push'
    runs-on: ubuntu-latest
    timeout-minutes: 30
    steps:
      - name: Check out the repository
        uses: ${PAGES_ACTIONS.checkout}

      - name: Set up Node.js
        uses: ${PAGES_ACTIONS.setupNode}
        with:
          node-version: 20

      - name: Install sbp
        run: npm install --global "$SBP_PACKAGE"

      - name: Install Chromium and fonts
        run: |
          sudo apt-get update
          sudo apt-get install -y chromium fonts-liberation2 || sudo apt-get install -y fonts-liberation2
          command -v chromium || command -v google-chrome

      - name: Configure GitHub Pages
        id: pages
        uses: ${PAGES_ACTIONS.configurePages}

      - name: Build the website with the PDFs
        env:
          BASE_URL: \${{ steps.pages.outputs.base_url }}
        run: sbp site . --pdf --out public --base-url "$BASE_URL/"

      - name: Upload the website
        uses: ${PAGES_ACTIONS.uploadPagesArtifact}
        with:
          path: public

  deploy-site:
    needs: site
    if: github.event_name == 'push'
    runs-on: ubuntu-latest
    permissions:
      pages: write
      id-token: write
    environment:
      name: github-pages
      url: \${{ steps.deployment.outputs.page_url }}
    # One deployment at a time, never cancelled half-way.
    concurrency:
      group: pages
      cancel-in-progress: false
    steps:
      - name: Publish to GitHub Pages
        id: deployment
        uses: ${PAGES_ACTIONS.deployPages}
`;
}

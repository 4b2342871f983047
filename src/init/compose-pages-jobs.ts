import { CI_STEP_NAMES } from './ci-settings.js';
import { composeBrowserStep, composeSetupSteps, uses } from './compose-ci-jobs.js';

/**
 * The two jobs that publish the public website on every push to main: \`site\` builds it with the PDFs
 * (\`sbp site --pdf\`, at the address GitHub Pages gives) and uploads it; \`deploy-site\` deploys it.
 */
export function composePagesJobs(): string {
  const names = CI_STEP_NAMES.site;
  return `  site:
    # The public website, with the agenda packs and minutes as PDF, on every push to main.
    if: github.event_name == 'push'
    runs-on: ubuntu-latest
    timeout-minutes: 30
    steps:
${composeSetupSteps(names, false)}
${composeBrowserStep(names[3])}
      - name: ${names[4]}
        id: pages
        uses: ${uses('configurePages')}

      - name: ${names[5]}
        env:
          BASE_URL: \${{ steps.pages.outputs.base_url }}
        run: sbp site . --pdf --out public --base-url "$BASE_URL/"

      - name: ${names[6]}
        uses: ${uses('uploadPagesArtifact')}
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
        uses: ${uses('deployPages')}
`;
}

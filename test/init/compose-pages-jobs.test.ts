import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { composeCiWorkflow } from '../../src/init/compose-ci-workflow.js';

interface Job {
  if?: string;
  needs?: string;
  permissions?: Record<string, string>;
  environment?: { name: string; url: string };
  steps: {
    name: string;
    id?: string;
    uses?: string;
    run?: string;
    with?: Record<string, unknown>;
    env?: Record<string, string>;
  }[];
}

// GitHub's expressions, as the workflow writes them.
const expression = (text: string) => `$\{{ ${text} }}`;

describe('the Pages jobs of the sbp init workflow', () => {
  const workflow = parse(composeCiWorkflow('sbp')) as { on: Record<string, unknown>; jobs: Record<string, Job> };

  it('builds the site with the PDFs on each push to main and deploys it to GitHub Pages', () => {
    expect(workflow.on.push).toEqual({ branches: ['main'] });
    expect(workflow.jobs.check.if).toBeUndefined();
    const site = workflow.jobs.site;
    expect(site.if).toBe("github.event_name == 'push'");
    const build = site.steps.find((s) => s.name === 'Build the website with the PDFs')!;
    expect(build.run).toBe('sbp site . --pdf --out public --base-url "$BASE_URL/"');
    expect(build.env).toEqual({ BASE_URL: expression('steps.pages.outputs.base_url') });
    expect(site.steps.find((s) => s.id === 'pages')?.uses).toMatch(/^actions\/configure-pages@/);
    expect(site.steps.at(-1)).toMatchObject({
      uses: expect.stringMatching(/^actions\/upload-pages-artifact@/),
      with: { path: 'public' },
    });
    const deploy = workflow.jobs['deploy-site'];
    expect(deploy).toMatchObject({
      needs: 'site',
      permissions: { pages: 'write', 'id-token': 'write' },
      environment: { name: 'github-pages', url: expression('steps.deployment.outputs.page_url') },
    });
    expect(deploy.steps[0].uses).toMatch(/^actions\/deploy-pages@/);
  });

  it('pins every action it uses by a full commit SHA', () => {
    const used = [...workflow.jobs.site.steps, ...workflow.jobs['deploy-site'].steps].flatMap((s) =>
      s.uses ? [s.uses] : [],
    );
    for (const uses of used) expect(uses).toMatch(/@[0-9a-f]{40}$/);
  });
});

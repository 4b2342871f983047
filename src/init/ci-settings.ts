// What the workflow of a meetings repository is made of: pinned actions, Node.js, shards, step names.
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
  configurePages: {
    repo: 'actions/configure-pages',
    sha: '983d7736d9b0ae728b81ab479565c72886d7745b',
    version: 'v5.0.0',
  },
  uploadPagesArtifact: {
    repo: 'actions/upload-pages-artifact',
    sha: '56afc609e74202658d3ffba0e8f6dda462b719fa',
    version: 'v3.0.1',
  },
  deployPages: { repo: 'actions/deploy-pages', sha: 'd6db90164ac5ed86f2b6aed7e0febac5b3c0c03e', version: 'v4.0.5' },
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
  site: [
    'Check out the repository',
    `Set up Node.js ${CI_NODE_VERSION}`,
    'Install sbp',
    'Install fonts and a browser',
    'Configure GitHub Pages',
    'Build the website with the PDFs',
    'Upload the website',
  ],
} as const;

/**
 * `.vscode/tasks.json` for a meetings repository: "sbp check" as a background task whose findings the
 * editor underlines where they are, front matter of Markdown meeting files included (the YAML extension
 * does not validate front matter). It runs `sbp check --watch`; the problem matcher reads its lines,
 * `board/2024-06-13.md:8:24 error unknown-person  message`.
 */
export function composeEditorTasks(): string {
  const task = {
    label: 'sbp check',
    type: 'shell',
    command: 'sbp check --watch',
    isBackground: true,
    runOptions: { runOn: 'folderOpen' },
    presentation: { reveal: 'silent' },
    problemMatcher: {
      owner: 'sbp',
      // VS Code's own variable, written as is into tasks.json.
      // biome-ignore lint/suspicious/noTemplateCurlyInString: it is not a JavaScript template
      fileLocation: ['relative', '${workspaceFolder}'],
      pattern: {
        regexp: '^(.+?):(\\d+):(\\d+) (error|warning) (\\S+)\\s+(.*)$',
        file: 1,
        line: 2,
        column: 3,
        severity: 4,
        code: 5,
        message: 6,
      },
      background: { beginsPattern: '^sbp check: checking', endsPattern: '^(✔|✖) ' },
    },
  };
  return `${JSON.stringify({ version: '2.0.0', tasks: [task] }, null, 2)}\n`;
}

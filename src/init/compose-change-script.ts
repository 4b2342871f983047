/**
 * The bash script of the workflow's "Find what to build" step. From the files the pull request or push
 * changed, it writes to $GITHUB_OUTPUT: build (true/false); meetings (the meeting files to build, when only
 * some are); shards and shard-count (the matrix of the build job).
 *
 * - A changed meeting file: that meeting, and every later meeting of its body (their Matters Arising
 *   and previous minutes read it).
 * - A changed paper, or a file beside papers (an image): every meeting that names it, or names its folder.
 * - README.md, .gitignore and .github/: nothing.
 * - Anything else (sbp.yaml, roster.yaml, templates, a stylesheet): every document, over $SBP_SHARDS jobs.
 *   So is a first push, a manual run, or a push whose previous commit is unknown.
 * Environment: EVENT, BASE_REF (pull requests), BEFORE (pushes), SBP_SHARDS, GITHUB_OUTPUT.
 */
export function composeChangeScript(): string {
  return `meeting='^[a-z0-9-]+/([A-Za-z0-9._-]+/)*[0-9]{4}-[0-9]{2}-[0-9]{2}[A-Za-z0-9._-]*\\.md$'
all=false
if [ "$EVENT" = pull_request ]; then
  changed=$(git diff --name-only "origin/$BASE_REF...HEAD")
elif [ "$EVENT" = push ] && [[ ! "$BEFORE" =~ ^0*$ ]] && git cat-file -e "$BEFORE^{commit}" 2>/dev/null; then
  changed=$(git diff --name-only "$BEFORE" HEAD)
else
  all=true
  changed=""
fi
meetings=""
while IFS= read -r file; do
  case "$file" in
    "" | README.md | .gitignore | .github/*) ;;
    papers/*)
      key="$file"
      [ "$(dirname "$file")" = papers ] || key="$(dirname "$file")/"
      meetings="$meetings $(git grep -lF -e "$key" -- '*.md' ':!papers' || true)"
      ;;
    *)
      if [[ "$file" =~ $meeting ]]; then
        body="\${file%%/*}"
        meetings="$meetings $file $(git ls-files -- "$body/" | grep -E "$meeting" | awk -v m="$file" '$0 > m' || true)"
      else
        echo "$file changed: every document is rebuilt"
        all=true
      fi
      ;;
  esac
done <<< "$changed"
# Files deleted by the change, or not meetings after all, are left out.
meetings=$(for m in $meetings; do if [[ "$m" =~ $meeting ]] && [ -f "$m" ]; then echo "$m"; fi; done | sort -u | tr '\\n' ' ')
if [ "$all" = true ]; then
  echo "Rebuilding every document in $SBP_SHARDS jobs"
  { echo "build=true"; echo "meetings="; echo "shards=[$(seq -s, 1 "$SBP_SHARDS")]"; echo "shard-count=$SBP_SHARDS"; } >> "$GITHUB_OUTPUT"
elif [ -n "$meetings" ]; then
  echo "Building: $meetings"
  { echo "build=true"; echo "meetings=$meetings"; echo "shards=[1]"; echo "shard-count=1"; } >> "$GITHUB_OUTPUT"
else
  echo "No meeting, paper or configuration changed: nothing to build"
  { echo "build=false"; echo "meetings="; echo "shards=[1]"; echo "shard-count=1"; } >> "$GITHUB_OUTPUT"
fi
`;
}

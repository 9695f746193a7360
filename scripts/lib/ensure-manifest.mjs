// `npm run typecheck` needs custom-elements.json: the stories and Storybook's preview
// import it. The build writes it (`npm test` builds first), so the analyzer runs here
// only when it is missing, as on a fresh clone that checks before it builds.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

if (!existsSync(new URL('../../custom-elements.json', import.meta.url))) {
  const { status } = spawnSync('npm', ['run', 'analyze'], { stdio: 'inherit' });
  process.exit(status ?? 1);
}

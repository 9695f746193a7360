// Removes build outputs, so that a rebuild never ships stale files.
import { rmSync } from 'node:fs';
for (const path of ['dist', 'cdn', 'custom-elements.json', 'web-types.json', 'vscode.html-custom-data.json'])
  rmSync(new URL(`../${path}`, import.meta.url), { recursive: true, force: true });

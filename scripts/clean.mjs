// Removes build outputs, so that a rebuild never ships stale files.
import { rmSync } from 'node:fs';
for (const path of ['dist', 'custom-elements.json']) rmSync(new URL(`../${path}`, import.meta.url), { recursive: true, force: true });

import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json' with { type: 'json' };

interface Member {
  kind: string;
  privacy?: string;
  static?: boolean;
}
interface Declaration {
  members?: Member[];
}

// Autodocs and controls come from the manifest (generated from the JSDoc by
// `npm run analyze`); private, protected and static members are not API.
const publicManifest = {
  ...manifest,
  modules: manifest.modules.map((module) => ({
    ...module,
    declarations: ((module as { declarations?: Declaration[] }).declarations ?? []).map((declaration) => ({
      ...declaration,
      members: declaration.members?.filter((m) => !m.static && m.privacy !== 'private' && m.privacy !== 'protected'),
    })),
  })),
};
setCustomElementsManifest(publicManifest);

// Stories are read as on a Peruvian portal: Spanish page. The elements follow the
// document's language, so the English story sets lang="en" on a wrapper.
document.documentElement.lang = 'es-PE';

const preview: Preview = {
  tags: ['autodocs'],
  parameters: {
    controls: { expanded: true },
    a11y: { test: 'error' },
  },
};

export default preview;

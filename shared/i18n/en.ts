/** English UI strings. Every key here must exist in id.ts too (tests/shared/i18n.test.ts). */
export const en = {
  app: {
    name: 'Selaras',
    tagline: 'Align versions of a story and catch the figures that drift',
  },
  menu: {
    file: 'File',
    openA: 'Open version A…',
    openB: 'Open version B…',
    quit: 'Quit',
    view: 'View',
    reload: 'Reload',
    toggleDevTools: 'Toggle Developer Tools',
    resetZoom: 'Actual Size',
    zoomIn: 'Zoom In',
    zoomOut: 'Zoom Out',
    fullscreen: 'Toggle Full Screen',
    help: 'Help',
    about: 'About Selaras',
  },
  toolbar: {
    openA: 'Open A…',
    openB: 'Open B…',
    sample: 'Sample',
    language: 'Interface language',
  },
  pane: {
    versionA: 'Version A',
    versionB: 'Version B',
    empty: 'No file yet. Open one or drop it here.',
    dropHere: 'Drop a text file to open it here',
    encoding: 'Encoding: {{encoding}}',
  },
  lang: {
    id: 'Indonesian',
    en: 'English',
    badge_id: 'ID',
    badge_en: 'EN',
  },
  ui: {
    en: 'English',
    id: 'Bahasa Indonesia',
  },
  status: {
    ready: 'Ready',
    loading: 'Loading…',
    opened: 'Opened {{name}}',
    sentences: '{{count}} sentences',
    chars: '{{count}} characters',
  },
  about: {
    title: 'About Selaras',
    version: 'Version {{version}} ({{edition}})',
    desktop: 'desktop',
    browser: 'browser edition',
    close: 'Close',
  },
  common: {
    dismiss: 'Dismiss',
    cancel: 'Cancel',
    ok: 'OK',
  },
  errors: {
    title: 'Could not open the file',
    binary: '“{{name}}” is not a text file.',
    undecodable: '“{{name}}” is not valid text in any encoding Selaras reads.',
    tooLarge: '“{{name}}” is larger than {{limit}} MB.',
    empty: '“{{name}}” is empty.',
    notFound: '“{{name}}” was not found.',
    unreadable: '“{{name}}” could not be read.',
    invalidRequest: 'The request was not valid.',
    unknown: 'Something went wrong: {{message}}',
  },
} as const;

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
export type Messages = Widen<typeof en>;

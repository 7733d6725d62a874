import type { Messages } from './en';

/** Bahasa Indonesia UI strings. */
export const id: Messages = {
  app: {
    name: 'Selaras',
    tagline: 'Selaraskan versi sebuah berita dan temukan angka yang bergeser',
  },
  menu: {
    file: 'Berkas',
    openA: 'Buka versi A…',
    openB: 'Buka versi B…',
    quit: 'Keluar',
    view: 'Tampilan',
    reload: 'Muat ulang',
    toggleDevTools: 'Alat Pengembang',
    resetZoom: 'Ukuran Asli',
    zoomIn: 'Perbesar',
    zoomOut: 'Perkecil',
    fullscreen: 'Layar Penuh',
    help: 'Bantuan',
    about: 'Tentang Selaras',
  },
  toolbar: {
    openA: 'Buka A…',
    openB: 'Buka B…',
    sample: 'Contoh',
    language: 'Bahasa antarmuka',
  },
  pane: {
    versionA: 'Versi A',
    versionB: 'Versi B',
    empty: 'Belum ada berkas. Buka atau seret berkas ke sini.',
    dropHere: 'Lepaskan berkas teks untuk membukanya di sini',
    encoding: 'Pengodean: {{encoding}}',
  },
  lang: {
    id: 'Bahasa Indonesia',
    en: 'Bahasa Inggris',
    badge_id: 'ID',
    badge_en: 'EN',
  },
  ui: {
    en: 'English',
    id: 'Bahasa Indonesia',
  },
  status: {
    ready: 'Siap',
    loading: 'Memuat…',
    opened: '{{name}} dibuka',
    sentences: '{{count}} kalimat',
    chars: '{{count}} karakter',
  },
  about: {
    title: 'Tentang Selaras',
    version: 'Versi {{version}} ({{edition}})',
    desktop: 'desktop',
    browser: 'edisi peramban',
    close: 'Tutup',
  },
  common: {
    dismiss: 'Tutup',
    cancel: 'Batal',
    ok: 'OK',
  },
  errors: {
    title: 'Berkas tidak dapat dibuka',
    binary: '“{{name}}” bukan berkas teks.',
    undecodable: '“{{name}}” bukan teks yang sah dalam pengodean apa pun yang dibaca Selaras.',
    tooLarge: '“{{name}}” lebih besar dari {{limit}} MB.',
    empty: '“{{name}}” kosong.',
    notFound: '“{{name}}” tidak ditemukan.',
    unreadable: '“{{name}}” tidak dapat dibaca.',
    invalidRequest: 'Permintaan tidak sah.',
    unknown: 'Terjadi kesalahan: {{message}}',
  },
};

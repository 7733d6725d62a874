import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { UI_LANGS, type UiLang } from '../shared/api';
import { resources } from '../shared/i18n';

const STORAGE_KEY = 'selaras.uiLang';

/** The remembered UI language, else the system's (Indonesian systems get Indonesian). */
export function initialUiLang(): UiLang {
  const saved = localStorage.getItem(STORAGE_KEY);
  if (saved && (UI_LANGS as readonly string[]).includes(saved)) return saved as UiLang;
  return navigator.language.toLowerCase().startsWith('id') ? 'id' : 'en';
}

export function rememberUiLang(lang: UiLang): void {
  localStorage.setItem(STORAGE_KEY, lang);
}

export async function initI18n(): Promise<typeof i18next> {
  await i18next.use(initReactI18next).init({
    resources,
    lng: initialUiLang(),
    fallbackLng: 'en',
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  document.documentElement.lang = i18next.language;
  return i18next;
}

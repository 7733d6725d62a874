import './zod-config';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './monaco/setup';
import { initI18n } from './i18n';
import { App } from './App';
import './styles.css';

void initI18n().then(() => {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
});

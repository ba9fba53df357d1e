import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { addOfficeMessages } from '../i18n/office-messages';

// Components are rendered on their own, without the app that loads their part of the messages.
addOfficeMessages();

// Each test renders into a fresh document and starts without a remembered language. (A few tests,
// e.g. the scan of the sources, run in plain Node, where there is no document.)
afterEach(() => {
  if (typeof window === 'undefined') return;
  cleanup();
  window.localStorage.clear();
});

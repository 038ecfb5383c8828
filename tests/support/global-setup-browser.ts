/** The browser tier: the API tier's servers, plus Chromium and a production build of the web app. */
import type { TestProject } from 'vitest/node';
import { setUpTier } from './global-setup.ts';

export default function setup(project: TestProject) {
  return setUpTier(project, { browser: true });
}

/** The app itself: React and the router, rendered once the page's language is loaded. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import { langFromPathname } from '../i18n/lang.ts';
import { loadMessages } from '../i18n/messages.ts';
import { createRouter } from './router.tsx';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

const render = () =>
  createRoot(container).render(
    <StrictMode>
      <RouterProvider router={createRouter()} />
    </StrictMode>,
  );

// A first visit to an English page fetches the English texts first (Dutch ones are built in);
// should that fail, the page still renders, in Dutch, rather than not at all.
void loadMessages(langFromPathname(window.location.pathname)).finally(render);

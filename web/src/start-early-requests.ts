/** Imported first by main.tsx: starts the opened page's API requests as early as possible. */
import { startEarlyRequests } from './early-requests.ts';

startEarlyRequests(window.location);

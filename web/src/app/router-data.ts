/**
 * The id of the script element that carries a server-rendered page's loader data (JSON, which
 * the content security policy allows where an inline script it would not): written by
 * entry-server.tsx, read by boot.tsx, and its presence tells early-requests.ts to ask nothing.
 */
export const ROUTER_DATA_ID = 'router-data';

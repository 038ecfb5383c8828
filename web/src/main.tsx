/**
 * The entry point. Modules run in import order once all are downloaded and parsed, so the
 * page's API requests start first, before React and the app spend their time starting up.
 */
import './early-requests.ts';
import './app/boot.tsx';
import './styles/global.css';
import './styles/print.css';

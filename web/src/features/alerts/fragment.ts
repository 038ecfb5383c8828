/** The alert links' secrets, from their fragment (lib/fragment.ts). */
import { KEY_NAMES, keepInTab, takeFromFragment, TOKEN_NAMES } from '../../lib/fragment.ts';

const ALERT_KEY = 'samenwerven.alertKey';

/** The key of an address's alerts, from the link in every alert mail. */
export const takeAlertKey = () => takeFromFragment(KEY_NAMES, ALERT_KEY);

/**
 * Keeps a key that came another way (a confirmed guest alert's answer), for the alerts page this
 * tab opens next: the router runs that page's loader before the address, fragment and all, changes.
 */
export const keepAlertKey = (key: string) => keepInTab(ALERT_KEY, key);

/** The token of a confirmation link. */
export const takeConfirmToken = () => takeFromFragment(TOKEN_NAMES, 'samenwerven.alertConfirmToken');

/** The token of a "keep this alert" link. */
export const takeKeepToken = () => takeFromFragment(TOKEN_NAMES, 'samenwerven.alertKeepToken');

// The access token lives in sessionStorage: it survives a reload of the tab but not the browser.
const KEY = 'genba.token';

/** Why the token went: the user logged out, or the API refused it (expired, revoked). */
export type ClearReason = 'logout' | 'expired';
type Listener = (token: string | null, reason?: ClearReason) => void;
const listeners = new Set<Listener>();

export const tokenStore = {
  get(): string | null {
    return sessionStorage.getItem(KEY);
  },
  set(token: string): void {
    sessionStorage.setItem(KEY, token);
    listeners.forEach((listener) => listener(token));
  },
  clear(reason: ClearReason = 'logout'): void {
    sessionStorage.removeItem(KEY);
    listeners.forEach((listener) => listener(null, reason));
  },
  subscribe(listener: Listener): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};

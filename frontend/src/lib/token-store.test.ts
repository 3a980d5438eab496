import { tokenStore } from './token-store';

test('the token is kept in sessionStorage until cleared', () => {
  expect(tokenStore.get()).toBeNull();
  tokenStore.set('abc');
  expect(tokenStore.get()).toBe('abc');
  expect(sessionStorage.getItem('genba.token')).toBe('abc');
  tokenStore.clear();
  expect(tokenStore.get()).toBeNull();
  expect(sessionStorage.length).toBe(0);
});

test('listeners hear every change with its reason, until they unsubscribe', () => {
  const heard: [string | null, string | undefined][] = [];
  const unsubscribe = tokenStore.subscribe((token, reason) => heard.push([token, reason]));
  tokenStore.set('abc');
  tokenStore.clear();
  tokenStore.set('def');
  tokenStore.clear('expired');
  unsubscribe();
  tokenStore.set('ghi');
  expect(heard).toEqual([
    ['abc', undefined],
    [null, 'logout'],
    ['def', undefined],
    [null, 'expired'],
  ]);
});

import { describe, expect, it } from 'vitest';

import { fixReturnHref } from './fix-page';

describe('fixReturnHref', () => {
  it('goes back to the list with the fixed record named', () => {
    expect(fixReturnHref('/ccus/results?failures=1&code=DATK0408E', 'abc')).toBe(
      '/ccus/results?failures=1&code=DATK0408E&fixed=abc',
    );
  });

  it('never leaves the app', () => {
    expect(fixReturnHref('https://example.com/x', 'abc')).toBeUndefined();
    expect(fixReturnHref('//example.com/x', 'abc')).toBeUndefined();
    expect(fixReturnHref(undefined, 'abc')).toBeUndefined();
  });
});

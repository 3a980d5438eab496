import { pageSearchSchema } from './page-search';

test('the page number is read from the URL; anything but a positive whole number means the first page', () => {
  expect(pageSearchSchema.parse({ page: '3' })).toEqual({ page: 3 });
  expect(pageSearchSchema.parse({})).toEqual({});
  for (const page of ['0', '-1', '1.5', 'abc']) expect(pageSearchSchema.parse({ page }).page).toBeUndefined();
});

import { describe, expect, it } from 'vitest';

import { fixFieldFor } from './fix-fields';

const entry = (kind: 'work_day' | 'structure' | 'worker' | 'business' | 'site', code: string, held = false) => ({
  kind,
  hold_code: held ? code : null,
  error_code: held ? null : code,
});

describe('fixFieldFor', () => {
  it('sends an unknown 技能者ID to the worker’s CCUS技能者ID, for a work day and a structure record alike', () => {
    expect(fixFieldFor(entry('work_day', 'DATK0408E'))).toEqual({
      entity: 'worker',
      field: 'ccus_worker_id',
      label: 'CCUS技能者ID',
    });
    expect(fixFieldFor(entry('structure', 'DATK0408E'))?.field).toBe('ccus_worker_id');
  });

  it('sends a hold for a missing 事業者ID to the business’s CCUS事業者ID', () => {
    expect(fixFieldFor(entry('work_day', 'GENB0002E', true))).toMatchObject({
      entity: 'business',
      field: 'ccus_business_id',
    });
  });

  it('puts a wrong 本人確認番号 on the record that was sent', () => {
    expect(fixFieldFor(entry('business', 'DATF0001E'))).toMatchObject({
      entity: 'business',
      field: 'verification_number',
    });
    expect(fixFieldFor(entry('worker', 'DATF0001E'))).toMatchObject({ entity: 'worker' });
    expect(fixFieldFor(entry('work_day', 'DATF0001E'))).toBeNull();
  });

  it('sends the 標準API refusal to the site without a field: the cause is ticked in CCUS', () => {
    expect(fixFieldFor(entry('structure', 'DATK0411E'))).toMatchObject({ entity: 'site', field: null });
    expect(fixFieldFor(entry('structure', 'DATK0401E'))).toMatchObject({ entity: 'site', field: 'ccus_site_id' });
  });

  it('prefers the hold code and knows nothing of other codes', () => {
    expect(fixFieldFor({ kind: 'work_day', hold_code: 'GENB0002E', error_code: 'DATK0408E' })?.entity).toBe('business');
    expect(fixFieldFor(entry('work_day', 'SYSE0001E'))).toBeNull();
  });
});

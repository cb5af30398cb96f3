// Builds share links in JavaScript, independently of the app's own encoder:
// the scenario document without defaults, raw deflate, URL-safe base64.
// Version 2: `<mode>2.<length>.<payload>`, where the payload ends with the
// CRC-32 (little-endian) of the header and the deflated document.

import { crc32, deflateRawSync } from 'node:zlib';

export function linkFragment(scenario, mode = 's') {
  const deflated = deflateRawSync(Buffer.from(JSON.stringify(scenario)), { level: 9 });
  const length = Math.ceil(((deflated.length + 4) * 4) / 3);
  const header = `${mode}2.${length}.`;
  const check = Buffer.alloc(4);
  check.writeUInt32LE(crc32(deflated, crc32(header)));
  return header + Buffer.concat([deflated, check]).toString('base64url');
}

/** A version 1 link (no length, no checksum), as the app wrote before. */
export function v1LinkFragment(scenario, mode = 's') {
  const payload = deflateRawSync(Buffer.from(JSON.stringify(scenario)), { level: 9 }).toString('base64url');
  return `${mode}1.${payload}`;
}

const PLACES = ['Fjord', 'Nordlys', 'Bergen', 'Trøndelag', 'Vestland', 'Oslo', 'Agder', 'Stavanger', 'Tromsø', 'Drammen',
  'Lillehammer', 'Bodø', 'Ålesund', 'Hamar', 'Molde', 'Narvik'];
const TRADES = ['Industri', 'Logistikk', 'Maskin', 'Energi', 'Bygg', 'Helse', 'Marine', 'Offshore', 'Fisk', 'Data'];
const STAGES = ['qualified', 'discovery', 'proposal', 'negotiation', 'commit'];

/** A quarter with `count` open deals (deterministic). */
export function scenarioWithDeals(count) {
  let seed = 42;
  const next = (m) => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % m; };
  const deals = Array.from({ length: count }, (_, i) => ({
    name: `${PLACES[i % PLACES.length]} ${TRADES[(i + Math.floor(i / PLACES.length)) % TRADES.length]} ${Math.floor(i / 160) + 1}`,
    value: (50 + next(250)) * 10000,
    stage: STAGES[next(5)],
    ...(next(4) ? { close_date: `2026-${String(10 + next(3)).padStart(2, '0')}-${String(1 + next(28)).padStart(2, '0')}` } : {}),
  }));
  return {
    format: 'skippertak.scenario', version: 1, name: `${count} deals`,
    period: { start: '2026-10-01', end: '2026-12-31', today: '2026-11-27' },
    target: 1_000_000 * Math.max(count, 4), closed: 550_000 * Math.max(count, 4),
    team: { sellers: Math.max(2, Math.min(400, Math.round(count / 3))), hours_per_week: 20 },
    deals,
  };
}

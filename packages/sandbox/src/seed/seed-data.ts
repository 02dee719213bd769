/**
 * The sandbox's seed catalogue, loaded from the JSON files next to this module. What is real, synthetic or
 * guessed in each file is written down in `README.md`; `seed-data.test.ts` checks the invariants.
 */
import holidaysJson from './holidays.json' with { type: 'json' };
import locationsJson from './locations.json' with { type: 'json' };
import partnersJson from './partners.json' with { type: 'json' };
import proceduresJson from './procedures.json' with { type: 'json' };
import type { Holiday, Location, Partner, ProcedureDetail, Ward } from './seed-types.js';
import wardsJson from './wards.json' with { type: 'json' };

// TypeScript widens the JSON's string literals to `string`, so each file is asserted to its contract shape
// here; the test validates every record against `openapi/openapi.yaml`.

/**
 * The 58 real procedures of the seed (national codes, names, fields, per-channel times and fees), with
 * hand-written checklists, cases and — for the ten most common — e-forms.
 *
 * @example
 * const birth = procedures.find((p) => p.code === '1.001193'); // Đăng ký khai sinh
 */
export const procedures: ProcedureDetail[] = proceduresJson as ProcedureDetail[];

/** Hanoi's 126 wards and communes since 1 July 2025 (source: LacGO/VietNamTDP, CC BY 4.0). */
export const wards: Ward[] = wardsJson as Ward[];

/** The seven partners that run agent points; `agentPointCount` counts their points in {@link locations}. */
export const partners: Partner[] = partnersJson as Partner[];

/** The Center's head office, branches, receiving points, one center per ward, and the partners' agent points. */
export const locations: Location[] = locationsJson as Location[];

/** Public-sector days off for 2025–2027, sorted by date; 2027 is provisional. */
export const holidays: Holiday[] = holidaysJson as Holiday[];

/** Attribution of {@link wards}, to serve with the ward list. */
export const WARDS_ATTRIBUTION = 'Hanoi wards and communes 2025: LacGO/VietNamTDP, licensed CC BY 4.0';

import { z } from 'zod';
import { IsoDate, Slug, Text } from './common.schema.js';
import { Excerpt, PartialDateText } from './governance-common.schema.js';

export const RoleKind = z.enum(['DIRECTOR', 'CHAIR', 'OFFICER', 'OTHER']);

const PersonEntry = z.strictObject({
  /** Stable within the company: a later disclosure names the same id. */
  id: Slug,
  name: Text,
  honorific: Text.optional(),
  education: z
    .array(
      z.strictObject({
        degree: Text,
        field: Text.optional(),
        institution: Text,
        year: z.string().regex(/^\d{4}$/, 'must be a year in quotes, e.g. "1982"').optional(),
        excerpt: Excerpt,
      }),
    )
    .default([]),
});

const RoleEntry = z
  .strictObject({
    /** Stable within the company: a later disclosure names the same id to end the role or fill in its start. */
    id: Slug,
    person: Slug,
    /** Omitted for a role at the company itself. */
    organization: Text.optional(),
    title: Text,
    kind: RoleKind,
    independent: z.boolean().default(false),
    start: PartialDateText.optional(),
    /** The date the role ends: it is no longer held on that date. */
    end: PartialDateText.optional(),
    endReason: Text.optional(),
    /** The disclosure states the role is held on its date. */
    current: z.boolean().default(false),
    /** How the data was read from the source, when it takes interpretation. */
    note: Text.optional(),
    excerpt: Excerpt,
  })
  .refine((r) => !(r.current && r.end), { message: 'a role cannot be both `current` and ended', path: ['current'] })
  .refine((r) => !r.start || !r.end || r.start.slice(0, r.end.length) <= r.end, { message: '`end` must not be before `start`', path: ['end'] });

const BoardChangeEntry = z.strictObject({
  id: Slug,
  effectiveDate: IsoDate,
  summary: Text,
  changes: z.array(z.strictObject({ role: Slug, change: z.enum(['STARTED', 'ENDED']) })).min(1),
  excerpt: Excerpt,
});

/** `governance.yaml` in a disclosure folder: people, their roles, and board changes. */
export const GovernanceFile = z.strictObject({
  people: z.array(PersonEntry).default([]),
  /** What the disclosure says about how complete its list of directors is. */
  board: z.strictObject({ complete: z.boolean(), note: Text }).optional(),
  roles: z.array(RoleEntry).default([]),
  boardChanges: z.array(BoardChangeEntry).default([]),
});
export type GovernanceFile = z.infer<typeof GovernanceFile>;

import { z } from 'zod';
import { IsoDate, Slug, Text } from './common.schema.js';
import { Excerpt, ZonedTimeText } from './governance-common.schema.js';

const EventEntry = z.strictObject({
  id: Slug,
  kind: z.enum(['EARNINGS_RELEASE', 'EARNINGS_CALL']),
  title: Text,
  /** Local date of the event where it is held (or of its first printed time). */
  date: IsoDate,
  location: Text.optional(),
  /** The start time in every zone the source prints it; all must be the same instant. */
  startsAt: z.array(ZonedTimeText).default([]),
  excerpt: Excerpt,
});

/** `events.yaml` in a disclosure folder: events the disclosure is or announces. */
export const EventsFile = z.strictObject({ events: z.array(EventEntry).min(1) });
export type EventsFile = z.infer<typeof EventsFile>;

import { registerEnumType } from 'type-graphql';

export enum RoleKind {
  DIRECTOR = 'DIRECTOR',
  CHAIR = 'CHAIR',
  OFFICER = 'OFFICER',
  OTHER = 'OTHER',
}

registerEnumType(RoleKind, {
  name: 'RoleKind',
  description: 'What kind of position a role is.',
  valuesConfig: {
    DIRECTOR: { description: 'A seat on the board of directors.' },
    CHAIR: { description: 'Chair of the board of directors (held with a directorship).' },
    OFFICER: { description: 'An executive officer, e.g. chief executive officer.' },
    OTHER: { description: 'Any other position, e.g. a managing director at another firm.' },
  },
});

export enum RoleStatus {
  HELD = 'HELD',
  POSSIBLY_HELD = 'POSSIBLY_HELD',
  NOT_HELD = 'NOT_HELD',
}

registerEnumType(RoleStatus, {
  name: 'RoleStatus',
  description:
    'Whether a role is held on a date, as far as the disclosures tell. A role without a recorded end is taken to continue. A start the disclosures do not give is never invented: before the first date a disclosure states the role held, it is POSSIBLY_HELD.',
  valuesConfig: {
    HELD: { description: 'The recorded dates show the role held on the date.' },
    POSSIBLY_HELD: { description: 'The dates neither show nor rule it out: the start is not disclosed, or is known only to the year or month containing the date.' },
    NOT_HELD: { description: 'The role starts after the date or ended on or before it.' },
  },
});

export enum RoleChangeKind {
  STARTED = 'STARTED',
  ENDED = 'ENDED',
}

registerEnumType(RoleChangeKind, {
  name: 'RoleChangeKind',
  description: 'What a board change does to a role.',
  valuesConfig: {
    STARTED: { description: 'The role starts on the change\'s effective date (an appointment).' },
    ENDED: { description: 'The role ends on the change\'s effective date (a resignation or removal).' },
  },
});

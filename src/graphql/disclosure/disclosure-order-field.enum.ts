import { registerEnumType } from 'type-graphql';

export enum DisclosureOrderField {
  DATE = 'DATE',
}

registerEnumType(DisclosureOrderField, {
  name: 'DisclosureOrderField',
  description: 'What disclosures can be ordered by.',
  valuesConfig: { DATE: { description: 'Date of publication, then slug for disclosures of the same date.' } },
});

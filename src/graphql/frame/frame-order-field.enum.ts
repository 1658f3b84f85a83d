import { registerEnumType } from 'type-graphql';

export enum FrameOrderField {
  VALUE = 'VALUE',
  COMPANY_NAME = 'COMPANY_NAME',
}

registerEnumType(FrameOrderField, {
  name: 'FrameOrderField',
  description: 'What the companies of a frame can be ordered by.',
  valuesConfig: {
    VALUE: { description: 'The value, numerically (exact decimals), then the company name.' },
    COMPANY_NAME: { description: 'The company name, then its id.' },
  },
});

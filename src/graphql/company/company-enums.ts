import { registerEnumType } from 'type-graphql';

export enum Exchange {
  NASDAQ = 'NASDAQ',
  NYSE = 'NYSE',
  HKEX = 'HKEX',
  SSE = 'SSE',
  SZSE = 'SZSE',
  LSE = 'LSE',
  NYSE_AMERICAN = 'NYSE_AMERICAN',
  NYSE_ARCA = 'NYSE_ARCA',
  CBOE = 'CBOE',
  OTHER = 'OTHER',
}

registerEnumType(Exchange, {
  name: 'Exchange',
  description: 'A stock exchange.',
  valuesConfig: {
    NASDAQ: { description: 'The Nasdaq Stock Market.' },
    NYSE: { description: 'The New York Stock Exchange.' },
    HKEX: { description: 'The Stock Exchange of Hong Kong.' },
    SSE: { description: 'The Shanghai Stock Exchange.' },
    SZSE: { description: 'The Shenzhen Stock Exchange.' },
    LSE: { description: 'The London Stock Exchange.' },
    NYSE_AMERICAN: { description: 'NYSE American.' },
    NYSE_ARCA: { description: 'NYSE Arca.' },
    CBOE: { description: 'Cboe BZX Exchange.' },
    OTHER: { description: 'Another exchange, or one a filing does not name (`dei:SecurityExchangeName` is absent before 2019).' },
  },
});

export enum SecurityKind {
  ORDINARY_SHARE = 'ORDINARY_SHARE',
  PREFERRED_SHARE = 'PREFERRED_SHARE',
  ADS = 'ADS',
  BOND = 'BOND',
}

registerEnumType(SecurityKind, {
  name: 'SecurityKind',
  description: 'The kind of a security.',
  valuesConfig: {
    ORDINARY_SHARE: { description: 'Ordinary (common) shares.' },
    PREFERRED_SHARE: { description: 'Preferred shares.' },
    ADS: { description: 'American depositary shares, each representing a number of underlying shares.' },
    BOND: { description: 'A debt security.' },
  },
});

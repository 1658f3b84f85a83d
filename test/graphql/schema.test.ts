import { readFileSync } from 'node:fs';
import { isEnumType, isInputObjectType, isInterfaceType, isObjectType, isScalarType, isUnionType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { getSchema } from '../../src/graphql/build-schema.js';
import { printedSchema } from '../../src/graphql/print-schema.js';

describe('schema/schema.graphql', () => {
  it('is exactly the SDL the code emits (run `npm run schema` after changing the API)', () => {
    const committed = readFileSync(new URL('../../schema/schema.graphql', import.meta.url), 'utf8');
    expect(committed).toBe(printedSchema());
  });

  it('documents every type, field, argument and enum value', () => {
    const missing: string[] = [];
    for (const type of Object.values(getSchema().getTypeMap())) {
      if (type.name.startsWith('__') || ['String', 'Int', 'Float', 'Boolean', 'ID'].includes(type.name)) continue;
      if (!type.description) missing.push(type.name);
      if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) missing.push(`${type.name}.${field.name}`);
          for (const arg of 'args' in field ? field.args : []) if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
        }
      }
      if (isEnumType(type)) for (const value of type.getValues()) if (!value.description) missing.push(`${type.name}.${value.name}`);
      if (isUnionType(type) || isScalarType(type)) continue;
    }
    expect(missing).toEqual([]);
  });

  it('follows the naming conventions: PascalCase types, camelCase fields, SCREAMING_SNAKE enum values', () => {
    const wrong: string[] = [];
    for (const type of Object.values(getSchema().getTypeMap())) {
      if (type.name.startsWith('__')) continue;
      if (!/^[A-Z][A-Za-z0-9]*$/.test(type.name)) wrong.push(type.name);
      if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) if (!/^[a-z][A-Za-z0-9]*$/.test(field.name)) wrong.push(`${type.name}.${field.name}`);
      }
      if (isEnumType(type)) for (const value of type.getValues()) if (!/^[A-Z][A-Z0-9_]*$/.test(value.name)) wrong.push(`${type.name}.${value.name}`);
    }
    expect(wrong).toEqual([]);
  });

  it('has no Float anywhere: amounts are Decimal strings', () => {
    expect(printedSchema()).not.toMatch(/\bFloat\b/);
  });
});

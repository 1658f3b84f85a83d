import { Arg, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Company as DomainCompany } from '../../domain/model.js';
import type { Citation, Education as DomainEducation, Person as DomainPerson, Quote as DomainQuote, Role as DomainRole } from '../../domain/governance/model.js';
import { Company } from '../company/company.type.js';
import { Quote } from '../quote/quote.type.js';
import { SourceExcerpt } from '../values/source-excerpt.type.js';
import { Education } from './education.type.js';
import { Person } from './person.type.js';
import { Role } from './role.type.js';

@Resolver(() => Person)
export class PersonResolver {
  @FieldResolver(() => Company, { description: 'The company whose disclosures name the person.' })
  company(@Root() person: DomainPerson): DomainCompany {
    return person.company;
  }

  @FieldResolver(() => [Role], { description: 'Every role known, at the company and elsewhere, past and present, in the order the disclosures state them.' })
  roles(
    @Root() person: DomainPerson,
    @Arg('atCompany', () => Boolean, { nullable: true, description: 'true: only roles at the company; false: only roles at other organizations.' }) atCompany?: boolean | null,
  ): DomainRole[] {
    return atCompany == null ? person.roles : person.roles.filter((r) => (r.organization === null) === atCompany);
  }

  @FieldResolver(() => [Education], { description: 'Degrees the disclosures say the person received.' })
  education(@Root() person: DomainPerson): DomainEducation[] {
    return person.education;
  }

  @FieldResolver(() => [Quote], { description: 'What the person is quoted as saying, in disclosure order.' })
  quotes(@Root() person: DomainPerson): DomainQuote[] {
    return person.quotes;
  }

  @FieldResolver(() => [SourceExcerpt], { description: 'Where the disclosures name the person.' })
  sources(@Root() person: DomainPerson): Citation[] {
    return person.sources;
  }
}

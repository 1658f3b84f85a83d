import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType('SetAsideFiling', { description: 'A filing folder found under FILINGS_DIR that was not loaded, and why: a folder that cannot be read (malformed XML, a missing schema or linkbase, a reference outside its folder, a value beyond range, an accession number claimed by two different filings…) is set aside and every other filing loads. Start-up prints the same, one line each.' })
export class SetAsideFiling {
  @Field(() => String, { description: 'Stable identifier: the folder\'s path inside FILINGS_DIR (the folder is what is set aside).' })
  id!: string;

  @Field(() => String, { description: 'The filing folder, relative to FILINGS_DIR ("." for FILINGS_DIR itself).' })
  folder!: string;

  @Field(() => String, { nullable: true, description: 'The file at fault, relative to FILINGS_DIR; null when the fault is the folder\'s as a whole (no instance document, two in one folder).' })
  file!: string | null;

  @Field(() => Int, { nullable: true, description: 'The line of `file` at fault, when known.' })
  line!: number | null;

  @Field(() => String, { description: 'Why the filing was set aside, naming the element where there is one, e.g. `gaap:Revenues[@id="is-1"]: decimals "2000000000" is outside ±100: no reported amount is rounded so`.' })
  reason!: string;
}

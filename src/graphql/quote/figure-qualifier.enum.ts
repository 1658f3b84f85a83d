import { registerEnumType } from 'type-graphql';

export enum FigureQualifier {
  APPROXIMATELY = 'APPROXIMATELY',
  NEARLY = 'NEARLY',
}

registerEnumType(FigureQualifier, {
  name: 'FigureQualifier',
  description: 'How the source qualifies a figure it states loosely.',
  valuesConfig: {
    APPROXIMATELY: { description: '"approximately": the figure is rounded either way.' },
    NEARLY: { description: '"nearly": the true figure is a little below.' },
  },
});

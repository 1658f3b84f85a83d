import { registerEnumType } from 'type-graphql';

export enum FigureQualifier {
  APPROXIMATELY = 'APPROXIMATELY',
  NEARLY = 'NEARLY',
  ABOUT = 'ABOUT',
  UP_TO = 'UP_TO',
}

registerEnumType(FigureQualifier, {
  name: 'FigureQualifier',
  description: 'How the source qualifies a figure it states loosely. A value computed from a qualified figure is APPROXIMATELY.',
  valuesConfig: {
    APPROXIMATELY: { description: '"approximately" (or "around"): the figure is rounded either way.' },
    NEARLY: { description: '"nearly" (or "almost"): the true figure is a little below.' },
    ABOUT: { description: '"about": the figure is rounded either way, loosely.' },
    UP_TO: { description: '"up to": the figure is a ceiling.' },
  },
});

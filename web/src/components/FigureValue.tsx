import { exactValue } from '../format.js';
import { readableValue } from '../readable.js';
import type { ShownFigure } from '../metric-figures.js';

/**
 * A standard figure as the company page's cards and the compare view show it: its value as a
 * button that opens its fact's trace (or, for a figure no single fact states, its inputs),
 * then its period, marked when derived or computed. The readable value is shown; the exact one
 * is in the title and in the accessible name.
 */
export function FigureValue({
  figure,
  what,
  className,
  periodClassName,
  onOpen,
  onInputs,
}: {
  figure: ShownFigure;
  /** What the figure is, for its accessible name: "Apple Inc., Revenue, Q3 2023". */
  what: string;
  className: string;
  periodClassName: string;
  onOpen: (factId: string) => void;
  onInputs: (figure: ShownFigure) => void;
}) {
  const readable = readableValue(figure.value, figure.unit);
  const exact = exactValue(figure.value, figure.unit);
  return (
    <>
      <button
        type="button"
        className={className}
        title={exact}
        aria-label={`${what}: ${readable}${readable === exact ? '' : ` (exactly ${exact})`}${figure.factId ? '' : ', computed: show its inputs'}`}
        onClick={() => (figure.factId ? onOpen(figure.factId) : onInputs(figure))}
      >
        {readable}
      </button>
      <span className={`muted ${periodClassName}`}>
        {figure.label}
        {figure.derived ? ' (derived)' : figure.factId ? '' : ' (computed)'}
      </span>
    </>
  );
}

import { useEffect, useId, useRef } from 'react';
import { exactValue } from '../format.js';
import type { ShownFigure } from '../metric-figures.js';

/**
 * The inputs of a figure that no single fact states (free cash flow, a gross profit computed
 * from revenue and cost, a trailing twelve months): its rule, and each input with its exact
 * value, itself traceable to its fact.
 */
export function FigureInputs({ figure, what, onOpen, onClose }: { figure: ShownFigure; what: string; onOpen: (factId: string) => void; onClose: () => void }) {
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [figure.key]);
  return (
    <section className="figure-inputs" aria-labelledby={id} data-testid="figure-inputs">
      <h3 id={id} ref={heading} tabIndex={-1}>
        {what}: {exactValue(figure.value, figure.unit)}
      </h3>
      <p className="muted">{figure.explanation}</p>
      <div className="table-wrap">
        <table className="plain">
          <caption className="sr-only">Inputs of {what}</caption>
          <thead>
            <tr>
              <th scope="col">Input</th>
              <th scope="col">Weight</th>
              <th scope="col">Value</th>
            </tr>
          </thead>
          <tbody>
            {figure.inputs.map((input, i) => (
              <tr key={i}>
                <th scope="row">
                  {input.metric ? `${input.metric.replace(/_/g, ' ').toLowerCase()}, ` : ''}
                  {input.label}
                </th>
                <td>{input.weight < 0 ? '−1' : '+1'}</td>
                <td>
                  {input.factId ? (
                    <button type="button" className="link" onClick={() => onOpen(input.factId!)}>
                      {exactValue(input.value, input.unit)}
                    </button>
                  ) : (
                    exactValue(input.value, input.unit)
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <button type="button" className="link" onClick={onClose}>
        Close the inputs
      </button>
    </section>
  );
}

/** Operator words a statement prints before a reconciling row ("Add:", "Less:"). */
const OPERATOR_PREFIX = /^(?:add|less|plus|minus|deduct)\s*:\s*/i;

/**
 * A line item's name for search and display: its printed label without an operator
 * prefix and without the colon a heading ends with ("Add: Share-based compensation
 * expenses" → "Share-based compensation expenses", "Current assets:" → "Current assets").
 */
export function lineItemName(label: string): string {
  return label.replace(OPERATOR_PREFIX, '').replace(/\s*:\s*$/, '').trim() || label;
}

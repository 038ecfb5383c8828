import type { ReactNode } from 'react';

/**
 * A table cell that also shows its column's name when a narrow screen stacks the table's rows
 * into blocks (the `cell-label` rule in the styles); screen readers hear the real header, so the
 * repeated name is hidden from them.
 */
export function LabelledCell({
  label,
  numeric = false,
  className,
  children,
}: {
  label: ReactNode;
  numeric?: boolean;
  /** More classes for the cell, e.g. `break-anywhere` for long unbroken values. */
  className?: string;
  children: ReactNode;
}) {
  const classes = [numeric ? 'numeric' : '', className ?? ''].filter(Boolean).join(' ');
  return (
    <td className={classes || undefined}>
      <span className="cell-label" aria-hidden="true">
        {label}
      </span>
      {children}
    </td>
  );
}

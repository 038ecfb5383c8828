import type { ReactNode } from 'react';

/**
 * A table cell that also shows its column's name when a narrow screen stacks the table's rows
 * into blocks (the `cell-label` rule in the styles); screen readers hear the real header, so the
 * repeated name is hidden from them.
 */
export function LabelledCell({
  label,
  numeric = false,
  children,
}: {
  label: ReactNode;
  numeric?: boolean;
  children: ReactNode;
}) {
  return (
    <td className={numeric ? 'numeric' : undefined}>
      <span className="cell-label" aria-hidden="true">
        {label}
      </span>
      {children}
    </td>
  );
}

import type { ReactNode } from 'react';

/** One term and its value inside a <dl>; the list's class decides the layout. */
export function Term({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="term">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

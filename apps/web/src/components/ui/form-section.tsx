import { useId, type ReactNode } from 'react';

/** One titled part of a long form on one page, named by its heading; parts after the first are ruled off. */
export function FormSection({ title, children }: { title: string; children: ReactNode }) {
  const titleId = useId();
  return (
    <section className="edit-section stack" aria-labelledby={titleId}>
      <h2 id={titleId} className="wizard__title">
        {title}
      </h2>
      {children}
    </section>
  );
}

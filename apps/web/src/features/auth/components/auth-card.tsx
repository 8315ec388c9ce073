import type { ReactNode } from 'react';

/** The centred card that frames the sign-in and sign-up forms. */
export function AuthCard({ title, subtitle, children, footer }: { title: string; subtitle: string; children: ReactNode; footer: ReactNode }) {
  return (
    <main className="auth">
      <title>{`${title} · Parley`}</title>
      <div className="auth__card card">
        <div className="auth__brand">
          <span className="logo" aria-hidden="true">
            P
          </span>
          Parley
        </div>
        <h1 className="auth__title">{title}</h1>
        <p className="auth__subtitle">{subtitle}</p>
        {children}
        <p className="auth__footer">{footer}</p>
      </div>
    </main>
  );
}

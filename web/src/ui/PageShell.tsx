import type { ReactNode } from 'react';
import { ProtectiveMarking } from './ProtectiveMarking';
import { SkipLink } from './SkipLink';

type Props = {
  marking: string;
  header: ReactNode;
  navigation?: ReactNode;
  footer?: ReactNode;
  children: ReactNode;
};

// The page frame: the marking sits inside the banner and contentinfo landmarks so that every part of the
// page belongs to a landmark.
export function PageShell({ marking, header, navigation, footer, children }: Props) {
  return (
    <>
      <SkipLink />
      <header className="govuk-template__header">
        <ProtectiveMarking marking={marking} position="top" />
        {header}
        {navigation}
      </header>
      <div className="govuk-width-container">
        <main className="govuk-main-wrapper" id="main-content" tabIndex={-1}>
          {children}
        </main>
      </div>
      <footer className="app-footer">
        {footer && (
          <div className="govuk-width-container">
            <div className="app-footer__meta">{footer}</div>
          </div>
        )}
        <ProtectiveMarking marking={marking} position="bottom" />
      </footer>
    </>
  );
}

/** A full-screen frame for a room display: the marking stays at top and bottom; no header or navigation. */
export function ProjectorShell({ marking, children }: { marking: string; children: ReactNode }) {
  return (
    <>
      <header>
        <ProtectiveMarking marking={marking} position="top" />
      </header>
      <main className="app-projector" id="main-content" tabIndex={-1}>
        {children}
      </main>
      <footer>
        <ProtectiveMarking marking={marking} position="bottom" />
      </footer>
    </>
  );
}

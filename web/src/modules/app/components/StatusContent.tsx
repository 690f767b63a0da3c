import { Link } from 'react-router';
import { usePageTitle } from '../usePageTitle';

export function NotFoundContent() {
  usePageTitle('Page not found');
  return (
    <>
      <h1 className="govuk-heading-l">Page not found</h1>
      <p className="govuk-body">If you typed the web address, check it is correct.</p>
      <p className="govuk-body">If you pasted the web address, check you copied the entire address.</p>
      <p className="govuk-body">
        The record may also have been removed, or you may not have access to it.{' '}
        <Link className="govuk-link" to="/">
          Go to the home page
        </Link>
        .
      </p>
    </>
  );
}

export function ForbiddenContent() {
  usePageTitle('You do not have access to this page');
  return (
    <>
      <h1 className="govuk-heading-l">You do not have access to this page</h1>
      <p className="govuk-body">Your role on this panel does not allow this.</p>
      <p className="govuk-body">
        Ask your panel coordinator if you think you need access.{' '}
        <Link className="govuk-link" to="/">
          Go to the home page
        </Link>
        .
      </p>
    </>
  );
}

export function ServiceErrorContent({ message }: { message?: string }) {
  usePageTitle('Sorry, there is a problem with the service');
  return (
    <>
      <h1 className="govuk-heading-l">Sorry, there is a problem with the service</h1>
      <p className="govuk-body">{message ?? 'Try again later.'}</p>
    </>
  );
}

// For a part of a page that failed to load, when the page around it still stands.
export function LoadFailed({ message }: { message: string }) {
  return (
    <div className="govuk-inset-text" role="alert">
      {message}
    </div>
  );
}

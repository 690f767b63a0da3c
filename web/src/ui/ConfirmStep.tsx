import { useEffect, useRef, type ReactNode } from 'react';
import { Button, ButtonGroup } from './Button';

type Props = {
  title: string;
  /** h1 when the step replaces a page's content, h3 when it sits inside a page section. */
  level?: 1 | 3;
  children?: ReactNode;
  confirmText: string;
  cancelText?: string;
  busy?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
};

// An "Are you sure?" step before something destructive. Focus moves to its heading, so that the question is
// read out at once and the keyboard continues from it.
export function ConfirmStep({ title, level = 1, children, confirmText, cancelText = 'Cancel', busy, onConfirm, onCancel }: Props) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  const Heading = level === 1 ? 'h1' : 'h3';
  return (
    <div className="app-confirm-step">
      <Heading ref={ref} tabIndex={-1} className={level === 1 ? 'govuk-heading-l' : 'govuk-heading-s'}>
        {title}
      </Heading>
      {children}
      <ButtonGroup>
        <Button type="button" variant="warning" disabled={busy} onClick={onConfirm}>
          {confirmText}
        </Button>
        <Button type="button" variant="secondary" onClick={onCancel}>
          {cancelText}
        </Button>
      </ButtonGroup>
    </div>
  );
}

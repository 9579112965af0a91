import { useEffect, useState } from 'react';
import { useT } from '../i18n';

/** Copies text to the clipboard and says so, in a live region so screen readers hear it too. */
export function CopyButton({ text, label }: { text: string; label: string }) {
  const t = useT();
  const [copied, setCopied] = useState(false);
  useEffect(() => {
    if (!copied) return;
    const timer = setTimeout(() => setCopied(false), 1500);
    return () => clearTimeout(timer);
  }, [copied]);
  return (
    <>
      <button
        type="button"
        className="ml-link-button"
        data-copy-text={text}
        onClick={() => void navigator.clipboard.writeText(text).then(() => setCopied(true))}
      >
        {label}
      </button>
      <span role="status" className="ml-copied">
        {copied ? t('spCopied') : ''}
      </span>
    </>
  );
}

import { useEffect, useState } from 'react';

// An object URL for text held in memory, so a download is a real link; it is revoked when the page goes.
export function useBlobUrl(content: string | undefined, contentType: string | undefined): string | null {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    if (content === undefined || typeof URL.createObjectURL !== 'function') {
      setUrl(null);
      return undefined;
    }
    const created = URL.createObjectURL(new Blob([content], { type: contentType ?? 'text/calendar' }));
    setUrl(created);
    return () => URL.revokeObjectURL(created);
  }, [content, contentType]);
  return url;
}

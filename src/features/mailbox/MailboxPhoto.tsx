import { useEffect, useState } from 'preact/hooks';
import { loadPhoto } from '../../data/photos';
import { requireKey } from '../session/lock-store';

/** The photographed note, decrypted only while it is on screen. */
export function MailboxPhoto({ photoId }: { photoId: string }) {
  const [url, setUrl] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let created: string | null = null;
    loadPhoto(requireKey(), photoId)
      .then((blob) => {
        if (!blob) return setFailed(true);
        created = URL.createObjectURL(blob);
        setUrl(created);
      })
      .catch(() => setFailed(true));
    return () => void (created && URL.revokeObjectURL(created));
  }, [photoId]);
  if (failed) return <p class="notice">De foto van het briefje kon niet worden geopend.</p>;
  return url ? <img class="photo-preview" src={url} alt="Foto van het briefje uit de blauwe brievenbus" /> : null;
}

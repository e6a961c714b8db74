import { useState } from 'preact/hooks';

/**
 * A file that holds children's names in plain text is written only after the user has read that it does.
 */
export function ExportWithWarning({
  label,
  onExport,
  keep = 'Bewaar het alleen op een beveiligde plek, en verwijder het zodra de notities in Esis staan.',
}: {
  label: string;
  onExport: () => void;
  /** What to do with the file, said after "Het bestand is niet versleuteld." */
  keep?: string;
}) {
  const [asking, setAsking] = useState(false);
  if (!asking)
    return (
      <button type="button" class="button" onClick={() => setAsking(true)}>
        {label}
      </button>
    );
  return (
    <div class="notice" role="alertdialog" aria-labelledby="names-warning-title" aria-describedby="names-warning-text">
      <p id="names-warning-title">
        <strong>Let op: dit bestand bevat namen van leerlingen in leesbare tekst.</strong>
      </p>
      <p id="names-warning-text">
        Het bestand is niet versleuteld. {keep}
      </p>
      <div class="actions">
        <button
          type="button"
          class="button button--primary"
          onClick={() => {
            setAsking(false);
            onExport();
          }}
        >
          Bestand maken
        </button>
        <button type="button" class="button button--quiet" onClick={() => setAsking(false)}>
          Annuleren
        </button>
      </div>
    </div>
  );
}

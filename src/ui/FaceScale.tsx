import { FEELINGS } from '../domain/case/feelings';
import { ChoiceGroup } from './ChoiceGroup';


/** Drawn, not an emoji: the same face on every tablet, whatever fonts it has. */
export function Face({ value }: { value: number }) {
  const curve = (value - 3) * 7; // the mouth bends down for 1–2, up for 4–5
  return (
    <svg class="face__svg" viewBox="0 0 48 48" aria-hidden="true">
      <circle cx="24" cy="24" r="21" class="face__head" />
      <circle cx="16.5" cy="19" r="3" class="face__eye" />
      <circle cx="31.5" cy="19" r="3" class="face__eye" />
      <path d={`M14 ${32 - curve / 2} Q24 ${32 + curve} 34 ${32 - curve / 2}`} class="face__mouth" />
    </svg>
  );
}

/** How a child feels, on five drawn faces with their words; large enough for a child to tap. */
export function FaceScale({ id, label, value, onChange, error }: { id: string; label: string; value: number | undefined; onChange: (v: number) => void; error?: string | undefined }) {
  return (
    <ChoiceGroup id={id} label={label} error={error}>
      <div class="faces">
        {FEELINGS.map((f) => (
          <label key={f.value} class="face">
            <input type="radio" name={id} value={f.value} checked={value === f.value} onChange={() => onChange(f.value)} />
            <Face value={f.value} />
            <span class="face__label">{f.label}</span>
          </label>
        ))}
      </div>
    </ChoiceGroup>
  );
}

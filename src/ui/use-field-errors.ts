import { useCallback, useState } from 'preact/hooks';
import type { FieldErrors } from '../domain/validation';

/**
 * A form's errors by field. A field the person has just changed drops its old error at once: a
 * warning that stays beside a fixed answer makes a teacher think the tap did not register. The
 * other errors stay until the next try.
 */
export function useFieldErrors(): { errors: FieldErrors; setErrors: (errors: FieldErrors | ((current: FieldErrors) => FieldErrors)) => void; fixed: (fields: readonly string[]) => void } {
  const [errors, setErrors] = useState<FieldErrors>({});
  const fixed = useCallback(
    (fields: readonly string[]) =>
      setErrors((current) => {
        if (!fields.some((f) => f in current)) return current;
        const next = { ...current };
        for (const f of fields) delete next[f];
        return next;
      }),
    [],
  );
  return { errors, setErrors, fixed };
}

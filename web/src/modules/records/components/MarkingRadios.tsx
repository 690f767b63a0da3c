import { GSC_MARKINGS, type GscMarking } from '@sentinel/shared';
import { Radios } from '../../../ui/Radios';
import { markingLabel } from '../utils/labels';

type Props = { value: GscMarking; onChange: (value: GscMarking) => void; error?: string; id?: string };

export function MarkingRadios({ value, onChange, error, id = 'gscMarking' }: Props) {
  return (
    <Radios
      id={id}
      legend="Government Security Classification marking"
      inline
      options={GSC_MARKINGS.map((m) => ({ value: m, label: markingLabel(m) }))}
      value={value}
      onChange={(v) => onChange(v as GscMarking)}
      error={error}
    />
  );
}

import { ATTENDANCE_MARK_LABELS, ATTENDANCE_MARKS, type AttendanceMark } from '@sentinel/shared';
import { Table, type TableColumn } from '../../../ui/Table';
import type { RegisterLine } from '../utils/minutes-form';

type Props = {
  register: readonly RegisterLine[];
  values: Record<string, AttendanceMark | ''>;
  onChange: (userId: string, mark: AttendanceMark) => void;
};

// Who attended, per member of each agency, corrected from the minutes editor: saving changes the register.
export function MinutesAttendanceFields({ register, values, onChange }: Props) {
  const columns: TableColumn<RegisterLine>[] = [
    {
      key: 'name',
      header: 'Member',
      cell: (l) => (
        <>
          <span className="govuk-!-font-weight-bold">{l.userName}</span>
          <span className="app-block">{l.agencyName ?? ''}</span>
        </>
      ),
    },
    {
      key: 'mark',
      header: 'Attendance',
      cell: (l) => (
        <fieldset className="govuk-fieldset">
          <legend className="govuk-visually-hidden">Attendance of {l.userName}</legend>
          <div className="govuk-radios govuk-radios--small">
            {ATTENDANCE_MARKS.map((mark) => (
              <div className="govuk-radios__item" key={mark}>
                <input
                  className="govuk-radios__input"
                  id={`attendance-${l.userId}-${mark}`}
                  name={`attendance-${l.userId}`}
                  type="radio"
                  checked={values[l.userId] === mark}
                  onChange={() => onChange(l.userId, mark)}
                />
                <label className="govuk-label govuk-radios__label" htmlFor={`attendance-${l.userId}-${mark}`}>
                  {ATTENDANCE_MARK_LABELS[mark]}
                </label>
              </div>
            ))}
          </div>
        </fieldset>
      ),
    },
  ];
  return (
    <section className="app-subsection" aria-labelledby="minutes-attendance">
      <h3 className="govuk-heading-s" id="minutes-attendance">
        Attendance
      </h3>
      <p className="govuk-body">Who attended, by agency. A change here changes the attendance register, and the attendance figures with it.</p>
      {register.length ? (
        <Table caption="Attendance by member" columns={columns} rows={[...register]} rowKey={(l) => l.userId} />
      ) : (
        <p className="govuk-body">No one was expected at this meeting.</p>
      )}
    </section>
  );
}

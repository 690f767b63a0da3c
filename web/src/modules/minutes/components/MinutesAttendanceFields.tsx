import { ATTENDANCE_MARK_LABELS, ATTENDANCE_MARKS, type AttendanceMark } from '@sentinel/shared';
import { Table, type TableColumn } from '../../../ui/Table';
import { MarkRadios, MemberCell } from '../../meetings/components/RegisterCells';
import type { RegisterLine } from '../utils/minutes-form';

type Props = {
  register: readonly RegisterLine[];
  values: Record<string, AttendanceMark | ''>;
  onChange: (userId: string, mark: AttendanceMark) => void;
};

// Who attended, per member of each agency, corrected from the minutes editor: saving changes the register.
export function MinutesAttendanceFields({ register, values, onChange }: Props) {
  const columns: TableColumn<RegisterLine>[] = [
    { key: 'name', header: 'Member', cell: (l) => <MemberCell line={l} /> },
    {
      key: 'mark',
      header: 'Attendance',
      cell: (l) => (
        <MarkRadios
          name="attendance"
          legend={`Attendance of ${l.userName}`}
          userId={l.userId}
          options={ATTENDANCE_MARKS}
          labels={ATTENDANCE_MARK_LABELS}
          value={values[l.userId] ?? ''}
          onChange={(mark) => onChange(l.userId, mark)}
        />
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

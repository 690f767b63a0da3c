import { expect, test, type Page } from '@playwright/test';
import { DEMO, expectMarkedAndAccessible, signIn, signOut } from './support.js';

async function openNextMeeting(page: Page): Promise<string> {
  await page.getByRole('link', { name: 'Meetings', exact: true }).click();
  await page.getByRole('region', { name: 'Next meeting' }).getByRole('link').first().click();
  await expect(page).toHaveURL(/\/meetings\/[0-9a-f-]{36}$/);
  return new URL(page.url()).pathname;
}

test('the chair schedules, builds and publishes the agenda, runs the meeting live while an attendee follows, and approves the minutes', async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const chairContext = await browser.newContext({ acceptDownloads: true });
  const chair = await chairContext.newPage();
  await signIn(chair, DEMO.CHAIR);

  // The series: second Tuesday, every other month, alternating Teams and headquarters.
  await chair.getByRole('link', { name: 'Meetings', exact: true }).click();
  await chair.getByRole('link', { name: 'Meeting schedule' }).click();
  await chair.getByRole('group', { name: 'Week of the month' }).getByLabel('Second').check();
  await chair.getByRole('group', { name: 'Day' }).getByLabel('Tuesday').check();
  await chair.getByRole('group', { name: 'Every' }).getByLabel('2 months').check();
  await chair.getByLabel('Start time').fill('10:00');
  await chair.getByRole('group', { name: 'First meeting' }).getByLabel(/Teams/).check();
  await chair.getByLabel('Teams meeting link').fill('https://teams.microsoft.com/l/meetup-join/northmoor-ocg-panel');
  await chair.getByRole('button', { name: 'Save schedule' }).click();
  await expect(chair.getByText('There is a problem')).toHaveCount(0);
  await expectMarkedAndAccessible(chair);

  // The next meeting's agenda, seeded with open tasks and changed groups, fitted to two hours, published.
  const meetingPath = await openNextMeeting(chair);
  await chair.getByRole('button', { name: 'Build agenda from the standing template' }).click();
  await expect(chair.getByText(/A-00\d\d/).first()).toBeVisible();
  await expect(chair.getByText(/OCG-00\d\d/).first()).toBeVisible();
  await expectMarkedAndAccessible(chair);

  // Each group once: the established groups are reviewed under item 4, the new ones introduced under item 5.
  const review = chair.getByRole('listitem').filter({ has: chair.getByRole('heading', { name: /Organised crime groups for review$/ }) });
  const newGroups = chair.getByRole('listitem').filter({ has: chair.getByRole('heading', { name: /New groups and referrals$/ }) });
  await expect(review.getByRole('link', { name: /OCG-\d+ Operation Larch/ })).toBeVisible();
  await expect(newGroups.getByRole('link', { name: /OCG-\d+ Operation Tinsel/ })).toBeVisible();
  await expect(newGroups.getByRole('link', { name: /OCG-\d+ Operation Larch/ })).toHaveCount(0);
  await expect(review.getByRole('link', { name: /OCG-\d+ Operation Tinsel/ })).toHaveCount(0);

  // A group put under another item by hand is refused while it is already on the agenda, saying where.
  await chair.getByRole('button', { name: 'Add a record to Any other business' }).click();
  const addRecord = chair.getByRole('search', { name: 'Add a record to “Any other business”' });
  await addRecord.getByLabel('Group (OCG)').check();
  await addRecord.getByLabel('Reference or name').fill('Larch');
  await addRecord.getByRole('button', { name: 'Find records' }).click();
  await chair.getByRole('button', { name: /^Add OCG-\d+ Operation Larch to this item$/ }).click();
  await expect(chair.getByText('This is already on the agenda, under item 4: Organised crime groups for review').first()).toBeVisible();
  await expectMarkedAndAccessible(chair);
  await chair.getByRole('button', { name: 'Done adding records' }).click();

  await chair
    .getByRole('button', { name: /Move up/ })
    .nth(2)
    .click();
  await chair.getByRole('button', { name: 'Publish agenda' }).click();
  await expect(chair.getByText('Agenda published').first()).toBeVisible();
  const packDownload = chair.waitForEvent('download');
  await chair.getByRole('link', { name: 'Agenda pack (PDF)' }).click();
  const pack = await packDownload;
  expect(pack.suggestedFilename()).toMatch(/\.pdf$/);

  // A partner sends apologies with a substitute from their agency.
  const hmrcContext = await browser.newContext();
  const hmrc = await hmrcContext.newPage();
  await signIn(hmrc, DEMO.PARTNER_MEMBER);
  await hmrc.goto(meetingPath);
  await hmrc.getByRole('group', { name: 'Will you attend?' }).getByLabel('Apologies').check();
  await hmrc.getByLabel('Substitute').selectOption({ index: 1 });
  await hmrc.getByRole('button', { name: 'Send reply' }).click();
  await expect(hmrc.getByText(/Apologies/).first()).toBeVisible();

  // The meeting runs live; an observer's browser follows the current item.
  await chair.goto(meetingPath);
  await chair.getByRole('link', { name: 'Run the meeting live' }).click();
  await chair.getByRole('button', { name: 'Open meeting' }).click();
  const observerContext = await browser.newContext();
  const observer = await observerContext.newPage();
  await signIn(observer, DEMO.OBSERVER);
  await observer.goto(`${meetingPath}/live`);
  await expect(observer.getByRole('heading', { name: 'Now discussing' })).toBeVisible();
  await expect(observer.getByText(/Now discussing item 1/)).toBeVisible();
  // The attendee acknowledges the confidentiality statement themselves.
  await observer.getByRole('button', { name: 'I understand and accept' }).click();
  await expect(observer.getByText(/You have acknowledged the confidentiality statement/)).toBeVisible();
  await chair.getByRole('button', { name: 'Next item' }).click();
  await expect(observer.getByText(/Now discussing item 2/)).toBeVisible({ timeout: 3000 });
  await expectMarkedAndAccessible(observer);

  // A task raised at the item lands in HMRC's tasks.
  await chair.getByRole('button', { name: 'Raise a task' }).click();
  await chair.getByLabel('Title', { exact: true }).fill('Review the Crossley family accounts before the next panel');
  await chair.getByLabel('Agency', { exact: true }).selectOption({ label: 'HM Revenue and Customs' });
  await chair.getByLabel('Group', { exact: true }).fill('OCG-0003');
  await chair.getByRole('radio', { name: 'OCG-0003 The Crossley Family' }).check();
  await expectMarkedAndAccessible(chair);
  await chair.getByRole('button', { name: 'Raise a task' }).click();
  await hmrc.getByRole('link', { name: 'Tasks', exact: true }).click();
  await expect(hmrc.getByRole('link', { name: 'Review the Crossley family accounts before the next panel' }).first()).toBeVisible();

  // Closing with an empty register is warned about; the chair marks who is there (seeing who has acknowledged
  // the confidentiality statement), then closes, approves the minutes and downloads them.
  await chair.getByRole('button', { name: 'Close meeting' }).click();
  await expect(chair.getByText('No one has been recorded as present. The minutes will say that no one attended.')).toBeVisible();
  await expectMarkedAndAccessible(chair);
  await chair.getByRole('link', { name: 'Mark the attendance register first' }).click();
  const carver = chair.getByRole('row').filter({ has: chair.getByRole('group', { name: 'Presence of James Carver' }) });
  await expect(carver).toContainText(/Acknowledged \d/);
  await carver.getByLabel('Remote').check();
  await chair.getByRole('button', { name: 'Save register' }).click();
  await expect(chair.getByText('Register saved for 1 person.')).toBeVisible();
  await chair.getByRole('link', { name: 'Run the meeting live' }).click();
  await chair.getByRole('button', { name: 'Close meeting' }).click();
  await expect(chair.getByText('1 person is recorded as present.')).toBeVisible();
  await chair.getByRole('button', { name: 'Close meeting' }).click();
  await expect(chair).toHaveURL(/\/minutes$/);
  await expect(chair.getByText('James Carver').first()).toBeVisible();
  // Who attended is corrected from the minutes editor, per agency member.
  await chair.getByRole('button', { name: 'Edit minutes' }).click();
  const attendance = chair.getByRole('group', { name: 'Attendance of James Carver' });
  await expect(attendance.getByLabel('Present remotely')).toBeChecked();
  await attendance.getByLabel('Present in person').check();
  await expectMarkedAndAccessible(chair);
  await chair.getByRole('button', { name: 'Save minutes' }).click();
  await expect(chair.getByText('James Carver, Office of the Police and Crime Commissioner (present in person)')).toBeVisible();
  await chair.getByRole('button', { name: 'Approve minutes' }).click();
  await expect(chair.getByText('Approved').first()).toBeVisible();
  await expectMarkedAndAccessible(chair);
  const minutesDownload = chair.waitForEvent('download');
  await chair.getByRole('link', { name: 'Minutes (PDF)' }).click();
  expect((await minutesDownload).suggestedFilename()).toMatch(/\.pdf$/);

  for (const page of [chair, hmrc, observer]) await signOut(page);
  for (const context of [chairContext, hmrcContext, observerContext]) await context.close();
});

/**
 * Every six months a panel's chairs confirm that each member still needs access; a member no one has confirmed
 * when the review closes, 30 days after it opened, is disabled. Chairs are not disabled by a review: a panel
 * must keep its chair, and whoever chairs answers for the panel's membership.
 */
export const MEMBERSHIP_REVIEW = {
  everyMonths: 6,
  openDays: 30,
  /** The most members confirmed in one request. */
  confirmMax: 200,
} as const;

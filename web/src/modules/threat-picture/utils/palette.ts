/**
 * GOV.UK colours that each reach 3:1 against white (WCAG 1.4.11 for graphics). Series are also told apart by
 * their legend order, value labels and the table, never by colour alone.
 */
export const SERIES_COLOURS = ['#1d70b8', '#00703c', '#4c2c92', '#d4351c', '#0b0c0c', '#d53880', '#003078', '#505a5f'];

export const colourAt = (i: number): string => SERIES_COLOURS[i % SERIES_COLOURS.length];

export const NETWORK_MESSAGE = 'Sentinel could not be reached. Check your connection and try again.';

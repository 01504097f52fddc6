// How long a password may be: one policy for sign-up, resets, changes, invitations and the auth library itself.
export const MIN_PASSWORD_LENGTH = 10;
export const MAX_PASSWORD_LENGTH = 200;

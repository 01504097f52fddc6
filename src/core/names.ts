// How long a chosen name may be, wherever a person gives one (sign-up, profile, invitations).
export const MAX_CHOSEN_NAME_LENGTH = 80;

/**
 * Under this score the panel warns before a listing goes into a showcase (it does not block: a curator may
 * still want it). 60 is where the panel's score card turns from "fair" to the lower half of the scale the seller
 * is told to fix first; buyers sent from a café's showcase land on this listing.
 */
export const SCORE_WARNING = 60;

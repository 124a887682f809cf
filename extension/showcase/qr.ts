/** QR codes for the print view: made in shared/embed, shared with the standalone page. */
export * from '../../shared/embed/qr';
export * from '../../shared/embed/qr-link';

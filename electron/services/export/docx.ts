/**
 * Word export for the Node side. The writer itself is pure JavaScript and lives in
 * shared/formats/docx; this module lets the exporter load it lazily, like the xlsx writer.
 */
export { exportDocx } from '../../../shared/formats/docx';

/**
 * The gazetteer's tables (./gazetteer-tables). Here they are folded when first asked for; the
 * command line's build (scripts/build-node.mjs) replaces this module in its bundles with one that
 * returns the tables `buildGazetteerTables` made at build time (the same code, run ahead), so that
 * a `selaras check` does not fold a thousand names before reading its first name, nor load the
 * locale data.
 */
import { buildGazetteerTables, type GazetteerTables } from './gazetteer-tables';

/** The gazetteer's tables (see the module comment). */
export function gazetteerTables(): GazetteerTables {
  return buildGazetteerTables();
}

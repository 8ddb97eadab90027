package boardpack.read;

import boardpack.model.Source;

/**
 * One value to parse: its content, its place and what it is called in messages ("annual target").
 */
record Field(CellContent content, Source at, String what) {}

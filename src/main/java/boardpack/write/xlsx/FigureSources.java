package boardpack.write.xlsx;

import boardpack.model.Figure;
import boardpack.model.Origin;
import boardpack.model.Source;
import java.util.Optional;

/**
 * A figure's source as the KPIs sheet names and links it, from the figure's origin: the cell or CSV
 * line it was read from ({@code Actuals!N7}, {@code ledger.csv:14}), or the annual target a month's
 * target is derived from ("derived from the annual target in KPIs!H5"). The link opens the first
 * place named.
 */
record FigureSources(String label, Optional<Source> linked) {

  static Optional<FigureSources> of(Figure figure) {
    Origin origin = figure.origin();
    if (figure.isAbsent() || origin.sources().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new FigureSources(origin.describe(), Optional.of(origin.sources().get(0))));
  }
}

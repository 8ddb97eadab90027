package boardpack.write.pdf;

import java.util.Objects;

/** What the cover and every page's frame say: organisation, period in words, confidentiality. */
record PackHeader(String organisation, String periodText, String confidentiality) {

  PackHeader {
    Objects.requireNonNull(organisation, "organisation");
    Objects.requireNonNull(periodText, "periodText");
    Objects.requireNonNull(confidentiality, "confidentiality");
  }
}

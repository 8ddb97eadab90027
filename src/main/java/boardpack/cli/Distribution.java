package boardpack.cli;

import boardpack.compute.PackView;
import boardpack.compute.Scope;
import boardpack.model.Recipient;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Who gets which pack (workbook.md, Distribution): the packs to build, each distinct scope once and
 * the whole plan's always, and one delivery per address (the first row of a repeated one).
 */
record Distribution(List<ScopePack> packs, List<Delivery> deliveries) {

  /** One scope's pack: its view, its file-name suffix and its files. */
  record ScopePack(PackView view, String suffix, List<PackFile> files) {
    ScopePack {
      Objects.requireNonNull(view, "view");
      Objects.requireNonNull(suffix, "suffix");
      files = List.copyOf(files);
    }
  }

  /** One file of a scope's pack. */
  record PackFile(PackPart part, String fileName) {}

  /** A recipient, their scope's pack and the files their Attach asks for. */
  record Delivery(Recipient recipient, ScopePack pack, List<PackFile> attachments) {
    Delivery {
      Objects.requireNonNull(recipient, "recipient");
      Objects.requireNonNull(pack, "pack");
      attachments = List.copyOf(attachments);
    }
  }

  Distribution {
    packs = List.copyOf(packs);
    deliveries = List.copyOf(deliveries);
  }

  static Distribution of(PackView whole, List<Recipient> recipients, List<PackPart> parts) {
    Map<String, ScopePack> packs = new LinkedHashMap<>();
    Set<String> suffixes = new HashSet<>();
    packs.put(key(whole.scope()), pack(whole, "", parts));
    List<Delivery> deliveries = new ArrayList<>();
    Set<String> addresses = new HashSet<>();
    for (Recipient recipient : recipients) {
      if (!addresses.add(recipient.email().strip().toLowerCase(Locale.ROOT))) {
        continue; // workbook.md: the same address twice gets one message
      }
      Scope scope = whole.scopeNamed(recipient.scope());
      ScopePack pack =
          packs.computeIfAbsent(
              key(scope), k -> pack(whole.forScope(scope), uniqueSuffix(scope, suffixes), parts));
      List<PackFile> attachments =
          pack.files().stream().filter(f -> f.part().goesTo(recipient.attachment())).toList();
      deliveries.add(new Delivery(recipient, pack, attachments));
    }
    return new Distribution(List.copyOf(packs.values()), deliveries);
  }

  private static ScopePack pack(PackView view, String suffix, List<PackPart> parts) {
    List<PackFile> files =
        parts.stream().map(part -> new PackFile(part, part.fileName(view, suffix))).toList();
    return new ScopePack(view, suffix, files);
  }

  // Two scopes whose names make the same file-name part (R&D, R-D) get -2, -3, ...
  private static String uniqueSuffix(Scope scope, Set<String> taken) {
    String base = PackPart.scopeSuffix(scope);
    String suffix = base;
    for (int n = 2; !taken.add(suffix); n++) {
      suffix = base + "-" + n;
    }
    return suffix;
  }

  private static String key(Scope scope) {
    return scope.getClass().getSimpleName() + ":" + scope.label().toLowerCase(Locale.ROOT);
  }
}

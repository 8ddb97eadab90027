package boardpack;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.util.Map;
import java.util.Set;

/**
 * The package layout of README.md, checked on the compiled classes of src/main, so a fully
 * qualified call is caught as surely as an import. ArchitectureRulesCatchViolationsTest shows each
 * rule failing on a class that breaks it.
 */
@AnalyzeClasses(packages = "boardpack", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  /**
   * The public classes of compute that hold code besides the PackView* types: the engine, and the
   * reporting month cli must choose before it computes. The view's other types are data (records,
   * enums, interfaces), public so that writers can read them.
   */
  static final Set<String> ENGINE_AND_VIEW = Set.of("ScorecardEngine", "ReportingPeriod");

  private static final String MODEL = "boardpack.model..";
  private static final String COMPUTE = "boardpack.compute..";

  /** Calls that read the clock, by owning class and method name (any overload). */
  private static final Map<String, Set<String>> CLOCK =
      Map.of(
          "java.lang.System", Set.of("currentTimeMillis", "nanoTime"),
          "java.util.Calendar", Set.of("getInstance"));

  /** Calls that read the machine's environment, by owning class and method name. */
  private static final Map<String, Set<String>> ENVIRONMENT =
      Map.of(
          "java.lang.System", Set.of("getenv", "getProperty", "getProperties"),
          "java.lang.Integer", Set.of("getInteger"),
          "java.lang.Long", Set.of("getLong"),
          "java.lang.Boolean", Set.of("getBoolean"),
          "java.lang.Runtime", Set.of("getRuntime"),
          "java.util.Locale", Set.of("getDefault"),
          "java.util.TimeZone", Set.of("getDefault"),
          "java.time.ZoneId", Set.of("systemDefault"));

  @ArchTest
  static final ArchRule modelDependsOnJavaOnly =
      classes()
          .that()
          .resideInAPackage(MODEL)
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage("java..", MODEL)
          .because("the model is records and enums, importing nothing outside java.*");

  @ArchTest
  static final ArchRule computeDependsOnModelAndJavaOnly =
      classes()
          .that()
          .resideInAPackage(COMPUTE)
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage("java..", MODEL, COMPUTE)
          .because("compute is pure: no POI, no other layer");

  @ArchTest
  static final ArchRule computeReadsNoClock =
      noClasses()
          .that()
          .resideInAPackage(COMPUTE)
          .should()
          .callMethodWhere(calls("read the clock", CLOCK).or(timeNow()))
          .orShould()
          .dependOnClassesThat()
          .belongToAnyOf(java.time.Clock.class, java.time.InstantSource.class)
          .orShould()
          .callConstructor(java.util.Date.class)
          .because("every date compute uses is a parameter (the reporting month)");

  @ArchTest
  static final ArchRule computeReadsNoEnvironment =
      noClasses()
          .that()
          .resideInAPackage(COMPUTE)
          .should()
          .callMethodWhere(calls("read the environment", ENVIRONMENT))
          .because("a figure depends on the plan and the month only, never on the machine");

  @ArchTest
  static final ArchRule computeTouchesNoFilesNetworkOrConsole =
      noClasses()
          .that()
          .resideInAPackage(COMPUTE)
          .should()
          .dependOnClassesThat(fileOrNetwork())
          .orShould()
          .accessField(System.class, "out")
          .orShould()
          .accessField(System.class, "err")
          .orShould()
          .accessField(System.class, "in")
          .because("compute takes records in and gives records out; only the edges do I/O");

  /** Packages follow the data; only cli wires the readers, the engine and the writers. */
  @ArchTest
  static final ArchRule layersFollowTheData =
      layeredArchitecture()
          .consideringOnlyDependenciesInLayers()
          .layer("model")
          .definedBy(MODEL)
          .layer("read")
          .definedBy("boardpack.read..")
          .layer("compute")
          .definedBy(COMPUTE)
          .layer("write")
          .definedBy("boardpack.write..")
          .optionalLayer("mail")
          .definedBy("boardpack.mail..")
          .layer("cli")
          .definedBy("boardpack.cli..")
          .whereLayer("cli")
          .mayNotBeAccessedByAnyLayer()
          .whereLayer("read")
          .mayOnlyBeAccessedByLayers("cli")
          .whereLayer("write")
          .mayOnlyBeAccessedByLayers("cli")
          .whereLayer("mail")
          .mayOnlyBeAccessedByLayers("cli")
          .whereLayer("compute")
          .mayOnlyBeAccessedByLayers("write", "mail", "cli")
          .ensureAllClassesAreContainedInArchitecture();

  @ArchTest
  static final ArchRule nothingDependsOnCli =
      noClasses()
          .that()
          .resideOutsideOfPackage("boardpack.cli..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("boardpack.cli..")
          .because("cli is the top: it wires the rest and nothing calls back into it");

  /**
   * The reader, each writer (write.csv, write.xlsx, write.pdf, write.plan for init, write.annotate
   * for check --annotate) and mail; write itself is shared.
   */
  @ArchTest
  static final ArchRule readersAndWritersNeverCallEachOther =
      slices().assignedFrom(edges()).should().notDependOnEachOther();

  @ArchTest
  static final ArchRule noPackageCycles =
      slices().matching("boardpack.(**)").should().beFreeOfCycles();

  @ArchTest
  static final ArchRule computeShowsOnlyTheEngineAndTheView =
      classes()
          .that()
          .resideInAPackage("boardpack.compute")
          .and()
          .arePublic()
          .and()
          .areTopLevelClasses()
          .should()
          .haveNameMatching(
              "boardpack\\.compute\\.(" + String.join("|", ENGINE_AND_VIEW) + "|PackView\\w*)")
          .orShould()
          .beRecords()
          .orShould()
          .beEnums()
          .orShould()
          .beInterfaces()
          .because("a writer must lay out the engine's figures, never call a rule itself");

  /** A call to one of {@code methods}, keyed by the fully qualified name of their class. */
  private static DescribedPredicate<JavaMethodCall> calls(
      String description, Map<String, Set<String>> methods) {
    return describe(
        description,
        call ->
            methods
                .getOrDefault(call.getTargetOwner().getName(), Set.of())
                .contains(call.getName()));
  }

  /** {@code now()} of any java.time class: LocalDate.now, YearMonth.now, Instant.now, ... */
  private static DescribedPredicate<JavaMethodCall> timeNow() {
    return describe(
        "read the clock through java.time's now()",
        call ->
            call.getName().equals("now")
                && call.getTargetOwner().getPackageName().equals("java.time"));
  }

  private static DescribedPredicate<JavaClass> fileOrNetwork() {
    return describe(
        "read or write files or the network (java.io.File*, java.nio.file, java.net)",
        type ->
            type.getPackageName().startsWith("java.nio.file")
                || type.getPackageName().startsWith("java.nio.channels")
                || type.getPackageName().startsWith("java.net")
                || type.getPackageName().equals("java.io")
                    && (type.getSimpleName().startsWith("File")
                        || type.getSimpleName().equals("RandomAccessFile")));
  }

  /** One slice per edge package: read, mail, and each write.X; the shared write package none. */
  private static SliceAssignment edges() {
    return new SliceAssignment() {
      @Override
      public SliceIdentifier getIdentifierOf(JavaClass type) {
        String[] parts = type.getPackageName().split("\\.");
        if (parts.length < 2 || !parts[0].equals("boardpack")) {
          return SliceIdentifier.ignore();
        }
        return switch (parts[1]) {
          case "read", "mail" -> SliceIdentifier.of(parts[1]);
          case "write" ->
              parts.length > 2 ? SliceIdentifier.of("write." + parts[2]) : SliceIdentifier.ignore();
          default -> SliceIdentifier.ignore();
        };
      }

      @Override
      public String getDescription() {
        return "readers and writers";
      }
    };
  }
}

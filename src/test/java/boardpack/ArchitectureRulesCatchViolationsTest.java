package boardpack;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import boardpack.compute.ComputeViolations;
import boardpack.compute.ScorecardEngine;
import boardpack.model.ModelViolations;
import boardpack.read.PlanReader;
import boardpack.read.ReaderViolations;
import boardpack.write.csv.ScorecardCsv;
import boardpack.write.csv.WriterViolations;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each rule of ArchitectureTest fails on a class that breaks it (the *Violations classes of the
 * test sources), and names that class: a rule that cannot fail would guard nothing. A rule sees
 * only the classes imported, so the class depended on is imported too.
 */
class ArchitectureRulesCatchViolationsTest {

  static Stream<Arguments> violations() {
    return Stream.of(
        arguments(
            ArchitectureTest.modelDependsOnJavaOnly, List.of(ModelViolations.UsesCompute.class)),
        arguments(
            ArchitectureTest.computeDependsOnModelAndJavaOnly,
            List.of(ComputeViolations.UsesPoi.class)),
        arguments(
            ArchitectureTest.computeReadsNoClock, List.of(ComputeViolations.ReadsTheMonth.class)),
        arguments(
            ArchitectureTest.computeReadsNoClock,
            List.of(ComputeViolations.ReadsTheNanoClock.class)),
        arguments(
            ArchitectureTest.computeReadsNoEnvironment,
            List.of(ComputeViolations.ReadsTheEnvironment.class)),
        arguments(
            ArchitectureTest.computeReadsNoEnvironment,
            List.of(ComputeViolations.ReadsASystemProperty.class)),
        arguments(
            ArchitectureTest.computeTouchesNoFilesNetworkOrConsole,
            List.of(ComputeViolations.ReadsAFile.class)),
        arguments(
            ArchitectureTest.computeTouchesNoFilesNetworkOrConsole,
            List.of(ComputeViolations.PrintsToTheConsole.class)),
        arguments(
            ArchitectureTest.layersFollowTheData,
            List.of(ModelViolations.UsesCompute.class, ScorecardEngine.class)),
        arguments(
            ArchitectureTest.layersFollowTheData,
            List.of(WriterViolations.CallsAReader.class, PlanReader.class)),
        arguments(ArchitectureTest.nothingDependsOnCli, List.of(ComputeViolations.CallsCli.class)),
        arguments(
            ArchitectureTest.readersAndWritersNeverCallEachOther,
            List.of(ReaderViolations.CallsAWriter.class, ScorecardCsv.class)),
        arguments(
            ArchitectureTest.readersAndWritersNeverCallEachOther,
            List.of(WriterViolations.CallsAReader.class, PlanReader.class)),
        arguments(
            ArchitectureTest.noPackageCycles,
            List.of(
                ModelViolations.PointsAtTheReader.class, ReaderViolations.PointsAtTheModel.class)),
        arguments(
            ArchitectureTest.computeShowsOnlyTheEngineAndTheView,
            List.of(ComputeViolations.class)));
  }

  @ParameterizedTest(name = "[{index}] {1}")
  @MethodSource("violations")
  void rule_failsOnAClassThatBreaksIt_andNamesIt(ArchRule rule, List<Class<?>> classes) {
    JavaClasses imported = new ClassFileImporter().importClasses(classes);

    AssertionError failure = assertThrows(AssertionError.class, () -> rule.check(imported));

    String culprit = classes.get(0).getName();
    assertTrue(failure.getMessage().contains("<" + culprit), failure::getMessage);
  }
}

package boardpack.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** How {@code run FOLDER} runs the plans of a folder. */
final class FolderOptions {

  @Option(
      names = "--jobs",
      paramLabel = "N",
      description = "with a FOLDER: how many plans run at once; default: the available cores")
  Integer jobs;

  int jobs(CommandSpec spec) {
    if (jobs == null) {
      return Runtime.getRuntime().availableProcessors();
    }
    if (jobs < 1) {
      throw new ParameterException(
          spec.commandLine(), "--jobs " + jobs + " is not a number of plans; give 1 or more");
    }
    return jobs;
  }
}

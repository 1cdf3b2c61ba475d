using System.CommandLine;
using DomainKit.Cli.Scenarios;

namespace DomainKit.Cli;

/// <summary><c>domainkit test PATH...</c>: runs scenario files and reports each failure with expected against actual.</summary>
internal static class TestCommand
{
    public static Command Create(CliText text, TextWriter output, TextWriter error)
    {
        var paths = new Argument<string[]>("PATH") { Description = text.Say($"Scenario files (.yaml, .yml) or folders to search for them."), Arity = ArgumentArity.OneOrMore };
        var verbose = new Option<bool>("--verbose") { Description = text.Say($"Also print each passing scenario.") };
        var command = new Command("test", text.Say($"Run scenario files: each states a rule, a policy, a date, an input and what to expect (see docs/scenarios.md)."))
        {
            paths, verbose,
        };
        command.SetAction(parsed => Run(text, parsed.GetValue(paths)!, parsed.GetValue(verbose), output, error));
        return command;
    }

    public static IEnumerable<string> Files(IEnumerable<string> paths) => paths.SelectMany<string, string>(path =>
        Directory.Exists(path)
            ? Directory.EnumerateFiles(path, "*.y*ml", SearchOption.AllDirectories).Where(f => f.EndsWith(".yaml", StringComparison.Ordinal) || f.EndsWith(".yml", StringComparison.Ordinal)).Order(StringComparer.Ordinal)
            : [path]);

    private static int Run(CliText text, string[] paths, bool verbose, TextWriter output, TextWriter error)
    {
        var passed = 0;
        var failed = 0;
        var invalid = false;
        foreach (var file in Files(paths))
        {
            if (!File.Exists(file))
            {
                error.WriteLine(text.Say($"error: {file}: no such file or folder."));
                invalid = true;
                continue;
            }

            var (scenarios, problems) = ScenarioFile.Load(file, text);
            foreach (var problem in problems)
            {
                error.WriteLine(text.Say($"error: {problem}"));
                invalid = true;
            }

            foreach (var report in scenarios.Select(s => ScenarioRunner.Run(s, text)))
            {
                if (report.Passed)
                {
                    passed++;
                    if (verbose)
                    {
                        output.WriteLine(text.Say($"PASS {report.Scenario.Location} {report.Scenario.Name}"));
                    }

                    continue;
                }

                failed++;
                output.WriteLine(text.Say($"FAIL {report.Scenario.Location} {report.Scenario.Name}"));
                foreach (var failure in report.Failures)
                {
                    output.WriteLine("  " + failure);
                }

                if (report.Explanation is { } explanation)
                {
                    output.WriteLine(text.Say($"  explanation:"));
                    foreach (var line in explanation.TrimEnd('\n').Split('\n'))
                    {
                        output.WriteLine("    " + line);
                    }
                }
            }
        }

        output.WriteLine(text.Say($"{passed} passed, {failed} failed"));
        return invalid ? ExitCodes.InvalidInput : failed > 0 ? ExitCodes.Failure : ExitCodes.Success;
    }
}

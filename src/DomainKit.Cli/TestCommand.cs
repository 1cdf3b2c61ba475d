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
        var command = new Command("test", text.Say($"Run scenario files: each states a rule, a policy, a date, an input and what to expect (see \"Scenario files\" in the DomainKit documentation)."))
        {
            paths, verbose,
        };
        command.SetAction(parsed => Run(text, parsed.GetValue(paths)!, parsed.GetValue(verbose), output, error));
        return command;
    }

    /// <summary>The scenario files named or found under the folders named, each once, in a stable order.</summary>
    public static IEnumerable<string> Files(IEnumerable<string> paths) => Search(paths).Where(found => found.Problem is null).Select(found => found.Path);

    /// <summary>
    /// The scenario files named, and those found under the folders named, each with the problem that stops it being
    /// read. A folder is searched without following links to other folders, so a link cannot lead the search out of
    /// its tree or round it in a loop; a file reached twice (named twice, or through a link) is read once; a device or
    /// pipe is refused rather than opened.
    /// </summary>
    private static IEnumerable<(string Path, string? Problem)> Search(IEnumerable<string> paths)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            IEnumerable<string> files = Directory.Exists(path)
                ? Directory.EnumerateFiles(path, "*", new EnumerationOptions
                    {
                        RecurseSubdirectories = true,
                        AttributesToSkip = FileAttributes.ReparsePoint, // links, to folders and to files alike
                        IgnoreInaccessible = true,
                    })
                    .Where(f => f.EndsWith(".yaml", StringComparison.Ordinal) || f.EndsWith(".yml", StringComparison.Ordinal))
                    .Order(StringComparer.Ordinal)
                : [path];
            foreach (var file in files)
            {
                if (FileKind.IsSpecial(file))
                {
                    yield return (file, "special");
                    continue;
                }

                if (!File.Exists(file))
                {
                    yield return (file, "missing");
                    continue;
                }

                if (seen.Add(new FileInfo(file).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? Path.GetFullPath(file)))
                {
                    yield return (file, null);
                }
            }
        }
    }

    private static int Run(CliText text, string[] paths, bool verbose, TextWriter output, TextWriter error)
    {
        var passed = 0;
        var failed = 0;
        var invalid = false;
        foreach (var (file, problem) in Search(paths))
        {
            if (problem is not null)
            {
                error.WriteLine(problem == "special"
                    ? text.Say($"error: {file}: not a regular file (a device or a pipe); it is not read.")
                    : text.Say($"error: {file}: no such file or folder."));
                invalid = true;
                continue;
            }

            var (scenarios, problems) = ScenarioFile.Load(file, text);
            foreach (var loadProblem in problems)
            {
                error.WriteLine(text.Say($"error: {loadProblem}"));
                invalid = true;
            }

            foreach (var report in scenarios.Select(s => ScenarioRunner.Run(s, text)))
            {
                if (!report.InputErrors.IsEmpty)
                {
                    foreach (var inputError in report.InputErrors)
                    {
                        error.WriteLine(text.Say($"error: {inputError}"));
                    }

                    invalid = true;
                    continue;
                }

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

using System.CommandLine;

namespace DomainKit.Cli;

/// <summary>Builds the command tree and runs it against the given writers, so tests can run the tool in-process.</summary>
internal static class CliApp
{
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var root = new RootCommand("DomainKit: Chinese social-assistance and cadre rules as typed, exact, explained decisions.")
        {
            EvaluateCommand.Create(output, error),
            TestCommand.Create(output, error),
            PolicyCommand.Create(output, error),
            AssessCommand.Create(output, error),
            GenerateCommand.Create(output, error),
            ReviewCommand.Create(output, error),
            CompareCommand.Create(output, error),
        };
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var parseError in parsed.Errors)
            {
                error.WriteLine("error: " + parseError.Message);
            }

            error.WriteLine("Run 'domainkit --help' for usage.");
            return ExitCodes.InvalidInput;
        }

        return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error });
    }
}

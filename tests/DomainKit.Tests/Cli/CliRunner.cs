namespace DomainKit.Tests.Cli;

/// <summary>Runs the tool in-process, as the command line would, and captures what it writes.</summary>
internal static class CliRunner
{
    public static (int Code, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = DomainKit.Cli.CliApp.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }
}

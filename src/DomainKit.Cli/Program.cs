namespace DomainKit.Cli;

/// <summary>The entry point of the <c>domainkit</c> tool.</summary>
internal static class Program
{
    private static int Main(string[] args) => CliApp.Run(args, Console.Out, Console.Error);
}

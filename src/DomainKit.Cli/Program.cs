using System.Runtime.InteropServices;

namespace DomainKit.Cli;

/// <summary>The entry point of the <c>domainkit</c> tool.</summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        // Ctrl+C or a service manager's stop: temporary outputs are removed and the run says what it did not finish,
        // so no file at an output's name looks complete when it is not.
        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Interrupted);
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Interrupted);
        return CliApp.Run(args, Console.Out, Console.Error);
    }

    private static void Interrupted(PosixSignalContext context)
    {
        context.Cancel = true;
        OutputFile.AbandonAll(Console.Error);
        Console.Error.Flush();
        Environment.Exit(ExitCodes.Failure);
    }
}

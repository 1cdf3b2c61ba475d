using BenchmarkDotNet.Running;

namespace DomainKit.Benchmarks;

/// <summary>
/// Runs the benchmarks: <c>dotnet run -c Release --project benchmarks/DomainKit.Benchmarks -- --filter '*'</c>; with
/// <c>scan FILE</c>, times a bare JSON reader over a JSON lines file instead (see review-throughput.sh).
/// </summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        if (args is ["scan", var path])
        {
            return BareReaderPass.Run(path);
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }
}

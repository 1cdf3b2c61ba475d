using DomainKit.Fuzz;
using SharpFuzz;

// domainkit-fuzz TARGET          run under afl-fuzz: one input per run on standard input (persistent mode)
// domainkit-fuzz TARGET FILE...  run the target on each file once, as the test suite replays the kept corpus
if (args.Length == 0 || !FuzzTargets.All.TryGetValue(args[0], out var target))
{
    Console.Error.WriteLine($"usage: DomainKit.Fuzz TARGET [FILE...]; targets: {string.Join(", ", FuzzTargets.All.Keys)}");
    return 2;
}

if (args.Length > 1)
{
    foreach (var file in args.Skip(1))
    {
        target(File.ReadAllBytes(file));
    }

    return 0;
}

Fuzzer.OutOfProcess.Run(stream =>
{
    using var buffer = new MemoryStream();
    stream.CopyTo(buffer);
    target(buffer.ToArray());
});
return 0;

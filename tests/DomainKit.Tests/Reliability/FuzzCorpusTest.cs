using DomainKit.Fuzz;

namespace DomainKit.Tests.Reliability;

/// <summary>
/// Replays every input the fuzzing campaigns keep (tests/fuzz/TARGET/seeds and found: each input that ever crashed or
/// hung a reader) through the same targets the fuzzer drives: each must return, quickly, without an exception.
/// </summary>
public sealed class FuzzCorpusTest
{
    private static readonly string Corpus = Path.Combine(AppContext.BaseDirectory, "Repository", "fuzz");

    public static TheoryData<string> Targets => [.. FuzzTargets.All.Keys];

    [Theory]
    [MemberData(nameof(Targets))]
    public async Task EveryKeptInput_RunsThroughItsTarget_WithoutAnExceptionOrAHang(string target)
    {
        var files = Directory.EnumerateFiles(Path.Combine(Corpus, target), "*", SearchOption.AllDirectories)
            .Where(f => !Path.GetFileName(f).StartsWith('.') && Path.GetFileName(f) != "last-campaign.txt")
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            var input = File.ReadAllBytes(file);
            var run = Task.Run(() => FuzzTargets.All[target](input));
            var first = await Task.WhenAny(run, Task.Delay(TimeSpan.FromSeconds(20)));
            Assert.True(ReferenceEquals(first, run), $"{target}: {Path.GetFileName(file)} did not return");
            await run;
        }
    }
}

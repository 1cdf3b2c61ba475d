namespace DomainKit.Tests.Cli;

/// <summary>
/// Paths in the temporary directory for the files a test writes, each named with the test's prefix and removed when the
/// test is done, whatever its outcome: a test class holds one and disposes of it.
/// </summary>
/// <param name="prefix">The start of every file's name, so that a file left behind says which test wrote it.</param>
internal sealed class TemporaryFiles(string prefix) : IDisposable
{
    private readonly List<string> files = [];

    /// <summary>A new path, not yet written, ending in <paramref name="extension"/> (with its dot).</summary>
    public string Path(string extension)
    {
        var file = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"{prefix}{Guid.NewGuid():N}{extension}");
        files.Add(file);
        return file;
    }

    public void Dispose()
    {
        foreach (var file in files)
        {
            File.Delete(file);
        }
    }
}

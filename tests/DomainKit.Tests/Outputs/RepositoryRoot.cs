namespace DomainKit.Tests;

/// <summary>The repository's root, for the tests that keep a file in the repository current.</summary>
internal static class RepositoryRoot
{
    /// <summary>The directory holding DomainKit.sln, found upwards from the test build.</summary>
    public static readonly string Path = Find();

    private static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(directory.FullName, "DomainKit.sln")))
            {
                return directory.FullName;
            }
        }

        throw new DirectoryNotFoundException("The tests run from a build inside the repository, which has DomainKit.sln at its root.");
    }
}

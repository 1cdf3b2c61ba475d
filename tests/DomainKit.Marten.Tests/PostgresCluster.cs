using System.Diagnostics;
using Npgsql;

namespace DomainKit.Marten.Tests;

/// <summary>
/// The PostgreSQL server the store's tests run against: the throwaway cluster `.ci/run` started (its folder in
/// DOMAINKIT_TEST_POSTGRES_DIR), or one this fixture starts with tests/postgres/cluster.sh and stops afterwards. When
/// neither can be had the tests fail; none is skipped and nothing stands in for the server.
/// </summary>
public sealed class PostgresCluster : IAsyncLifetime
{
    private bool owned;

    public string Directory { get; private set; } = string.Empty;

    /// <summary>The connection string of the cluster's maintenance database, as the role that owns the test databases.</summary>
    public string ConnectionString { get; private set; } = string.Empty;

    public string DataDirectory { get; private set; } = string.Empty;

    public string BinDirectory { get; private set; } = string.Empty;

    public static string RepositoryRoot
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "DomainKit.sln")))
                {
                    return dir.FullName;
                }
            }

            throw new InvalidOperationException("The repository root (DomainKit.sln) was not found above the test binaries.");
        }
    }

    public async Task InitializeAsync()
    {
        var shared = Environment.GetEnvironmentVariable("DOMAINKIT_TEST_POSTGRES_DIR");
        if (!string.IsNullOrEmpty(shared))
        {
            Directory = shared;
        }
        else
        {
            Directory = Path.Combine(Path.GetTempPath(), "domainkit-pg-" + Guid.NewGuid().ToString("N")[..12]);
            owned = true;
            await Script("start").ConfigureAwait(false);
        }

        var env = File.ReadAllLines(Path.Combine(Directory, "env"))
            .Select(line => line.Split('=', 2))
            .ToDictionary(parts => parts[0], parts => parts[1], StringComparer.Ordinal);
        ConnectionString = env["DOMAINKIT_TEST_POSTGRES"];
        DataDirectory = env["PGDATA"];
        BinDirectory = env["PGBIN"];
    }

    public async Task DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        if (owned)
        {
            await Script("stop").ConfigureAwait(false);
        }
    }

    /// <summary>A new, empty database on the cluster, so each test starts from nothing.</summary>
    public async Task<string> NewDatabaseAsync()
    {
        var name = "dk_" + Guid.NewGuid().ToString("N")[..16];
        await using (var connection = new NpgsqlConnection(ConnectionString))
        {
            await connection.OpenAsync().ConfigureAwait(false);
            await using var create = new NpgsqlCommand($"create database {name}", connection);
            await create.ExecuteNonQueryAsync().ConfigureAwait(false);
        }

        return new NpgsqlConnectionStringBuilder(ConnectionString) { Database = name }.ConnectionString;
    }

    /// <summary>Kills the server with SIGKILL, the postmaster and every backend at once, as a power cut or an out-of-memory kill would.</summary>
    public void Kill()
    {
        var pid = File.ReadLines(Path.Combine(DataDirectory, "postmaster.pid")).First().Trim();
        using var kill = Process.Start(new ProcessStartInfo("bash", ["-c", $"kill -KILL {pid} $(pgrep -P {pid})"]) { UseShellExecute = false })!;
        kill.WaitForExit();
        Assert.Equal(0, kill.ExitCode);
    }

    /// <summary>Starts the server again on the same data and port; it recovers from its write-ahead log first.</summary>
    public Task RestartAsync() => Script("restart");

    private async Task Script(string command)
    {
        var start = new ProcessStartInfo("bash", [Path.Combine(RepositoryRoot, "tests", "postgres", "cluster.sh"), command, Directory])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token).ConfigureAwait(false);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"cluster.sh {command} failed ({process.ExitCode}): {await error.ConfigureAwait(false)}{await output.ConfigureAwait(false)}");
        }
    }
}

namespace DomainKit.Cli;

/// <summary>
/// A command's output file, written beside its target under a temporary name and moved into place only when complete,
/// so a run that stops part way leaves no file at the target's name that looks complete, and an existing file there is
/// replaced only by a finished one. A target that is one of the command's inputs is refused before anything is opened
/// for writing, so no command ever truncates a file it reads.
/// </summary>
internal sealed class OutputFile : IDisposable
{
    private readonly string target;
    private readonly string temporary;
    private bool committed;

    private OutputFile(string target, string temporary)
    {
        this.target = target;
        this.temporary = temporary;
        Stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 1 << 16);
    }

    /// <summary>Where to write; moved to the target by <see cref="Commit"/>.</summary>
    public FileStream Stream { get; }

    /// <summary>Whether the output names the same file as an input, directly or through symbolic links.</summary>
    public static bool IsAnInput(FileInfo output, params FileInfo[] inputs)
    {
        var resolved = Resolved(output.FullName);
        return inputs.Any(input => string.Equals(Resolved(input.FullName), resolved, StringComparison.Ordinal));
    }

    /// <summary>Opens a temporary file beside the target; null, with the reason on the error writer, when the target is an input.</summary>
    public static OutputFile? Open(CliText text, string option, FileInfo output, TextWriter error, params FileInfo[] inputs)
    {
        if (IsAnInput(output, inputs))
        {
            error.WriteLine(text.Say($"error: {option}: the output would replace an input file; choose another path."));
            return null;
        }

        var folder = Path.GetDirectoryName(output.FullName) ?? ".";
        return new OutputFile(output.FullName, Path.Combine(folder, $".{output.Name}.{Guid.NewGuid():N}.partial"));
    }

    /// <summary>Completes the output: flushed, closed and moved to the target's name in one step.</summary>
    public void Commit()
    {
        Stream.Flush(flushToDisk: true);
        Stream.Dispose();
        File.Move(temporary, target, overwrite: true);
        committed = true;
    }

    /// <summary>Removes the temporary file of an output that was not completed.</summary>
    public void Dispose()
    {
        Stream.Dispose();
        if (!committed)
        {
            File.Delete(temporary);
        }
    }

    /// <summary>The path with every symbolic link along it followed, so two names of one file compare equal.</summary>
    private static string Resolved(string path)
    {
        var full = Path.GetFullPath(path);
        var parent = Path.GetDirectoryName(full);
        if (parent is null)
        {
            return full;
        }

        var name = Path.Combine(Resolved(parent), Path.GetFileName(full));
        try
        {
            // A link to a file or to a folder: its final target, itself resolved, since that may lie under other links.
            FileSystemInfo entry = Directory.Exists(name) ? new DirectoryInfo(name) : new FileInfo(name);
            return entry.LinkTarget is not null && entry.ResolveLinkTarget(returnFinalTarget: true) is { } final ? Resolved(final.FullName) : name;
        }
        catch (IOException)
        {
            // A cycle of links names no file, so it cannot be an input either.
            return name;
        }
    }
}

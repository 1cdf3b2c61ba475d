namespace DomainKit.Cli;

/// <summary>
/// A command's output file, written beside its target under a temporary name and moved into place only when complete,
/// so a run that stops part way leaves no file at the target's name that looks complete, and an existing file there is
/// replaced only by a finished one. A target that is one of the command's inputs is refused before anything is opened
/// for writing, so no command ever truncates a file it reads.
/// </summary>
/// <remarks>
/// A target that is a device or a pipe (<c>/dev/null</c>, a FIFO read by another program) is written directly: it is
/// never replaced by a file. Outputs not yet completed are known to <see cref="AbandonAll"/>, which the tool calls when
/// it is interrupted, so that an interrupted run removes its temporary files and says what it did not finish.
/// </remarks>
internal sealed class OutputFile : IDisposable
{
    private static readonly Lock PendingLock = new();
    private static readonly HashSet<OutputFile> Pending = [];
    private static bool interrupted;

    private readonly CliText text;
    private readonly string option;
    private readonly string target;
    private readonly string? temporary;
    private bool done;

    private OutputFile(CliText text, string option, string target, string? temporary)
    {
        this.text = text;
        this.option = option;
        this.target = target;
        this.temporary = temporary;
        var file = temporary is null
            ? new FileStream(target, FileMode.Open, FileAccess.Write, FileShare.ReadWrite, bufferSize: 1)
            : new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 1 << 16);
        Stream = new GuardedStream(file, this);
        lock (PendingLock)
        {
            Pending.Add(this);
        }
    }

    /// <summary>Where to write; moved to the target by <see cref="Commit"/>. A failure to write is an <see cref="OutputFailedException"/>.</summary>
    public Stream Stream { get; }

    /// <summary>Whether the output names the same file as an input, directly, through symbolic links, or as a hard link to it.</summary>
    public static bool IsAnInput(FileInfo output, params FileInfo[] inputs)
    {
        var resolved = Resolved(output.FullName);
        var identity = FileKind.Identity(output.FullName);
        return inputs.Any(input => string.Equals(Resolved(input.FullName), resolved, StringComparison.Ordinal)
            || (identity is not null && FileKind.Identity(input.FullName) == identity));
    }

    /// <summary>
    /// Opens a temporary file beside the target; null, with the reason on the error writer, when the target is an
    /// input, a folder, or in a folder that does not exist or cannot be written.
    /// </summary>
    public static OutputFile? Open(CliText text, string option, FileInfo output, TextWriter error, params FileInfo[] inputs)
    {
        if (IsAnInput(output, inputs))
        {
            error.WriteLine(text.Say($"error: {option}: the output would replace an input file; choose another path."));
            return null;
        }

        var path = output.FullName;
        if (Directory.Exists(path))
        {
            error.WriteLine(text.Say($"error: {option}: {path} is a folder; give a file name."));
            return null;
        }

        try
        {
            return FileKind.IsSpecial(path)
                ? new OutputFile(text, option, path, null)
                : new OutputFile(text, option, path, Path.Combine(Path.GetDirectoryName(path) ?? ".", $".{output.Name}.{Guid.NewGuid():N}.partial"));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            error.WriteLine(text.Say($"error: {option}: {path} cannot be written: {Reason(text, exception)}."));
            return null;
        }
    }

    /// <summary>
    /// Removes the temporary file of every output not yet completed and says on <paramref name="error"/> which outputs
    /// were not written; for an interrupted run. An output completed or abandoned here can no longer be completed.
    /// </summary>
    public static void AbandonAll(TextWriter error)
    {
        lock (PendingLock)
        {
            interrupted = true;
            foreach (var output in Pending)
            {
                output.done = true;
                if (output.temporary is not null)
                {
                    TryDelete(output.temporary);
                    error.WriteLine(output.text.Say($"interrupted: {output.option}: {output.target} was not written; a file already there is unchanged."));
                }
                else
                {
                    error.WriteLine(output.text.Say($"interrupted: {output.option}: the output to {output.target} is incomplete."));
                }
            }

            Pending.Clear();
        }
    }

    /// <summary>Completes the output: flushed, closed and moved to the target's name in one step.</summary>
    public void Commit()
    {
        Stream.Flush();
        bool abandoned;
        lock (PendingLock)
        {
            abandoned = interrupted;
            if (!abandoned && !done)
            {
                try
                {
                    if (temporary is not null)
                    {
                        ((GuardedStream)Stream).FlushToDisk();
                        Stream.Dispose();
                        File.Move(temporary, target, overwrite: true);
                    }
                    else
                    {
                        Stream.Dispose();
                    }
                }
                catch (Exception exception) when (exception is (IOException or UnauthorizedAccessException) and not OutputFailedException)
                {
                    throw Failed(exception);
                }

                done = true;
                Pending.Remove(this);
            }
        }

        if (abandoned)
        {
            // Abandoned by an interruption a moment ago: the signal's handler is ending the process with the failure
            // code, and this run must neither move anything into place nor return first with success.
            Thread.Sleep(Timeout.Infinite);
        }
    }

    /// <summary>Removes the temporary file of an output that was not completed.</summary>
    public void Dispose()
    {
        lock (PendingLock)
        {
            Pending.Remove(this);
            try
            {
                Stream.Dispose();
            }
            catch (IOException)
            {
                // The bytes that could not be flushed belong to an output that is being thrown away.
            }

            if (!done && temporary is not null)
            {
                TryDelete(temporary);
            }

            done = true;
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

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // Left as a hidden .partial file beside the target; its name says it is not an output.
        }
    }

    private static string Reason(CliText text, Exception exception) => exception switch
    {
        DirectoryNotFoundException => text.Say($"the folder does not exist"),
        UnauthorizedAccessException => text.Say($"permission denied"),
        // ENOSPC and EDQUOT, as the runtime reports them on Unix, and their Windows equivalents.
        IOException io when io.HResult is 28 or 122 or unchecked((int)0x80070070) or unchecked((int)0x80070027) => text.Say($"the device is full"),
        _ => text.Say($"an input/output error ({exception.GetType().Name})"),
    };

    private OutputFailedException Failed(Exception exception) => new(option, target, Reason(text, exception), exception);

    /// <summary>The command's output with every failure to write turned into an <see cref="OutputFailedException"/> naming it.</summary>
    private sealed class GuardedStream(FileStream inner, OutputFile owner) : Stream
    {
        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            try
            {
                inner.Write(buffer);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                throw owner.Failed(exception);
            }
        }

        public override void Flush()
        {
            try
            {
                inner.Flush();
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                throw owner.Failed(exception);
            }
        }

        public void FlushToDisk() => inner.Flush(flushToDisk: true);

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}

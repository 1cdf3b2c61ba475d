using System.Buffers.Binary;
using System.Runtime.InteropServices;

namespace DomainKit;

/// <summary>
/// What kind of file a path names, links followed. Input must be a regular file: a device such as <c>/dev/zero</c>
/// never ends, and opening a named pipe waits for a writer that may never come, so neither may be read as a file.
/// </summary>
/// <remarks>
/// .NET has no public call for a file's type, so on Unix this asks the runtime's own native layer, which every .NET
/// installation ships (<c>SystemNative_Stat</c>, whose status begins with two 32-bit fields, flags then mode). Where
/// that call is missing, the path is taken for a regular file and the bounded reads still stop a runaway input.
/// </remarks>
internal static partial class FileKind
{
    private const int TypeMask = 0xF000;
    private const int Regular = 0x8000;
    private const int Directory = 0x4000;

    /// <summary>Whether the path names a regular file (following links); false for a folder, a device, a pipe or a socket.</summary>
    public static bool IsRegularFile(string path)
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS() && !OperatingSystem.IsFreeBSD())
        {
            return File.Exists(path) && (File.GetAttributes(path) & FileAttributes.Device) == 0;
        }

        var mode = Mode(path);
        return mode is null ? File.Exists(path) : (mode.Value & TypeMask) == Regular;
    }

    /// <summary>Whether the path names something that exists but is neither a regular file nor a folder.</summary>
    public static bool IsSpecial(string path)
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS() && !OperatingSystem.IsFreeBSD())
        {
            return File.Exists(path) && (File.GetAttributes(path) & FileAttributes.Device) != 0;
        }

        return Mode(path) is { } mode && (mode & TypeMask) is not Regular and not Directory;
    }

    /// <summary>
    /// The device and inode of an existing file, links followed, so that two names of one file (a hard link) compare
    /// equal; null where they cannot be told. The runtime's status layout is checked against the file's length before
    /// it is trusted, so a runtime that lays it out differently gives null rather than a wrong answer.
    /// </summary>
    public static (long Device, long Inode)? Identity(string path)
    {
        if (!OperatingSystem.IsLinux() || !File.Exists(path))
        {
            return null;
        }

        try
        {
            Span<byte> status = stackalloc byte[512];
            if (Stat(path, status) != 0 || BinaryPrimitives.ReadInt64LittleEndian(status[16..]) != new FileInfo(path).Length)
            {
                return null;
            }

            return (BinaryPrimitives.ReadInt64LittleEndian(status[88..]), BinaryPrimitives.ReadInt64LittleEndian(status[104..]));
        }
        catch (Exception exception) when (exception is DllNotFoundException or EntryPointNotFoundException or IOException)
        {
            return null;
        }
    }

    private static int? Mode(string path)
    {
        try
        {
            // Larger than the status the runtime writes, whatever its version.
            Span<byte> status = stackalloc byte[512];
            return Stat(path, status) == 0 ? BinaryPrimitives.ReadInt32LittleEndian(status[4..]) : null;
        }
        catch (Exception exception) when (exception is DllNotFoundException or EntryPointNotFoundException)
        {
            return null;
        }
    }

    [LibraryImport("libSystem.Native", EntryPoint = "SystemNative_Stat", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Stat(string path, Span<byte> status);
}

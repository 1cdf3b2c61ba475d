using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace DomainKit.Benchmarks;

/// <summary>
/// <c>scan FILE</c>: the floor under any JSON lines reader, measured on the file itself: read it in large blocks and pass a
/// bare <see cref="Utf8JsonReader"/> over every line on one thread, building nothing. review-throughput.sh states the
/// tool's whole-run rates as ratios to this one.
/// </summary>
internal static class BareReaderPass
{
    public static int Run(string path)
    {
        var clock = Stopwatch.StartNew();
        long lines = 0;
        long tokens = 0;
        var buffer = new byte[4 * 1024 * 1024];
        var held = 0;
        using var file = File.OpenRead(path);
        while (true)
        {
            var read = file.Read(buffer, held, buffer.Length - held);
            var end = held + read;
            var start = 0;
            int newline;
            while ((newline = buffer.AsSpan(start, end - start).IndexOf((byte)'\n')) >= 0 || (read == 0 && start < end))
            {
                var length = newline >= 0 ? newline : end - start;
                var reader = new Utf8JsonReader(buffer.AsSpan(start, length));
                while (reader.Read())
                {
                    tokens++;
                }

                lines++;
                start += length + 1;
            }

            if (read == 0)
            {
                break;
            }

            held = end - start;
            Buffer.BlockCopy(buffer, start, buffer, 0, held);
        }

        var seconds = clock.Elapsed.TotalSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"bare Utf8JsonReader pass: {lines} lines, {tokens} tokens in {seconds:0.00} s on one thread: {lines / seconds:0} lines a second"));
        return 0;
    }
}

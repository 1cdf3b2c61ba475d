namespace DomainKit.Explanations;

/// <summary>An input a step read: its field path and its value.</summary>
/// <remarks>
/// Inputs are facts a rule needs (dates, amounts, counts, relations), never names, ID numbers,
/// addresses or diagnoses. Instances are immutable and thread-safe.
/// </remarks>
public sealed class InputReading
{
    internal InputReading(string path, string value)
    {
        Path = path;
        Value = value;
    }

    /// <summary>The JSON field path, such as <c>members[1].birthDate</c>.</summary>
    public string Path { get; }

    /// <summary>The value, formatted culture-invariantly.</summary>
    public string Value { get; }
}

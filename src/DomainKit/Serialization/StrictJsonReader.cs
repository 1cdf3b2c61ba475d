using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.Json;
using Ardalis.Result;
using DomainKit.Validation;
using NodaTime;

namespace DomainKit.Serialization;

/// <summary>
/// Reads JSON contracts strictly and without exceptions: every problem (wrong type, unknown or
/// duplicate property, missing field, bad date or amount) becomes a <see cref="ValidationError"/>
/// with its JSON path, and reading goes on so one pass reports them all.
/// </summary>
/// <remarks>
/// Hand-written over <see cref="JsonDocument"/> rather than reflection-based binding: it is
/// trimming- and AOT-safe, and it can name the exact field of each problem.
/// </remarks>
internal sealed class StrictJsonReader
{
    /// <summary>No contract needs more; deeper input is rejected as malformed rather than read slowly.</summary>
    public const int MaxDepth = 32;

    /// <summary>No text field of a contract needs more characters.</summary>
    public const int MaxStringLength = 4096;

    public static readonly JsonDocumentOptions DocumentOptions = new()
    {
        MaxDepth = MaxDepth,
        AllowTrailingCommas = false,
        CommentHandling = JsonCommentHandling.Disallow,
    };

    public List<ValidationError> Errors { get; } = [];

    /// <summary>Whether amounts are decimal strings, as in the version-2 contracts, rather than numbers.</summary>
    public bool TextAmounts { get; set; }

    public bool HasErrors => Errors.Count > 0;

    /// <summary>
    /// A document given as a .NET string, as UTF-8. A string may hold a lone surrogate, which UTF-8 cannot encode and
    /// which the runtime's encoder would silently turn into U+FFFD; each is written as its JSON escape instead, so that
    /// the reader refuses it with the path of the string it is in (<see cref="ErrorCodes.JsonInvalidText"/>).
    /// </summary>
    public static byte[] ToUtf8(string json)
    {
        var span = json.AsSpan();
        var surrogate = span.IndexOfAnyInRange('\uD800', '\uDFFF');
        if (surrogate < 0)
        {
            return System.Text.Encoding.UTF8.GetBytes(json);
        }

        var text = new System.Text.StringBuilder(json.Length + 16);
        text.Append(span[..surrogate]);
        for (var i = surrogate; i < span.Length; i++)
        {
            var c = span[i];
            if (char.IsHighSurrogate(c) && i + 1 < span.Length && char.IsLowSurrogate(span[i + 1]))
            {
                text.Append(c).Append(span[++i]);
            }
            else if (char.IsSurrogate(c))
            {
                text.Append("\\u").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
            }
            else
            {
                text.Append(c);
            }
        }

        return System.Text.Encoding.UTF8.GetBytes(text.ToString());
    }

    /// <summary>Parses a document; malformed input is reported, never thrown.</summary>
    public static bool TryParse(ReadOnlyMemory<byte> utf8, out JsonDocument? document, out ValidationError? error)
    {
        try
        {
            // A byte order mark, as some editors on Windows write one, is not part of the document.
            document = JsonDocument.Parse(utf8.Span.StartsWith("\uFEFF"u8) ? utf8[3..] : utf8, DocumentOptions);

            // The parser accepts invalid UTF-8 and lone surrogate escapes inside strings and fails only when one is
            // read, so every name and string is checked here, once, and the first bad one is reported with its path;
            // no reader after this can meet text it cannot read.
            if (InvalidTextPath(document.RootElement, string.Empty) is { } path)
            {
                document.Dispose();
                document = null;
                error = InvalidTextError(path);
                return false;
            }

            error = null;
            return true;
        }
        catch (JsonException exception)
        {
            // JsonException carries the position, which helps the person fixing the file; its message
            // quotes no input content beyond the offending token's position.
            document = null;
            error = MalformedError(exception);
            return false;
        }
    }

    /// <summary>The path of the first property name or string in <paramref name="element"/> that is not valid Unicode, or null.</summary>
    private static string? InvalidTextPath(JsonElement element, string path)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                return IsValidText(JsonMarshal.GetRawUtf8Value(element), element) ? null : path;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    if (InvalidTextPath(item, $"{path}[{index++}]") is { } inItem)
                    {
                        return inItem;
                    }
                }

                return null;
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    if (!IsValidName(property))
                    {
                        return path;
                    }

                    if (InvalidTextPath(property.Value, Child(path, property.Name)) is { } inValue)
                    {
                        return inValue;
                    }
                }

                return null;
            default:
                return null;
        }
    }

    // Unescaped text (nearly all) is checked as bytes, without making a string; escaped text by decoding it.
    private static bool IsValidText(ReadOnlySpan<byte> raw, JsonElement element)
    {
        if (raw.IndexOf((byte)'\\') < 0)
        {
            return System.Text.Unicode.Utf8.IsValid(raw);
        }

        try
        {
            _ = element.GetString();
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    private static bool IsValidName(JsonProperty property)
    {
        var raw = JsonMarshal.GetRawUtf8PropertyName(property);
        if (raw.IndexOf((byte)'\\') < 0)
        {
            return System.Text.Unicode.Utf8.IsValid(raw);
        }

        try
        {
            _ = property.Name;
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    /// <summary>Parses a document and reads it with <paramref name="read"/>; malformed input is Invalid, never thrown.</summary>
    public static Result<T> Read<T>(ReadOnlyMemory<byte> utf8, Func<JsonElement, Result<T>> read)
    {
        if (!TryParse(utf8, out var document, out var malformed))
        {
            return Result<T>.Invalid(malformed!);
        }

        using (document)
        {
            return read(document!.RootElement);
        }
    }

    public void Fail(string path, string code, TranslatableText message) => Errors.Add(Validation.Errors.At(path, code, message));

    /// <summary>Checks that an element is an object whose properties are all known and each appears once.</summary>
    public bool ExpectObject(JsonElement element, string path, params ReadOnlySpan<string> allowed)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            WrongType(path, "an object", element);
            return false;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            var known = Contains(allowed, property.Name);
            if (!seen.Add(property.Name))
            {
                // An unknown name is reported once, where its object is; a known one where it is.
                if (known)
                {
                    Errors.Add(DuplicateError(Child(path, property.Name)));
                }
            }
            else if (!known)
            {
                Errors.Add(UnknownPropertyError(path, allowed));
            }
        }

        return true;
    }

    /// <summary>Checks that an element is an object and reports duplicate keys; any key is allowed.</summary>
    public bool ExpectMap(JsonElement element, string path)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            WrongType(path, "an object", element);
            return false;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            if (!seen.Add(property.Name))
            {
                Errors.Add(DuplicateError(Child(path, property.Name)));
            }
        }

        return true;
    }

    public static bool TryGet(JsonElement obj, string name, out JsonElement value)
    {
        value = default;
        return obj.ValueKind == JsonValueKind.Object && obj.TryGetProperty(name, out value) && value.ValueKind != JsonValueKind.Null;
    }

    public string? String(JsonElement obj, string path, string name, bool required)
    {
        var propertyPath = Child(path, name);
        if (!TryGet(obj, name, out var value))
        {
            MissingIf(required, propertyPath);
            return null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            WrongType(propertyPath, "a string", value);
            return null;
        }

        var text = value.GetString()!;
        if (text.Length > MaxStringLength)
        {
            Errors.Add(TooLongError(propertyPath));
            return null;
        }

        return text;
    }

    /// <summary>
    /// A string meant to be shown on one line (an ID, a name, a version, a description, a citation): control characters
    /// are refused, since a line break or a terminal escape in a policy's name would forge lines in every explanation
    /// and log that quotes it.
    /// </summary>
    public string? PlainText(JsonElement obj, string path, string name, bool required)
    {
        var text = String(obj, path, name, required);
        if (text is not null && text.AsSpan().IndexOfAnyInRange('\u0000', '\u001F') < 0 && text.AsSpan().IndexOfAnyInRange('\u007F', '\u009F') < 0
            && text.AsSpan().IndexOfAny('\u2028', '\u2029') < 0)
        {
            return text;
        }

        if (text is not null)
        {
            Errors.Add(Validation.Errors.At(Child(path, name), ErrorCodes.ControlCharacter, "The text must not hold control characters or line breaks."));
        }

        return null;
    }

    public decimal? Decimal(JsonElement obj, string path, string name, bool required)
    {
        var propertyPath = Child(path, name);
        if (!TryGet(obj, name, out var value))
        {
            MissingIf(required, propertyPath);
            return null;
        }

        return Decimal(value, propertyPath);
    }

    public decimal? Decimal(JsonElement value, string path)
    {
        if (value.ValueKind != JsonValueKind.Number)
        {
            WrongType(path, "a number", value);
            return null;
        }

        if (!value.TryGetDecimal(out var number) || !ExactNumber.Matches(value.GetRawText(), number))
        {
            Errors.Add(NumberError(path));
            return null;
        }

        return number;
    }

    public int? Integer(JsonElement obj, string path, string name, bool required, int minimum, int maximum)
    {
        var number = Decimal(obj, path, name, required);
        if (number is not { } value)
        {
            return null;
        }

        if (IntegerError(Child(path, name), value, minimum, maximum) is { } error)
        {
            Errors.Add(error);
            return null;
        }

        return decimal.ToInt32(value);
    }

    /// <summary>A whole number that is not negative, such as a count of households, up to <see cref="long.MaxValue"/>.</summary>
    public long? Count(JsonElement obj, string path, string name, bool required)
    {
        var number = Decimal(obj, path, name, required);
        if (number is not { } value)
        {
            return null;
        }

        if (value != decimal.Truncate(value))
        {
            Fail(Child(path, name), ErrorCodes.NotWholeNumber, "The value must be a whole number.");
            return null;
        }

        if (value < 0m || value > long.MaxValue)
        {
            Fail(Child(path, name), ErrorCodes.OutOfRange, "The value must not be negative.");
            return null;
        }

        return decimal.ToInt64(value);
    }

    public Money? Money(JsonElement obj, string path, string name, bool required)
    {
        if (TextAmounts)
        {
            if (!TryGet(obj, name, out var text))
            {
                MissingIf(required, Child(path, name));
                return null;
            }

            return Amount(text, Child(path, name));
        }

        var number = Decimal(obj, path, name, required);
        if (number is not { } value)
        {
            return null;
        }

        if (!DomainKit.Money.TryFromYuan(value, out var money))
        {
            Errors.Add(MoneyError(Child(path, name)));
            return null;
        }

        return money;
    }

    /// <summary>An amount in the reader's form, such as an array item: a decimal string when <see cref="TextAmounts"/>, else a number.</summary>
    public Money? Amount(JsonElement value, string path)
    {
        if (!TextAmounts)
        {
            if (Decimal(value, path) is not { } number)
            {
                return null;
            }

            if (DomainKit.Money.TryFromYuan(number, out var money))
            {
                return money;
            }

            Errors.Add(MoneyError(path));
            return null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            WrongType(path, AmountText.Expected, value);
            return null;
        }

        if (AmountText.TryRead(value, out var amount))
        {
            return amount;
        }

        Errors.Add(AmountTextError(path));
        return null;
    }

    public bool? Boolean(JsonElement obj, string path, string name, bool required)
    {
        var propertyPath = Child(path, name);
        if (!TryGet(obj, name, out var value))
        {
            MissingIf(required, propertyPath);
            return null;
        }

        if (value.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
        {
            WrongType(propertyPath, "true or false", value);
            return null;
        }

        return value.GetBoolean();
    }

    public LocalDate? Date(JsonElement obj, string path, string name, bool required)
    {
        var text = String(obj, path, name, required);
        if (text is null)
        {
            return null;
        }

        if (!Dates.TryParse(text, out var date))
        {
            Errors.Add(DateError(Child(path, name)));
            return null;
        }

        return date;
    }

    public YearMonth? Month(JsonElement obj, string path, string name, bool required)
    {
        var text = String(obj, path, name, required);
        if (text is null)
        {
            return null;
        }

        if (!Dates.TryParseMonth(text, out var month))
        {
            Fail(Child(path, name), ErrorCodes.DateInvalid, "The month must be written yyyy-MM.");
            return null;
        }

        return month;
    }

    /// <summary>Reads a name from a closed list, such as an enum token.</summary>
    public T? Name<T>(JsonElement obj, string path, string name, bool required, IReadOnlyDictionary<string, T> names)
        where T : struct
    {
        var text = String(obj, path, name, required);
        if (text is null)
        {
            return null;
        }

        if (!names.TryGetValue(text, out var value))
        {
            Errors.Add(UnknownNameError(Child(path, name), names.Keys));
            return null;
        }

        return value;
    }

    /// <summary>Enumerates an array property with each item's path; a missing optional array is empty.</summary>
    public IReadOnlyList<(JsonElement Item, string Path)> Array(JsonElement obj, string path, string name, bool required, int maxItems)
    {
        var propertyPath = Child(path, name);
        if (!TryGet(obj, name, out var value))
        {
            MissingIf(required, propertyPath);
            return [];
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            WrongType(propertyPath, "an array", value);
            return [];
        }

        if (value.GetArrayLength() > maxItems)
        {
            Errors.Add(TooManyItemsError(propertyPath, maxItems));
            return [];
        }

        return value.EnumerateArray().Select((item, index) => (item, string.Create(CultureInfo.InvariantCulture, $"{propertyPath}[{index}]"))).ToList();
    }

    public static string Child(string path, string name) => path.Length == 0 ? name : path + "." + name;

    private static bool Contains(ReadOnlySpan<string> names, string name)
    {
        foreach (var candidate in names)
        {
            if (string.Equals(candidate, name, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }


    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => "nothing",
    };

    /// <summary>
    /// Whether the object under <paramref name="probe"/> (a copy of a reader standing on its start) names the schema
    /// <paramref name="schema"/>, read ahead: at once when the schema comes first, as every writer puts it; otherwise
    /// after passing over what comes before it. A document that is malformed there does not name it; the reading
    /// itself then reports what is wrong.
    /// </summary>
    public static bool NamesSchema(Utf8JsonReader probe, ReadOnlySpan<byte> schema)
    {
        try
        {
            while (probe.Read() && probe.TokenType == JsonTokenType.PropertyName)
            {
                var isSchema = probe.ValueTextEquals("schema"u8);
                probe.Read();
                if (isSchema)
                {
                    return probe.TokenType == JsonTokenType.String && probe.ValueTextEquals(schema);
                }

                probe.Skip();
            }
        }
        catch (JsonException)
        {
            // Reported where the reading meets it.
        }

        return false;
    }

    /// <summary>Malformed input, located by line and byte.</summary>
    public static ValidationError MalformedError(JsonException exception) => exception.LineNumber is { } line
        ? Validation.Errors.At(string.Empty, ErrorCodes.JsonMalformed, $"The text is not well-formed JSON at line {line + 1}, position {exception.BytePositionInLine + 1}.")
        : Validation.Errors.At(string.Empty, ErrorCodes.JsonMalformed, "The text is not well-formed JSON.");

    /// <summary>A string that is not valid Unicode; the text itself is never quoted, since it cannot be shown faithfully.</summary>
    public static ValidationError InvalidTextError(string path) =>
        Validation.Errors.At(path, ErrorCodes.JsonInvalidText, "The text is not valid Unicode (UTF-8 without unpaired surrogates).");

    // The errors below are shared with the readers written over Utf8JsonReader, so a problem reads the same whichever finds it.
    public static ValidationError RequiredError(string path) => Validation.Errors.At(path, ErrorCodes.Required, "This field is required.");

    public static ValidationError WrongTypeError(string path, string expected, JsonValueKind actual) =>
        Validation.Errors.At(path, ErrorCodes.JsonWrongType, $"Expected {expected} but found {Describe(actual)}.");

    // The name or value given is never repeated in a message: what was refused may be a person's details typed into
    // the wrong place. The path says where, and the message what was expected.
    public static ValidationError DuplicateError(string path) =>
        Validation.Errors.At(path, ErrorCodes.JsonDuplicateProperty, "This property appears more than once.");

    /// <summary>A property the contract does not have, reported at the path of its object, with the names expected there.</summary>
    public static ValidationError UnknownPropertyError(string objectPath, ReadOnlySpan<string> allowed) =>
        Validation.Errors.At(objectPath, ErrorCodes.JsonUnknownProperty, $"An unknown property; expected only these: {string.Join(", ", allowed.ToArray())}.");

    public static ValidationError TooLongError(string path) =>
        Validation.Errors.At(path, ErrorCodes.TooLong, $"The text must not exceed {MaxStringLength} characters.");

    public static ValidationError NumberError(string path) =>
        Validation.Errors.At(path, ErrorCodes.OutOfRange, "The number is too large or too precise.");

    /// <summary>The error of a number that is not a whole number between the bounds; null when it is one.</summary>
    public static ValidationError? IntegerError(string path, decimal value, int minimum, int maximum)
    {
        if (value != decimal.Truncate(value))
        {
            return Validation.Errors.At(path, ErrorCodes.NotWholeNumber, "The value must be a whole number.");
        }

        return value < minimum || value > maximum
            ? Validation.Errors.At(path, ErrorCodes.OutOfRange, $"The value must lie between {minimum} and {maximum}.")
            : null;
    }

    public static ValidationError MoneyError(string path) =>
        Validation.Errors.At(path, ErrorCodes.MoneyNotExact, "The amount must be in yuan with at most two decimal places.");

    public static ValidationError AmountTextError(string path) =>
        Validation.Errors.At(path, ErrorCodes.MoneyNotExact, "The amount must be a decimal string of yuan with at most two decimal places, such as \"1350.00\".");

    public static ValidationError DateError(string path) =>
        Validation.Errors.At(path, ErrorCodes.DateInvalid, "The date must exist and be written yyyy-MM-dd.");

    public static ValidationError UnknownNameError(string path, IEnumerable<string> names) =>
        Validation.Errors.At(path, ErrorCodes.UnknownName, $"This value is not allowed; expected one of: {string.Join(", ", names)}.");

    public static ValidationError TooManyItemsError(string path, int maxItems) =>
        Validation.Errors.At(path, ErrorCodes.OutOfRange, $"At most {maxItems} items are allowed.");

    private void MissingIf(bool required, string path)
    {
        if (required)
        {
            Errors.Add(RequiredError(path));
        }
    }

    private void WrongType(string path, string expected, JsonElement actual) => Errors.Add(WrongTypeError(path, expected, actual.ValueKind));
}

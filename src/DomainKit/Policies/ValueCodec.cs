using DomainKit.Explanations;
using System.Text.Json;
using Ardalis.Result;
using DomainKit.Serialization;
using DomainKit.Validation;

namespace DomainKit.Policies;

/// <summary>
/// Reads and writes a parameter's values in policy files and says which values are allowed, so a
/// policy file and an in-code override obey the same bounds.
/// </summary>
/// <typeparam name="T">The value type.</typeparam>
internal abstract class ValueCodec<T>
    where T : notnull
{
    /// <summary>Reads a value; on failure reports each problem to <paramref name="reader"/> under <paramref name="path"/>.</summary>
    public abstract bool TryRead(StrictJsonReader reader, JsonElement element, string path, out T value);

    public abstract void Write(Utf8JsonWriter writer, T value);

    /// <summary>The problem with a value, its path relative to the value, or null when the value lies within bounds.</summary>
    public abstract ValidationError? Check(T value);

    /// <summary>The value as culture-invariant text, without a unit word, for explanations.</summary>
    public abstract string Format(T value);

    /// <summary>
    /// The value as a reader of <paramref name="language"/> reads it: English keeps <see cref="Format"/> (the tokens a
    /// policy file holds); Chinese writes each name as its catalogue term and amounts without the yuan sign, since
    /// Chinese text states the unit after the value.
    /// </summary>
    public virtual string FormatIn(T value, Language language) => Format(value);

    /// <summary>Names joined as Chinese lists them (顿号) or as English does.</summary>
    protected static string JoinIn(Language language, IEnumerable<string> items) =>
        string.Join(language == Language.ChineseSimplified ? "、" : ", ", items);

    protected static string Term(Language language, string key) => Explanations.MessageCatalog.Get(language, key);

    /// <summary>
    /// Takes a structured value its own factory has validated, reporting each problem under <paramref name="path"/>
    /// (the factory's paths are relative to the value).
    /// </summary>
    protected static bool Adopt(Ardalis.Result.Result<T> created, StrictJsonReader reader, string path, out T value)
    {
        value = default!;
        if (!created.IsSuccess)
        {
            foreach (var error in created.ValidationErrors)
            {
                reader.Errors.Add(Errors.WithPath(error, StrictJsonReader.Child(path, error.Identifier)));
            }

            return false;
        }

        value = created.Value;
        return true;
    }

    /// <summary>Checks a structured value by rebuilding it with its own factory; the first problem is the answer.</summary>
    protected static ValidationError? Recheck(Ardalis.Result.Result<T> rebuilt) =>
        rebuilt.IsSuccess ? null : rebuilt.ValidationErrors.First();
}

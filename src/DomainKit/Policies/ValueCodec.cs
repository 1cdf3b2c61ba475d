namespace DomainKit.Policies;

/// <summary>
/// Converts between a parameter's typed values and the decimals policy files hold, and says
/// which values are allowed, so that a policy file and an in-code override obey the same bounds.
/// </summary>
/// <typeparam name="T">The value type.</typeparam>
internal abstract class ValueCodec<T>
    where T : struct, IEquatable<T>
{
    /// <summary>Reads a value from a policy file; on failure gives a stable error code and a message.</summary>
    public abstract bool TryFromDecimal(decimal raw, out T value, out string errorCode, out string errorMessage);

    public abstract decimal ToDecimal(T value);

    /// <summary>The value as a culture-invariant number, without unit, for explanations.</summary>
    public abstract string FormatNumber(T value);

    public bool IsAllowed(T value) => TryFromDecimal(ToDecimal(value), out _, out _, out _);
}

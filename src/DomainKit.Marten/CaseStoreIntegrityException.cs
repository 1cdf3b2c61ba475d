namespace DomainKit.Marten;

/// <summary>
/// What is stored is not what the store wrote: a case's events break their hash chain or their rules, differ from the head
/// its view recorded, or a ledger entry cannot be read or replayed. Raised when the stream is loaded, before anything
/// is decided on it; the message names the stream and the first place it breaks, never the data.
/// </summary>
public sealed class CaseStoreIntegrityException : Exception
{
    /// <summary>Creates the exception.</summary>
    public CaseStoreIntegrityException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What broke, and where.</param>
    public CaseStoreIntegrityException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    /// <param name="message">What broke, and where.</param>
    /// <param name="innerException">The cause.</param>
    public CaseStoreIntegrityException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

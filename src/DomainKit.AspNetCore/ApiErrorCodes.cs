namespace DomainKit.AspNetCore;

/// <summary>The stable codes of problems that belong to the HTTP exchange rather than to a document.</summary>
/// <remarks>Problems with a document carry the library's codes (<see cref="DomainKit.Validation.ErrorCodes"/>).</remarks>
public static class ApiErrorCodes
{
    /// <summary>The body is larger than the endpoint accepts (413).</summary>
    public const string BodyTooLarge = "request.body.tooLarge";

    /// <summary>The body is empty where a document is expected (400).</summary>
    public const string BodyEmpty = "request.body.empty";

    /// <summary>A query parameter that takes one value was given more than once (400).</summary>
    public const string QueryRepeated = "request.query.repeated";

    /// <summary>The request ran past its time limit (503).</summary>
    public const string Timeout = "request.timeout";

    /// <summary>The path names no programme, policy set or parameter the service has (404).</summary>
    public const string NotFound = "request.notFound";
}
